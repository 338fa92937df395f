// Reading the inbox in order, with the filters the database cannot apply (text search, “has
// photo”) checked on the rows it returns. Without such a filter one query answers a page exactly.
// With one, rows are read in chunks until the page is full or a scan budget is spent: the cost
// of a call stays bounded at any table size, and the cursor (a database offset) lets the next
// call carry on where this one stopped. In a worker's area (hundreds of rows) one chunk usually
// covers everything; a district-wide text search is best narrowed by status, street or dates.
import type { QueryFilter, QueryOrder } from '../../src/domain/staff/inbox-query'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { Context } from '../../server/function'
import { MAX_LIMIT } from '../../server/adapters/repository'
import { suggestions } from './access'

export const SCAN_CHUNK = 500
export const INBOX_SCAN_BUDGET = 2000

export interface ScanResult {
  rows: Suggestion[]
  /** Database offset of the next row to read; null when the end was reached. */
  next: number | null
  scanned: number
  /** False when the budget ran out before the page was full. */
  complete: boolean
}

export async function scan(
  ctx: Context,
  where: QueryFilter,
  orderBy: QueryOrder,
  offset: number,
  want: number,
  match: ((s: Suggestion) => boolean) | null,
  budget = INBOX_SCAN_BUDGET
): Promise<ScanResult> {
  const out: Suggestion[] = []
  let off = offset
  let scanned = 0
  for (;;) {
    // Exact paging asks for one row more than it needs, to know whether there is a next page.
    const room = match ? Math.min(SCAN_CHUNK, budget - scanned) : Math.min(MAX_LIMIT, want + 1 - out.length)
    if (room <= 0) return { rows: out, next: off, scanned, complete: false }
    const chunk = await suggestions(ctx).find(where, { orderBy, skip: off, limit: room })
    for (let i = 0; i < chunk.length; i++) {
      if (match && !match(chunk[i])) continue
      if (out.length === want) return { rows: out, next: off + i, scanned: scanned + i, complete: true }
      out.push(chunk[i])
    }
    scanned += chunk.length
    off += chunk.length
    if (chunk.length < room) return { rows: out, next: null, scanned, complete: true }
  }
}
