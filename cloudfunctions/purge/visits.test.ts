// The purge deletes visit requests by the retention table: closed ones VISIT_RETENTION_DAYS after
// they closed, unanswered ones VISIT_UNANSWERED_DAYS after they were made; nothing earlier.
import { DAY_MS } from '../../src/domain/clock'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from '../../src/domain/places/visit-retention'
import type { VisitRequest } from '../../src/domain/places/visits'
import { visitRequest } from '../../tests/fixtures/visits'
import { tempRepo } from '../../tests/server/test-repo'
import { purgeVisitRequests } from './visits'

describe('purge: 预约参观', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => (t = tempRepo()))
  afterEach(() => t.cleanup())
  const rows = () => t.repo.collection<VisitRequest>('visit_requests')
  const made = '2026-12-01T00:00:00.000Z'
  const closed = '2026-12-05T00:00:00.000Z'
  const after = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS)

  it('deletes each request when its time comes, and only then', async () => {
    await rows().insert(visitRequest({ _id: 'visit-open-0001', createdAt: made }))
    await rows().insert(
      visitRequest({ _id: 'visit-done-0001', createdAt: made, status: 'arranged', answer: '约好了', closedAt: closed })
    )
    await rows().insert(visitRequest({ _id: 'visit-back-0001', createdAt: made, status: 'withdrawn', closedAt: made }))
    const ids = async () => (await rows().find({}, { orderBy: [['_id', 'asc']] })).map((r) => r._id)

    expect(await purgeVisitRequests(t.repo, after(made, VISIT_RETENTION_DAYS - 1))).toBe(0)
    expect(await purgeVisitRequests(t.repo, after(made, VISIT_RETENTION_DAYS))).toBe(1)
    expect(await ids()).toEqual(['visit-done-0001', 'visit-open-0001'])
    expect(await purgeVisitRequests(t.repo, after(closed, VISIT_RETENTION_DAYS))).toBe(1)
    expect(await ids()).toEqual(['visit-open-0001'])
    expect(await purgeVisitRequests(t.repo, after(made, VISIT_UNANSWERED_DAYS - 1))).toBe(0)
    expect(await purgeVisitRequests(t.repo, after(made, VISIT_UNANSWERED_DAYS))).toBe(1)
    expect(await ids()).toEqual([])
  })

  it('works through more than a page in one run', async () => {
    for (let n = 0; n < 230; n++)
      await rows().insert(visitRequest({ _id: `visit-many-${String(n).padStart(4, '0')}`, createdAt: made }))
    expect(await purgeVisitRequests(t.repo, after(made, VISIT_UNANSWERED_DAYS))).toBe(230)
  })
})
