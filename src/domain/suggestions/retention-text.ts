// What the app tells people about how long their data stays, generated from the retention table
// (retention.ts), so the consent text, the forms and the privacy page say what the purge does.
import { SIGNUP_RETENTION_DAYS } from '../activities/retention'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from '../places/visit-retention'
import { STATUSES } from './model'
import {
  ORPHAN_UPLOAD_DAYS,
  POLL_ANSWER_RETENTION_DAYS,
  RETENTION_RULES,
  SUPPORT_RETENTION_DAYS,
  type RetentionKind,
  COUNCIL_BALLOT_RETENTION_DAYS,
  REPRESENTATIVE_GUARDIAN_RETENTION_DAYS
} from './retention'

const orList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join('、')}或${items[items.length - 1]}` : items.join('')

/** The finished-state period for a kind, and the period after which an untouched row loses it. */
export function periodsFor(kind: RetentionKind): {
  finishedDays: number
  finishedStates: string
  untouchedDays: number
} {
  const finished = RETENTION_RULES.find((r) => r.states !== 'any' && r.kinds.includes(kind))
  const untouched = RETENTION_RULES.find((r) => r.states === 'any' && r.kinds.includes(kind))
  if (!finished || finished.states === 'any' || !untouched) throw new Error(`no retention rule for ${kind}`)
  return {
    finishedDays: finished.days,
    finishedStates: orList(finished.states.map((s) => STATUSES[s])),
    untouchedDays: untouched.days
  }
}

/** One sentence for a form or the consent: when this kind of data is deleted. */
export function retentionSentence(kind: RetentionKind): string {
  const p = periodsFor(kind)
  return `建议${p.finishedStates}后保存 ${p.finishedDays} 天，到期自动删除；${p.untouchedDays} 天里没有任何处理的建议，也会删除。`
}

const KIND_NAMES: Record<RetentionKind, string> = {
  contact: '联系人称呼和手机号码',
  location: '精确位置（地图上选的点或手机定位）',
  originals: '工作人员遮盖前的原文',
  images: '照片和画',
  voice: '小朋友的录音',
  followup: '回答“解决了吗”时写的话和画的画',
  words: '建议和回复文字里像个人信息的内容（姓名、电话、学校、门牌）',
  author: '建议和你的微信账号的关联（在“我的”里能看到它、收到回复）'
}

/** The kinds the privacy page names (the originals are staff's, not something people gave). */
const SHOWN: RetentionKind[] = ['contact', 'location', 'voice', 'followup', 'words', 'images', 'author']

/** " N 天" after a poll's final count, or nothing when answers go with it. */
export const pollAnswerDays = () => (POLL_ANSWER_RETENTION_DAYS ? ` ${POLL_ANSWER_RETENTION_DAYS} 天` : '')

/** How long 快问快答 keeps who chose what (the privacy page and the children's rules say it). */
export function pollAnswerSentence(): string {
  return `快问快答记住谁选了哪一项，到投票结束、最后一次计票后${pollAnswerDays()}删除，之后只保留每一项的票数。`
}

/** How long the children's council keeps a representative's data (the privacy page and the children's rules say it). */
export function councilSentence(): string {
  return (
    `儿童议事会小代表的选择只有本人看得到，议事结束、最后一次计票后${COUNCIL_BALLOT_RETENTION_DAYS ? ` ${COUNCIL_BALLOT_RETENTION_DAYS} 天` : ''}删除，之后只保留每条建议被选的次数；` +
    `不再担任小代表时，孩子的微信账号立即不再关联，监护人的手机号码在 ${REPRESENTATIVE_GUARDIAN_RETENTION_DAYS} 天后删除，昵称和街道作为议事会的记录保留。`
  )
}

/** The privacy page's paragraph: every kind, grouped by its periods. */
export function retentionParagraph(): string {
  const groups = new Map<string, RetentionKind[]>()
  for (const kind of SHOWN) {
    const p = periodsFor(kind)
    const key = `${p.finishedStates}|${p.finishedDays}`
    groups.set(key, [...(groups.get(key) ?? []), kind])
  }
  const parts = [...groups.entries()].map(([key, kinds]) => {
    const [states, days] = key.split('|')
    return `${kinds.map((k) => KIND_NAMES[k]).join('、')}在建议${states}后保存 ${days} 天`
  })
  const untouched = Math.max(...SHOWN.map((k) => periodsFor(k).untouchedDays))
  return (
    `${parts.join('；')}；${untouched} 天里没有任何处理的建议，这些信息也会删除。` +
    `上传了却没有随建议提交的图片和录音，${ORPHAN_UPLOAD_DAYS} 天后删除；文件删除时，谁上传了它的记录一并删除。` +
    `“我也想要”记住是谁点的 ${SUPPORT_RETENTION_DAYS} 天，之后只保留票数。` +
    pollAnswerSentence() +
    councilSentence() +
    `活动报名时留的家长称呼、手机号码和孩子年龄，在活动结束 ${SIGNUP_RETENTION_DAYS} 天后删除（活动取消的，按原定的结束时间算），活动本身留作区里的记录。` +
    `预约参观托育机构时留的家长称呼、手机号码和孩子年龄，答复或撤回 ${VISIT_RETENTION_DAYS} 天后删除，没有答复的 ${VISIT_UNANSWERED_DAYS} 天后删除。` +
    '到期由系统自动删除（文字里像个人信息的内容换成“【已隐去】”），建议其余的文字、主题和街道作为记录保留。随时可以在“我的 → 我的数据”查看、导出或一次删除这些信息。'
  )
}
