// How a sign-up stands, in words: on its own (not in model.ts) because 我的数据's file needs only
// the labels, and the WeChat build copies a module into every subpackage that imports it.
/** How a sign-up stands: a seat, on the waitlist, or cancelled by the parent. */
export type Standing = 'confirmed' | 'waitlisted' | 'cancelled'

export const STANDING_LABELS: Record<Standing, string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消报名'
}

/** How a sign-up stands in words: 已报名, 候补第 n 位 (候补中 without a place in line) or 已取消报名. */
export const standingLabel = (s: { standing: Standing; waitlistPosition?: number }) =>
  s.standing === 'waitlisted' && s.waitlistPosition ? `候补第 ${s.waitlistPosition} 位` : STANDING_LABELS[s.standing]

/**
 * The same for its holder (the pages, 我的数据's file), who must not read 已报名 for an activity
 * the organisers called off.
 */
export const holderStandingLabel = (
  activityCancelled: boolean,
  s: { standing: Standing; waitlistPosition?: number }
): string => (activityCancelled && s.standing !== 'cancelled' ? '活动已取消，不用前往' : standingLabel(s))
