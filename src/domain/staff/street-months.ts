// Counts per street and month, as the report shows them (解决了吗, 按时办理): one entry for each
// street and month that has anything, named for the page, newest month first.
import { findStreet } from '../streets'

export interface StreetMonth {
  street: string
  label: string
  /** YYYY-MM (China calendar). */
  month: string
}

export function streetMonthCounter<C extends StreetMonth>(zero: () => Omit<C, keyof StreetMonth>) {
  const counts = new Map<string, C>()
  return {
    /** The entry of this street (a row without one: 'unknown') and month, to count into. */
    at(streetCode: string | undefined, month: string): C {
      const street = streetCode ?? 'unknown'
      const key = `${street}|${month}`
      const found = counts.get(key)
      if (found) return found
      const entry = { street, label: findStreet(street)?.name ?? '未填写街道', month, ...zero() } as C
      counts.set(key, entry)
      return entry
    },
    /** Newest month first, then by street. */
    list: (): C[] =>
      [...counts.values()].sort((a, b) => b.month.localeCompare(a.month) || a.street.localeCompare(b.street))
  }
}
