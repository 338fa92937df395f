// Guardian consent for contact data of children under 14 (《儿童个人信息网络保护规定》第九、十条):
// the guardian is told what is collected, why, for how long and how to delete it, and agrees
// to this exact text version; the server stores the version and the time with the suggestion.
import type { ConsentInput, GuardianConsent } from './model'
import { retentionSentence } from './retention-text'

// The rule (version, when consent is needed) is its own small module: drafts and the outbox in
// the main package use it without the text below, which the form shows.
export { CONSENT_OUTDATED_MESSAGE, CONSENT_VERSION, needsGuardianConsent } from './consent-rule'

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
 * The consent as stored: the version the guardian saw and the server's time of receipt. The
 * device's own timestamp is never used (it is the client's word, and clocks are wrong).
 */
export function recordConsent(consent: ConsentInput | undefined, at: Date): { consent?: GuardianConsent } {
  return consent ? { consent: { version: consent.version, acceptedAt: at.toISOString() } } : {}
}
