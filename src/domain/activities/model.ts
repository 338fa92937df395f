// 活动报名: what an activity is, how a sign-up stands, and the few rules every layer asks about.
// Times are instants (ISO, UTC) stored once; every date or hour shown is China time (../clock).
import type { LatLng } from '../places/model'
import { DAY_MS, MINUTE_MS, chinaClock, chinaDate, formatMinutes, WEEKDAY_LABELS } from '../clock'
import { holderStandingLabel, type Standing } from './standing-words'

export const ACTIVITY_STATUSES = ['published', 'changed', 'cancelled'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  published: '报名中',
  changed: '有变更',
  cancelled: '已取消'
}

/** Where it happens: a place record (its name and address copied at publishing) or an address typed by staff. */
export type ActivityPlace =
  | { kind: 'place'; placeId: string; name: string; address?: string; location?: LatLng }
  | { kind: 'address'; address: string }

/**
 * What a place costs. null: free (the default). A fee is only ever what staff typed: an amount in
 * yuan and what it covers; never a guess.
 */
export type ActivityFee = { amountYuan: number; note?: string } | null

export interface Activity {
  _id: string
  title: string
  description: string
  place: ActivityPlace
  /** The street and (optional) community the activity belongs to: whose staff may change it. */
  street: string
  community?: string
  startAt: string
  endAt: string
  /** Ages of the children it is for, inclusive. */
  ageMin: number
  ageMax: number
  capacity: number
  fee: ActivityFee
  /** 报名方式与须知: what else to know (bring a water bottle, a parent stays…). */
  howToSignUp: string
  /** The cover picture's storage id (uploaded through the staff image upload). */
  coverFileId?: string
  /**
   * Covers replaced or taken off and not yet deleted: written with the change, so the retry of a
   * change that died before deleting them (or the next change, when a delete failed) still knows
   * which files to delete.
   */
  replacedCoverFileIds?: string[]
  status: ActivityStatus
  /** The last change or the cancellation, in staff's words (sent to everyone signed up). */
  notice?: string
  createdAt: string
  createdBy: string
  createdByName: string
  /** Who made the last change or the cancellation (a retry of it is told from another's change). */
  changedBy?: string
  updatedAt: string
  rev: number
}

// The status predicates, declared once.
export const isCancelled = (a: Pick<Activity, 'status'>) => a.status === 'cancelled'
export const hasEnded = (a: Pick<Activity, 'endAt'>, nowMs: number) => Date.parse(a.endAt) <= nowMs
export const hasStarted = (a: Pick<Activity, 'startAt'>, nowMs: number) => Date.parse(a.startAt) <= nowMs
/** Sign-up and cancelling a sign-up: until the activity starts, unless it was cancelled. */
export const isOpenForSignUp = (a: Pick<Activity, 'status' | 'startAt'>, nowMs: number) =>
  !isCancelled(a) && !hasStarted(a, nowMs)
/** Staff may change or cancel it while it has not ended and is not cancelled. */
export const isEditable = (a: Pick<Activity, 'status' | 'endAt'>, nowMs: number) =>
  !isCancelled(a) && !hasEnded(a, nowMs)
/** Staff mark who came from this long before the start: families arrive early. */
export const ATTENDANCE_OPENS_BEFORE_MIN = 60
/** Why attendance cannot be marked now (before it opens, or on a cancelled activity), or null. */
export function attendanceRefusal(a: Pick<Activity, 'status' | 'startAt'>, nowMs: number): string | null {
  if (isCancelled(a)) return '活动已取消，不用签到'
  if (Date.parse(a.startAt) - ATTENDANCE_OPENS_BEFORE_MIN * MINUTE_MS > nowMs)
    return `活动开始前 ${ATTENDANCE_OPENS_BEFORE_MIN} 分钟起才能签到`
  return null
}
/** Listed to citizens: coming or under way (a cancelled one stays listed until its time, marked). */
export const isListed = (a: Pick<Activity, 'endAt'>, nowMs: number) => !hasEnded(a, nowMs)

export const SIGNUP_STATES = ['active', 'cancelled'] as const
export type SignUpState = (typeof SIGNUP_STATES)[number]
export { STANDING_LABELS, standingLabel, type Standing } from './standing-words'

/** How a sign-up stands for its holder (holderStandingLabel), for an activity in hand. */
export const myStandingLabel = (
  a: Pick<Activity, 'status'>,
  s: { standing: Standing; waitlistPosition?: number }
): string => holderStandingLabel(isCancelled(a), s)

/** One child signed up by their guardian; at most one per WeChat account and activity. */
export interface SignUp {
  _id: string
  activityId: string
  /** The guardian's openid: their 我的活动 and the notices. Never leaves the server. */
  userId: string
  childAge: number
  guardianName: string
  guardianPhone: string
  /** The consent text version the guardian agreed to. */
  consentVersion: number
  state: SignUpState
  /** When the current (latest) sign-up was made: the waitlist's order. */
  signedAt: string
  cancelledAt?: string
  attended?: boolean
  /** When attendance was last marked: the audit entry of the next mark is keyed by it. */
  attendanceMarkedAt?: string
  /** The activity's end, copied: the purge finds what is due without reading the activity. */
  activityEndAt: string
  /** The start time the day-before reminder went out for (reminder.ts): once per start time. */
  remindedFor?: string
}

/** A seat: claimed by inserting or taking over its document, so capacity holds under concurrency. */
export interface Seat {
  _id: string
  activityId: string
  n: number
  signupId: string | null
}

export const seatId = (activityId: string, n: number) => `${activityId}#${n}`

/** "12月6日 周六 09:30–11:00" in China time. */
export function activityWhen(a: Pick<Activity, 'startAt' | 'endAt'>): string {
  const s = Date.parse(a.startAt)
  const e = Date.parse(a.endAt)
  if (Number.isNaN(s) || Number.isNaN(e)) return ''
  const start = chinaClock(s)
  const end = chinaClock(e)
  const [, m, d] = start.date.split('-').map(Number)
  const day = `${m}月${d}日 ${WEEKDAY_LABELS[start.weekday]}`
  const endPart =
    end.date === start.date
      ? formatMinutes(end.minutes)
      : `${chinaDate(e).slice(5).replace('-', '月')}日 ${formatMinutes(end.minutes)}`
  return `${day} ${formatMinutes(start.minutes)}–${endPart}`
}

export const ageLabel = (a: Pick<Activity, 'ageMin' | 'ageMax'>) =>
  a.ageMin === a.ageMax ? `${a.ageMin} 岁` : `${a.ageMin}–${a.ageMax} 岁`

export const feeLabel = (fee: ActivityFee) =>
  fee ? `${fee.amountYuan} 元${fee.note ? `（${fee.note}）` : ''}` : '免费'

export const placeLabel = (p: ActivityPlace) => (p.kind === 'place' ? p.name : p.address)

/** The China week (Monday 00:00 to the next Monday) an instant falls in, as epoch ms. */
export function chinaWeekBounds(nowMs: number): { from: number; to: number } {
  const c = chinaClock(nowMs)
  const from = c.dayStartMs - c.weekday * DAY_MS
  return { from, to: from + 7 * DAY_MS }
}

/** Coming this week (not ended, starting before next Monday in China). */
export const isThisWeek = (a: Pick<Activity, 'startAt' | 'endAt'>, nowMs: number) =>
  !hasEnded(a, nowMs) && Date.parse(a.startAt) < chinaWeekBounds(nowMs).to
