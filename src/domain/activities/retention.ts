// How long a sign-up is kept: the guardian's name and phone and the child's age are needed to run
// the activity and to answer a question about it afterwards (attendance, a lost item), not longer.
// The purge (cloudfunctions/purge/activities.ts) deletes every sign-up and seat of an activity
// SIGNUP_RETENTION_DAYS after it ended (a cancelled activity: after the time it would have ended).
// The activity itself (title, place, time, how many came) is the district's record and stays.
import { DAY_MS } from '../clock'
import type { SignUp } from './model'

export const SIGNUP_RETENTION_DAYS = 30

/** Whether a sign-up is due for deletion at `now`. */
export const signUpDue = (s: Pick<SignUp, 'activityEndAt'>, now: Date) =>
  Date.parse(s.activityEndAt) + SIGNUP_RETENTION_DAYS * DAY_MS <= now.getTime()

/** The latest activity end whose sign-ups are due at `now` (a query bound). */
export const signUpCutoff = (now: Date) => new Date(now.getTime() - SIGNUP_RETENTION_DAYS * DAY_MS).toISOString()
