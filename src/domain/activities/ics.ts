// The .ics file (RFC 5545) of an activity, written by the `ics` library: the browser build offers
// it where WeChat would add the event to the phone's calendar. Times go out in UTC (…Z), so any
// calendar shows them in its own zone; the alarm rings the day before.
import { createEvent } from 'ics'
import { REMIND_BEFORE_S, type CalendarEvent } from './calendar'

/** VALARM's ACTION (RFC 5545 §3.8.6.1): the calendar shows the alarm's description. */
const ALARM_SHOWS_TEXT = 'display' as const

export function activityIcs(event: CalendarEvent): string {
  const { error, value } = createEvent({
    uid: event.uid,
    productId: 'yuzhong-yimi/activities',
    title: event.title,
    description: event.description,
    location: event.location,
    start: event.startMs,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    alarms: [
      {
        action: ALARM_SHOWS_TEXT,
        description: `明天：${event.title}`,
        trigger: { seconds: REMIND_BEFORE_S, before: true }
      }
    ]
  })
  if (error || !value) throw new Error(`日历文件生成失败：${error?.message ?? '未知原因'}`)
  return value
}
