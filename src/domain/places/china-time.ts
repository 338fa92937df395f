// Wall-clock time in China (UTC+8, no daylight saving) computed from an instant, so that opening
// hours and dates come out the same on a phone in Chongqing, a server in UTC and a developer's
// laptop in Los Angeles. Only UTC getters are used: never the machine's local time zone.

export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000
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
  return withTime ? `${c.date} ${pad(Math.floor(c.minutes / 60))}:${pad(c.minutes % 60)}` : c.date
}
