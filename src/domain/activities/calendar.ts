// An activity as an event for the phone's calendar: what, when (instants; the calendar shows them
// in the phone's time), where in words, and a reminder the day before. WeChat adds it to the
// system calendar (addPhoneCalendar); the browser build downloads an .ics file (./ics.ts).
import type { PublicActivity } from './egress'

export interface CalendarEvent {
  /** Stable across downloads, so a calendar updates the event instead of adding a second one. */
  uid: string
  title: string
  startMs: number
  endMs: number
  location: string
  description: string
}

/** The phone reminds the day before, as the sign-up page promises. */
export const REMIND_BEFORE_S = 24 * 60 * 60

export function calendarEventOf(
  a: Pick<PublicActivity, 'id' | 'title' | 'startAt' | 'endAt' | 'place' | 'howToSignUp'>
): CalendarEvent {
  const where =
    a.place.address && a.place.address !== a.place.name ? `${a.place.name}（${a.place.address}）` : a.place.name
  return {
    uid: `${a.id}@yuzhong-yimi`,
    title: a.title,
    startMs: Date.parse(a.startAt),
    endMs: Date.parse(a.endAt),
    location: where,
    description: ['渝中 · 一米高度 的活动报名。', a.howToSignUp ? `报名须知：${a.howToSignUp}` : '']
      .filter(Boolean)
      .join('\n')
  }
}
