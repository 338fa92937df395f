// "Open now?" for a place: 营业中 · 18:00 关门 / 已关门 · 明天 08:00 开门 / 营业时间未知.
// Computed on China wall-clock time from the instant, whatever the device's time zone. The
// opening intervals of the surrounding days are laid out on a timeline and merged, so a range
// across midnight (Fr 20:00-02:00) and back-to-back ranges (…-24:00 then 00:00-…) just work.
import { CHINA_HOLIDAYS, type HolidayCalendar } from '../calendar/china-days'
import { chinaClock, DAY_MS, formatMinutes, MINUTE_MS, WEEKDAY_LABELS } from '../clock'
import type { OpeningHours, TimeRange } from './model'

export interface OpenState {
  /** false when the hours are unknown (open is then false too). */
  known: boolean
  open: boolean
  label: string
  /** When it next closes (if open) or opens (if closed), within two weeks. */
  changesAt?: Date
}

/** A moment: a Date, epoch ms, or anything that says its epoch ms (a dayjs object does). */
export type Instant = Date | number | { valueOf(): number }

// Far enough to find the next opening across a week-long holiday (e.g. 国庆) with "PH off".
const HORIZON_DAYS = 15

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** [start, end) in minutes from the day's midnight; end past 1440 when it crosses midnight. */
export function spanOf(range: TimeRange): [number, number] {
  const from = toMinutes(range.from)
  const to = toMinutes(range.to)
  return [from, to <= from ? to + 24 * 60 : to]
}

function rangesOn(
  hours: Extract<OpeningHours, { kind: 'weekly' }>,
  date: string,
  weekday: number,
  holidays: HolidayCalendar
): TimeRange[] {
  if (holidays.has(date) && hours.holidays !== 'regular') return hours.holidays === 'closed' ? [] : hours.holidays
  return hours.week[weekday] ?? []
}

/** Merged open intervals [startMs, endMs) from yesterday (its ranges may spill into today) on. */
function openIntervals(
  hours: Extract<OpeningHours, { kind: 'weekly' }>,
  nowMs: number,
  holidays: HolidayCalendar
): Array<[number, number]> {
  const todayStart = chinaClock(nowMs).dayStartMs
  const spans: Array<[number, number]> = []
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    // Noon avoids any doubt about which China date the day start belongs to.
    const day = chinaClock(todayStart + offset * DAY_MS + 12 * 60 * MINUTE_MS)
    for (const range of rangesOn(hours, day.date, day.weekday, holidays)) {
      const [from, to] = spanOf(range)
      spans.push([day.dayStartMs + from * MINUTE_MS, day.dayStartMs + to * MINUTE_MS])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/** "18:00", "明天 08:00", "周三 08:00", "10月8日 08:00" relative to now, in China time. */
function when(targetMs: number, nowMs: number, closing: boolean): string {
  const now = chinaClock(nowMs)
  const target = chinaClock(targetMs)
  const days = Math.round((target.dayStartMs - now.dayStartMs) / DAY_MS)
  // Closing at midnight reads as "24:00" of today, not "明天 00:00".
  if (closing && days === 1 && target.minutes === 0) return '24:00'
  const time = formatMinutes(target.minutes)
  if (days === 0) return time
  if (days === 1) return `明天 ${time}`
  if (days < 7) return `${WEEKDAY_LABELS[target.weekday]} ${time}`
  const [, month, date] = target.date.split('-').map(Number)
  return `${month}月${date}日 ${time}`
}

/**
 * Whether the place is open at `now`, with a label for the list and the detail page.
 * `holidays` says which China dates (YYYY-MM-DD) are public holidays, where PH rules apply:
 * China's official calendar unless a test passes its own (past the calendar's last year no
 * date is one: see calendar/china-days.ts).
 */
export function openState(
  hours: OpeningHours | undefined,
  now: Instant,
  holidays: HolidayCalendar = CHINA_HOLIDAYS
): OpenState {
  if (!hours) return { known: false, open: false, label: '营业时间未知' }
  if (hours.kind === 'always') return { known: true, open: true, label: '24 小时营业' }
  const nowMs = now.valueOf()
  const intervals = openIntervals(hours, nowMs, holidays)
  const current = intervals.find(([start, end]) => start <= nowMs && nowMs < end)
  if (current) {
    const horizonEnd = chinaClock(nowMs).dayStartMs + (HORIZON_DAYS + 1) * DAY_MS
    if (current[1] >= horizonEnd) return { known: true, open: true, label: '营业中' }
    return {
      known: true,
      open: true,
      label: `营业中 · ${when(current[1], nowMs, true)} 关门`,
      changesAt: new Date(current[1])
    }
  }
  const next = intervals.find(([start]) => start > nowMs)
  if (!next) return { known: true, open: false, label: '已关门' }
  return {
    known: true,
    open: false,
    label: `已关门 · ${when(next[0], nowMs, false)} 开门`,
    changesAt: new Date(next[0])
  }
}

/** Shorthand for filters: open at `now` (unknown hours count as not open). */
export function isOpenAt(
  hours: OpeningHours | undefined,
  now: Instant,
  holidays: HolidayCalendar = CHINA_HOLIDAYS
): boolean {
  return openState(hours, now, holidays).open
}
