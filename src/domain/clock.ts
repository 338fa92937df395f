// The app's one clock: wall-clock time in China (UTC+8, no daylight saving) computed from an
// instant, so that opening hours, dates, weeks and months come out the same on a phone in
// Chongqing, a server in UTC and a developer's laptop in Los Angeles. Only UTC getters are used:
// never the machine's local time zone. A stored time that is not a time reads as '' (never NaN).

export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000
export const HOUR_MS = 60 * 60 * 1000
export const MINUTE_MS = 60 * 1000

export interface ChinaClock {
  /** Calendar date in China, YYYY-MM-DD. */
  date: string
  /** 0 = Monday … 6 = Sunday. */
  weekday: number
  /** Minutes since midnight in China. */
  minutes: number
  /** The instant (epoch ms) of that date's midnight in China. */
  dayStartMs: number
}

const pad = (n: number) => String(n).padStart(2, '0')

export function chinaClock(epochMs: number): ChinaClock {
  const shifted = new Date(epochMs + CHINA_OFFSET_MS)
  const date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`
  const minutes = shifted.getUTCHours() * 60 + shifted.getUTCMinutes()
  const dayStartMs = Math.floor((epochMs + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS
  return { date, weekday: (shifted.getUTCDay() + 6) % 7, minutes, dayStartMs }
}

/** Today's date in China, YYYY-MM-DD. */
export function chinaDate(epochMs: number): string {
  return chinaClock(epochMs).date
}

/** "HH:mm" for minutes since midnight (1440 → "24:00"). */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

/**
 * A stored instant (ISO, UTC) as people in Chongqing read it: "2026-12-01 09:30" (or the date
 * alone). Cutting the ISO string instead would show UTC, 8 hours behind. '' for a bad value.
 */
export function chinaDateTime(iso: string, withTime = true): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const c = chinaClock(ms)
  return withTime ? `${c.date} ${formatMinutes(c.minutes)}` : c.date
}

/** ISO 8601 in China time with its offset, "2026-11-28T10:00:00+08:00" (Open311 wants an offset); '' for a bad value. */
export function chinaIso(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  return `${new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`
}

/** Days since 1970-01-01 of the calendar date in China an instant falls on. */
export function chinaDayNumber(epochMs: number): number {
  return Math.floor((epochMs + CHINA_OFFSET_MS) / DAY_MS)
}

/** The instant (ISO) a China calendar date (year, month 0-based, day; overflow rolls on) begins. */
export function chinaStartIso(year: number, month: number, day = 1): string {
  return new Date(Date.UTC(year, month, day) - CHINA_OFFSET_MS).toISOString()
}

/** The China calendar year and month (0-based) an instant falls in. */
export function chinaMonth(epochMs: number): { year: number; month: number } {
  const shifted = new Date(epochMs + CHINA_OFFSET_MS)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() }
}

/** Monday (China calendar, YYYY-MM-DD) of the week an instant falls in; '' for a bad value. */
export function chinaWeekStart(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const c = chinaClock(ms)
  return chinaDate(c.dayStartMs - c.weekday * DAY_MS)
}
