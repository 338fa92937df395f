// The reporter's openid on 纠错 reports (src/domain/places/corrections.ts): dropped
// REPORTER_RETENTION_DAYS after the answer, or REPORTER_UNANSWERED_DAYS after an unanswered
// report. The report itself (place, kind, note, answer) stays: it says nothing about who sent it.
import {
  REPORTER_RETENTION_DAYS,
  REPORTER_UNANSWERED_DAYS,
  reporterDue,
  type CorrectionRecord
} from '../../src/domain/places/corrections'
import { cutoffFor } from '../../src/domain/suggestions/retention'
import type { Filter, Repository } from '../../server/adapters/repository'

/** Drops due reporters, at most `max` a run; returns how many. */
export async function purgeCorrectionReporters(repo: Repository, now: Date, max = 2000): Promise<number> {
  const corrections = repo.collection<CorrectionRecord>('corrections')
  const at = now.toISOString()
  const filters: Filter[] = [
    {
      status: { $in: ['corrected', 'no_change'] },
      resolvedAt: { $lte: cutoffFor(now, REPORTER_RETENTION_DAYS) },
      reporterPurgedAt: null
    },
    { status: 'pending', createdAt: { $lte: cutoffFor(now, REPORTER_UNANSWERED_DAYS) }, reporterPurgedAt: null }
  ]
  let purged = 0
  for (const filter of filters) {
    while (purged < max) {
      const rows = await corrections.find(filter, { orderBy: [['_id', 'asc']], limit: Math.min(100, max - purged) })
      const due = rows.filter((r) => reporterDue(r, now))
      for (const r of due) if (await corrections.update(r._id, { reporterId: null, reporterPurgedAt: at })) purged += 1
      // Rows that match the filter but are not due (none today) would loop: stop at a short page.
      if (rows.length < 100 || due.length === 0) break
    }
  }
  return purged
}
