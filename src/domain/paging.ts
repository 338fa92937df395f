// Paging numbers as they arrive over the wire (a skip, a page size, an export's row count): an
// integer, or a string of digits from a query string. Nothing JavaScript would turn into a number
// on its own: [7], true, "1e3", "0x10", " 5", 2.5 are refused, so a page is what was asked for.

/** The number, or null when it is not a whole number from min to max. */
export function pagingInt(raw: unknown, min: number, max: number): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN
  return Number.isInteger(n) && n >= min && n <= max ? n : null
}
