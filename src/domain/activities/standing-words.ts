// How a sign-up stands, in words: on its own (not in model.ts) because 我的数据's file needs only
// the labels, and the WeChat build copies a module into every subpackage that imports it.
/** How a sign-up stands: a seat, on the waitlist, or cancelled by the parent. */
export type Standing = 'confirmed' | 'waitlisted' | 'cancelled'

export const STANDING_LABELS: Record<Standing, string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消报名'
}

/** How a sign-up stands in words: 已报名, 候补第 n 位 or 已取消报名. */
export const standingLabel = (s: { standing: Standing; waitlistPosition?: number }) =>
  s.standing === 'waitlisted' ? `候补第 ${s.waitlistPosition ?? 1} 位` : STANDING_LABELS[s.standing]
