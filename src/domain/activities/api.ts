// The activities function's contract (merged into src/domain/cloud-api.ts).
import type { NoFields } from '../wire'
import type { NotifyOutcome } from '../staff/api'
import type { ScopeView } from '../staff/permissions'
import type { MySignUp, PublicActivity, StaffActivity, StaffSignUp } from './egress'

export interface ActivityWithMine {
  activity: PublicActivity
  /** The caller's own sign-up (also a cancelled one); null when they never signed up. */
  mine: MySignUp | null
}

/** Sign-up fields as the form sends them (validateSignUp). */
export interface SignUpRequest {
  activityId: string
  childAge: unknown
  guardianName: unknown
  guardianPhone: unknown
  consentVersion: unknown
}

export interface NoticeOutcome {
  /** Parents signed up (seat or waitlist) a notice went to. */
  notified: number
  outcomes: Partial<Record<NotifyOutcome['status'], number>>
}

export interface ActivitiesApi {
  /**
   * Anyone: coming activities, soonest first. week: only this China week; placeId: only those
   * at that place.
   */
  list: {
    request: { week?: boolean; placeId?: string }
    response: { items: PublicActivity[] }
  }
  get: { request: { id: string }; response: ActivityWithMine }
  /** A guardian signs a child up: a seat while there is one, else the waitlist; a retry answers the same. */
  signUp: { request: SignUpRequest; response: ActivityWithMine & { replayed: boolean } }
  /** The caller's sign-up cancelled; the first on the waitlist takes the seat. */
  cancelSignUp: { request: { activityId: string }; response: ActivityWithMine }
  /** 我的活动: the caller's sign-ups, coming first. */
  mine: { request: NoFields; response: { items: ActivityWithMine[] } }
  /** Staff: the activities in their area (coming and of the last month), and the area. */
  staffList: { request: NoFields; response: { items: StaffActivity[]; scope: ScopeView } }
  /** Staff publish (the form, validateActivity); the form's id makes a retry answer the stored one. */
  publish: { request: { form: unknown }; response: { activity: StaffActivity; replayed: boolean } }
  /** Staff change it: the form again, the rev they saw and a notice sent to everyone signed up. */
  change: {
    request: { id: string; rev: number; form: unknown; notice: unknown }
    response: { activity: StaffActivity; notice: NoticeOutcome }
  }
  cancel: {
    request: { id: string; rev: number; notice: unknown }
    response: { activity: StaffActivity; notice: NoticeOutcome }
  }
  /** Staff: who signed up, masked; seats first, then the waitlist, then cancelled. */
  signUps: { request: { id: string }; response: { activity: StaffActivity; rows: StaffSignUp[] } }
  markAttendance: {
    request: { id: string; rowId: string; attended: boolean }
    response: { row: StaffSignUp }
  }
  /** The whole name and phone of one sign-up, logged before it is answered. */
  openContact: {
    request: { id: string; rowId: string; purpose?: string }
    response: { guardianName: string; guardianPhone: string; loggedAt: string }
  }
  exportSignUps: { request: { id: string }; response: { csv: string; fileName: string } }
  /**
   * The day-before reminders that are due (reminder.ts): the timer's run, never a user's (the
   * function's entry turns the timer's event into this action; a caller with an account is refused).
   */
  sendReminders: { request: NoFields; response: ReminderRun }
}

export interface ReminderRun {
  /** Activities whose reminder time has come and that have not started. */
  activities: number
  /** Seats reminded in this run (each once per start time). */
  reminded: number
  outcomes: Partial<Record<NotifyOutcome['status'], number>>
}
