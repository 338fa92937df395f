// What both platform files of ./calendar do with an activity: WeChat adds it to the phone's
// calendar; the browser downloads an .ics file the phone's calendar opens.
import type { CalendarEvent } from '../domain/activities/calendar'
import type { Implements } from '../platform-contract'

export type CalendarOutcome = 'added' | 'downloaded' | 'cancelled' | 'denied' | 'failed'

export interface CalendarPlatform {
  /** The button's words here. */
  CALENDAR_ACTION: string
  /** Call first thing in the tap's handler: WeChat accepts addPhoneCalendar only from a tap. */
  addToCalendar: (event: CalendarEvent) => Promise<CalendarOutcome>
}

export type CalendarPlatforms = [
  Implements<CalendarPlatform, typeof import('./calendar.weapp')>,
  Implements<CalendarPlatform, typeof import('./calendar.h5')>
]
