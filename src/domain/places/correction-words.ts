// What a 纠错 is called and how long its reporter is kept (the words every screen shows), apart
// from the report's check in ./corrections: 关于 and 我的数据 name them without carrying the check
// (WeChat copies a module into every subpackage that uses it).
import { isKeyOf, labelOf } from './model'

export const CORRECTION_KINDS = [
  { key: 'closed', label: '已关闭' },
  { key: 'moved', label: '搬迁了' },
  { key: 'phone', label: '电话不对' },
  { key: 'hours', label: '开放时间不对' },
  { key: 'other', label: '其他' }
] as const
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]['key']

export const CORRECTION_STATUSES = [
  { key: 'pending', label: '待处理' },
  { key: 'corrected', label: '已更正' },
  { key: 'no_change', label: '无需更正' }
] as const
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number]['key']
export type CorrectionOutcome = Exclude<CorrectionStatus, 'pending'>

export const CORRECTION_LIMITS = { note: 200, answer: 200, source: 200, address: 200, hoursNote: 100 } as const

/** Contact of the reporter dropped this many days after the answer (or after the report, if none). */
export const REPORTER_RETENTION_DAYS = 90
/** An unanswered report keeps its reporter at most this long. */
export const REPORTER_UNANSWERED_DAYS = 365

/** The answer the reporter reads when the admin wrote none. */
export const DEFAULT_ANSWERS: Record<CorrectionOutcome, string> = {
  corrected: '已按你的反馈核实并更新了地点信息，谢谢！',
  no_change: '工作人员核实后，这里的信息没有问题。谢谢你的反馈！'
}

/** How a status looks (StatusTag tones); said in words too. */
export const CORRECTION_TONE: Record<CorrectionStatus, 'waiting' | 'good' | 'neutral'> = {
  pending: 'waiting',
  corrected: 'good',
  no_change: 'neutral'
}

export function correctionKindLabel(kind: CorrectionKind): string {
  return labelOf(CORRECTION_KINDS, kind)
}

export function correctionStatusLabel(status: CorrectionStatus): string {
  return labelOf(CORRECTION_STATUSES, status)
}

export function isCorrectionKind(v: unknown): v is CorrectionKind {
  return isKeyOf(CORRECTION_KINDS, v)
}

export function isCorrectionStatus(v: unknown): v is CorrectionStatus {
  return isKeyOf(CORRECTION_STATUSES, v)
}
