// 我也想要 records name who gave them (their openid, in the record's _id: one support per person,
// 已支持 on the board) for SUPPORT_RETENTION_DAYS (src/domain/suggestions/retention.ts); then an
// anonymous record takes each one's place, so the count, which is recomputed from the records,
// stays. The swap is three writes: the anonymous record (naming, until the swap is done, the one
// it replaces), the removal of the old one, and dropping that name; a run cut short between them
// finishes the same swap next time instead of counting the support twice.
import { newClientId } from '../../src/domain/ids'
import { SUPPORT_RETENTION_DAYS, cutoffFor } from '../../src/domain/suggestions/retention'
import type { Repository } from '../../server/adapters/repository'

export interface SupportDoc {
  _id: string
  suggestionId: string
  /** Who supported it; absent on an anonymous record. */
  openid?: string
  at?: string
  /** Set on an anonymous record only while its swap is under way: the record it replaces. */
  replaces?: string | null
}

/** Supports older than SUPPORT_RETENTION_DAYS made anonymous, at most `max` a run; returns how many. */
export async function anonymizeOldSupports(repo: Repository, now: Date, max = 2000): Promise<number> {
  const supports = repo.collection<SupportDoc>('supports')
  const cutoff = cutoffFor(now, SUPPORT_RETENTION_DAYS)
  let done = 0
  while (done < max) {
    // Anonymous records carry no `at`, so they never match again.
    const rows = await supports.find(
      { at: { $lte: cutoff } },
      { orderBy: [['at', 'asc']], limit: Math.min(100, max - done) }
    )
    if (rows.length === 0) break
    for (const r of rows) {
      const [started] = await supports.find({ replaces: r._id }, { limit: 1 })
      const anonymous = started ?? {
        _id: `${r.suggestionId}:anonymous-${newClientId('s', now.getTime())}`,
        suggestionId: r.suggestionId,
        replaces: r._id
      }
      if (!started) await supports.insert(anonymous)
      await supports.remove(r._id)
      await supports.update(anonymous._id, { replaces: null })
      done += 1
    }
  }
  return done
}
