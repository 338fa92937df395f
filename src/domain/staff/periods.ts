// Date ranges for the inbox and the monthly report, as China calendar dates (YYYY-MM-DD), the
// form InboxFilter.from/to take.
import { chinaMonth, chinaStartIso } from '../clock'

/** The calendar month `offset` months from the one `now` falls in (0 = this month, -1 = last). */
export function monthRange(offset: number, now: Date): { from: string; to: string; label: string } {
  const china = chinaMonth(now.getTime())
  const first = new Date(Date.UTC(china.year, china.month + offset, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0))
  const day = (d: Date) => d.toISOString().slice(0, 10)
  return { from: day(first), to: day(last), label: `${first.getUTCFullYear()}年${first.getUTCMonth() + 1}月` }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * A China calendar month (YYYY-MM) as the ISO instants it starts and the next one starts (for a
 * `$gte`/`$lt` filter on stored times); undefined for anything else.
 */
export function monthBounds(month: unknown): { from: string; to: string } | undefined {
  const m = typeof month === 'string' ? MONTH.exec(month) : null
  if (!m) return undefined
  return { from: chinaStartIso(Number(m[1]), Number(m[2]) - 1), to: chinaStartIso(Number(m[1]), Number(m[2])) }
}

/** The last `count` China calendar months up to the one `now` falls in, newest first (YYYY-MM). */
export function recentMonths(count: number, now: Date): Array<{ key: string; label: string }> {
  return Array.from({ length: count }, (_, i) => {
    const r = monthRange(-i, now)
    return { key: r.from.slice(0, 7), label: r.label }
  })
}
