// Browser: the event as an .ics file (domain/activities/ics.ts), downloaded; the phone's
// calendar opens it, with its reminder the day before.
import type { CalendarEvent } from '../domain/activities/calendar'
import { activityIcs } from '../domain/activities/ics'
import type { CalendarOutcome } from './calendar-types'

export type { CalendarOutcome } from './calendar-types'

export const CALENDAR_ACTION = '下载日历文件'

export async function addToCalendar(event: CalendarEvent): Promise<CalendarOutcome> {
  try {
    const blob = new Blob([activityIcs(event)], { type: 'text/calendar;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `${event.title}.ics`
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return 'downloaded'
  } catch {
    return 'failed'
  }
}
