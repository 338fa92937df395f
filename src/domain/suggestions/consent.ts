// Guardian consent for contact data of children under 14 (《儿童个人信息网络保护规定》第九、十条):
// the guardian is told what is collected, why, for how long and how to delete it, and agrees
// to this exact text version; the server stores the version and the time with the suggestion.
import type { ConsentInput, GuardianConsent } from './model'
import { retentionSentence } from './retention-text'

// The rule (version, when consent is needed) is its own small module: drafts and the outbox in
// the main package use it without the text below, which the form shows.
export {
  CONSENT_OUTDATED_MESSAGE,
  CONSENT_VERSION,
  VOICE_CONSENT_VERSION,
  needsGuardianConsent,
  needsVoiceConsent
} from './consent-rule'

// The period lives in the retention table; the sentence is generated from it, so the promise and
// the purge cannot drift apart.
export { CHILD_CONTACT_RETENTION_DAYS } from './retention'

export const CONSENT_TEXT = {
  title: '请家长确认',
  what: '我们会保存你填写的联系人称呼和手机号码。',
  why: '只用于社区工作人员就这条建议回复你们，不用于其他用途，不对外公开。',
  howLong: retentionSentence('contact'),
  howToDelete: '你可以随时联系所在社区删除这些信息；不留联系方式也可以提交建议。',
  agree: '我是孩子的家长（监护人），同意以上内容'
} as const

/**
 * What the guardian reads before a child under 14 records a suggestion (说出来): a child's voice is
 * their personal information (《儿童个人信息网络保护规定》第九条). VOICE_CONSENT_VERSION names this
 * text: change the version whenever it changes.
 */
export const VOICE_CONSENT_TEXT = {
  title: '请家长来看一下',
  what: '孩子选择“说出来”时，我们会保存孩子说的话（录音，最长 60 秒）。',
  why: '录音只给处理建议的工作人员听，帮助他们明白孩子的建议；录音从不公开，公示栏上只会出现工作人员听写下来、审核过的文字。',
  howLong: retentionSentence('voice'),
  howToDelete: '你可以随时在“我的 → 我的建议”或“我的 → 我的数据”里删除录音；不录音，写下来或画出来也可以提交建议。',
  agree: '我是孩子的家长（监护人），同意孩子录音'
} as const

/**
 * The consent as stored: the version the guardian saw and the server's time of receipt. The
 * device's own timestamp is never used (it is the client's word, and clocks are wrong).
 */
export function recordConsent(
  given: { consent?: ConsentInput; voiceConsent?: ConsentInput },
  at: Date
): { consent?: GuardianConsent; voiceConsent?: GuardianConsent } {
  const stored = (c: ConsentInput) => ({ version: c.version, acceptedAt: at.toISOString() })
  return {
    ...(given.consent ? { consent: stored(given.consent) } : {}),
    ...(given.voiceConsent ? { voiceConsent: stored(given.voiceConsent) } : {})
  }
}
