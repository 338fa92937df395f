// Date ranges for the inbox and the monthly report, as China calendar dates (YYYY-MM-DD), the
// form InboxFilter.from/to take.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar month `offset` months from the one `now` falls in (0 = this month, -1 = last). */
export function monthRange(offset: number, now: Date): { from: string; to: string; label: string } {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS)
  const first = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + offset, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0))
  const day = (d: Date) => d.toISOString().slice(0, 10)
  return { from: day(first), to: day(last), label: `${first.getUTCFullYear()}年${first.getUTCMonth() + 1}月` }
}
