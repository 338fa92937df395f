// China's official calendar: public holidays and 调休 (make-up working days), from the
// maintained `chinese-days` package (pinned in package.json; its data follows the State Council's
// yearly notice). One place for "is this a working day / a public holiday", used by the deadlines
// of suggestions and by "open now" on place pages.
//
// Past the last year the package knows (2026 in chinese-days 1.5.7; the notice for a year comes
// out in the November before it), it answers by the weekday alone: Monday to Friday are working
// days and no date is a public holiday. So a deadline in an unknown year may land on a holiday,
// and "PH off" is not applied; `calendarKnows` tells a screen that it should say so, and updating
// the package (npm update chinese-days) is all a new year needs.
import { getDayDetail, isWorkday } from 'chinese-days'

/** Dates as YYYY-MM-DD, China's calendar day. */
export type ChinaDate = string

/** What "open now" asks of a calendar (open-state.ts). */
export interface HolidayCalendar {
  has(date: ChinaDate): boolean
}

// The package reads a date in the device's zone: noon of that day is the same date anywhere a
// phone in China could be set to.
const atNoon = (date: ChinaDate) => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

/** A day off by the State Council's notice (a plain weekend is not one). */
export function isPublicHoliday(date: ChinaDate): boolean {
  const detail = getDayDetail(atNoon(date))
  // A named day ("National Day,国庆节,3") that is not worked; a weekday name means an ordinary day.
  return !detail.work && detail.name.includes(',')
}

/** A working day: Monday to Friday unless a holiday, and a 调休 Saturday or Sunday. */
export function isWorkingDay(date: ChinaDate): boolean {
  return isWorkday(atNoon(date))
}

/** Whether the package has the State Council's notice for this date's year (see the head). */
export function calendarKnows(date: ChinaDate): boolean {
  return getDayDetail(atNoon(`${date.slice(0, 4)}-01-01`)).name.includes(',')
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
