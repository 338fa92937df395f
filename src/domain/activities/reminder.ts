// 活动前一天提醒: a subscribe message to each guardian with a seat, at 18:00 China time the day
// before the activity (the activities function's timer, cloudfunctions/activities/config.json, runs
// then; CloudBase timers read cron in UTC+8). A run reminds every confirmed seat of an activity
// that has not started yet and whose reminder time has come, once per start time: a seat taken
// after the run is reminded by the next run if the activity has not started by then, and an
// activity moved to another day is reminded again for its new time. The message uses the
// SUBSCRIBE_TEMPLATE_ACTIVITY_REMINDER template (e.g. 公共模板库 “活动开始提醒”): keys thing1
// (活动名称), time2 (活动时间), thing3 (活动地点), thing4 (温馨提示); change them here if the chosen
// template differs. Like every message it shows on a lock screen: the activity, never the family.
import type { MessageData } from '../staff/message'
import { CHINA_OFFSET_MS, DAY_MS, HOUR_MS, chinaClock, chinaDayNumber, formatMinutes } from '../clock'
import { activityMessage } from './message'
import { hasStarted, isCancelled, type Activity, type Standing } from './model'

/** The hour (China time) of the day before at which the reminder goes. */
export const REMINDER_HOUR = 18

/** The timer's name in the activities function's config.json: its event starts the run. */
export const REMINDER_TRIGGER = 'activityReminders'

/** Whether a cloud function event is this timer's ({ Type: 'Timer', TriggerName }, as purge's is). */
export function isReminderTimer(event: unknown): boolean {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null
  return e?.Type === 'Timer' && e.TriggerName === REMINDER_TRIGGER
}

/** The timer's cron (seconds minutes hours day month weekday year), in UTC+8 as CloudBase reads it. */
export const REMINDER_CRON = `0 0 ${REMINDER_HOUR} * * * *`

/** When the reminder for an activity starting at `startAt` goes (ISO); '' for a bad time. */
export function reminderAt(startAt: string): string {
  const start = Date.parse(startAt)
  if (Number.isNaN(start)) return ''
  const dayBefore = chinaDayNumber(start) - 1
  return new Date(dayBefore * DAY_MS - CHINA_OFFSET_MS + REMINDER_HOUR * HOUR_MS).toISOString()
}

/** Whether a run at `now` reminds this activity's seats: not cancelled, its reminder time come, not yet started. */
export function isReminderDue(a: Pick<Activity, 'startAt' | 'status'>, now: number): boolean {
  const at = Date.parse(reminderAt(a.startAt))
  return !isCancelled(a) && at <= now && !hasStarted(a, now)
}

/**
 * The latest start a run at `now` can be due for: the reminder of an activity starting on the
 * China day after tomorrow goes tomorrow, so everything due starts before that day begins.
 */
export function reminderWindowEnd(now: number): string {
  return new Date((chinaDayNumber(now) + 2) * DAY_MS - CHINA_OFFSET_MS).toISOString()
}

/**
 * What the parent's sign-up card says about the reminder: when it will go for a seat, or that a
 * seat from the waitlist gets one too; null once its time has passed or the activity is cancelled.
 * Honest about WeChat: only a guardian who allowed it in the sign-up tap receives it.
 */
export function reminderLine(a: Pick<Activity, 'startAt' | 'status'>, standing: Standing, now: number): string | null {
  const at = Date.parse(reminderAt(a.startAt))
  if (isCancelled(a) || !(at > now) || standing === 'cancelled') return null
  const c = chinaClock(at)
  const [, m, d] = c.date.split('-').map(Number)
  const when = `${m}月${d}日 ${formatMinutes(c.minutes)}`
  return standing === 'confirmed'
    ? `${when} 会发微信提醒（报名时允许了通知才会收到）`
    : `补上名额的话，${when} 会发微信提醒`
}

export function activityReminderData(a: Pick<Activity, '_id' | 'title' | 'startAt' | 'place'>): {
  page: string
  data: MessageData
} {
  return activityMessage(a, '活动就要开始了，记得准时到哦')
}
