// 预约参观 requests (a guardian's name and phone, the child's age group), deleted whole
// VISIT_RETENTION_DAYS after they closed and VISIT_UNANSWERED_DAYS after they were made if nobody
// answered (src/domain/places/visits.ts). Nothing of them is the district's record, so nothing stays.
import { visitCutoffs, visitDue } from '../../src/domain/places/visit-retention'
import type { VisitRequest } from '../../src/domain/places/visits'
import type { Filter, Repository } from '../../server/adapters/repository'

const PAGE = 100

/** Deletes due requests, at most `max` a run; returns how many. */
export async function purgeVisitRequests(repo: Repository, now: Date, max = 2000): Promise<number> {
  const rows = repo.collection<VisitRequest>('visit_requests')
  const { closedBefore, openMadeBefore } = visitCutoffs(now)
  let purged = 0
  const filters: Filter[] = [
    { closedAt: { $lte: closedBefore } },
    { status: 'pending', createdAt: { $lte: openMadeBefore } }
  ]
  for (const filter of filters) {
    while (purged < max) {
      const due = (await rows.find(filter, { orderBy: [['_id', 'asc']], limit: PAGE })).filter((r) => visitDue(r, now))
      if (due.length === 0) break
      for (const r of due) if (await rows.remove(r._id)) purged += 1
    }
  }
  return purged
}
