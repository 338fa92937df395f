// How often one caller may do something that writes or costs a content check: every limit in one
// place. A call claims a numbered slot in a fixed window; the database's insert-if-absent decides
// each slot, so parallel calls cannot all pass a count that none of them has yet raised.

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE

export interface RateRule {
  /** Prefix of the slot ids (one namespace per action). */
  scope: string
  max: number
  windowMs: number
  /** The refusal, in words for the caller. */
  message: string
}

export const RATE_LIMITS = {
  submit: { scope: 'submit', max: 10, windowMs: HOUR, message: '每小时最多提交 10 条建议，请稍后再试' },
  // Supporting is one tap per suggestion; 60 new ones an hour is more than anyone reads.
  support: { scope: 'support', max: 60, windowMs: HOUR, message: '每小时最多为 60 条建议点“我也想要”，请稍后再试' },
  // New-suggestion notices to one staff member (keyed by the recipient): a busy hour is one message.
  staffNotice: { scope: 'staff-notice', max: 1, windowMs: HOUR, message: '每位工作人员每小时最多收到 1 条新建议提醒' },
  // 预约参观 notices, capped apart: a parent's request never holds back a suggestion's notice.
  visitNotice: {
    scope: 'visit-notice',
    max: 1,
    windowMs: HOUR,
    message: '每位工作人员每小时最多收到 1 条参观预约提醒'
  },
  // 纠错 about places: a person who walks past many wrong signs in an hour still fits.
  correction: { scope: 'correction', max: 10, windowMs: HOUR, message: '每小时最多提交 10 条纠错，请稍后再试' },
  // 预约参观: a parent comparing centres asks a few at a time; more an hour is a script.
  visit: { scope: 'visit', max: 5, windowMs: HOUR, message: '每小时最多提交 5 个参观预约，请稍后再试' },
  // 解决了吗？ is asked once per closure; this only stops a script looping over reopened rows.
  followUp: { scope: 'follow_up', max: 10, windowMs: HOUR, message: '每小时最多回答 10 次“解决了吗”，请稍后再试' },
  // 儿童议事会: an invitation code typed in; ten tries an hour make guessing one of 31⁸ codes hopeless.
  councilJoin: { scope: 'council-join', max: 10, windowMs: HOUR, message: '每小时最多试 10 次邀请码，请一小时后再试' },
  // 邀请加入 as staff: the same ten tries an hour.
  staffJoin: { scope: 'staff-join', max: 10, windowMs: HOUR, message: '每小时最多试 10 次邀请码，请一小时后再试' }
} as const satisfies Record<string, RateRule>

/** The window a time falls in (fixed windows from the epoch, the same on every server). */
export function rateWindow(rule: RateRule, now: Date): { index: number; endsAt: Date } {
  const index = Math.floor(now.getTime() / rule.windowMs)
  return { index, endsAt: new Date((index + 1) * rule.windowMs) }
}

/** What the slots of one caller in one window share (counted to know where to start claiming). */
export function rateKey(rule: RateRule, callerKey: string, windowIndex: number): string {
  return `${rule.scope}:${callerKey}:${windowIndex}`
}

/** The id of slot n (0 ≤ n < max) under a key: the database lets only one call insert it. */
export function rateSlotId(key: string, n: number): string {
  return `${key}:${n}`
}

/** Where to start claiming: slots are taken in order, so the ones already counted are all taken. */
export function firstSlotToTry(taken: number, rule: RateRule): number {
  return Math.max(0, Math.min(taken, rule.max))
}
