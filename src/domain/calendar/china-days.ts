// China's official calendar: public holidays and 调休 (make-up working days), from the
// maintained `chinese-days` package through a table generated from it
// (china-calendar.generated.ts, `npm run gen:calendar`; the package's data follows the State
// Council's yearly notice). One place for "is this a working day / a public holiday", used by the
// deadlines of suggestions and by "open now" on place pages.
//
// Past the last year the table knows (2026 from chinese-days 1.5.7; the notice for a year comes
// out in the November before it), it answers by the weekday alone: Monday to Friday are working
// days and no date is a public holiday. So a deadline in an unknown year may land on a holiday,
// and "PH off" is not applied; `calendarKnows` tells a screen that it should say so, and updating
// the package and running `npm run gen:calendar` is all a new year needs.
import { CHINA_CALENDAR } from './china-calendar.generated'

/** Dates as YYYY-MM-DD, China's calendar day. */
export type ChinaDate = string

/** What "open now" asks of a calendar (open-state.ts). */
export interface HolidayCalendar {
  has(date: ChinaDate): boolean
}

const yearOf = (date: ChinaDate) => CHINA_CALENDAR[Number(date.slice(0, 4))]

/** A day off by the State Council's notice (a plain weekend is not one). */
export function isPublicHoliday(date: ChinaDate): boolean {
  return yearOf(date)?.off.includes(date.slice(5)) ?? false
}

/** A working day: Monday to Friday unless a holiday, and a 调休 Saturday or Sunday. */
export function isWorkingDay(date: ChinaDate): boolean {
  if (isPublicHoliday(date)) return false
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return (weekday !== 0 && weekday !== 6) || (yearOf(date)?.worked.includes(date.slice(5)) ?? false)
}

/** Whether the calendar has the State Council's notice for this date's year (see the head). */
export function calendarKnows(date: ChinaDate): boolean {
  return yearOf(date) !== undefined
}

/** The public holidays, for openState / isOpenAt. */
export const CHINA_HOLIDAYS: HolidayCalendar = { has: isPublicHoliday }

/** The next day, YYYY-MM-DD (calendar arithmetic in UTC: no zone or DST can shift it). */
export function nextDate(date: ChinaDate): ChinaDate {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/**
 * The date `n` working days after `date` (n ≥ 1; the day itself does not count): 受理 within 2
 * working days of a Friday submission is due by the end of the next Monday, or of a 调休
 * Saturday in between.
 */
export function addWorkingDays(date: ChinaDate, n: number): ChinaDate {
  let day = date
  for (let left = n; left > 0;) {
    day = nextDate(day)
    if (isWorkingDay(day)) left--
  }
  return day
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after it). */
export function workingDaysBetween(from: ChinaDate, to: ChinaDate): number {
  let count = 0
  for (let day = from; day < to;) {
    day = nextDate(day)
    if (isWorkingDay(day)) count++
  }
  return count
}
