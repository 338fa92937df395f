// 预约参观 requests as 我的数据 sees them (the suggestions function lists and deletes everything
// of one account): the rules and projections are src/domain/places/visits.ts and visit-egress.ts.
import { toMyDataVisit, type MyDataVisit } from '../../src/domain/places/visit-egress'
import type { VisitRequest } from '../../src/domain/places/visits'
import type { Context } from '../function'

const PAGE = 200
const visits = (ctx: Context) => ctx.repo.collection<VisitRequest>('visit_requests')

/** Each visit request of `openid`, newest first. */
export async function myVisitsForData(ctx: Context, openid: string): Promise<MyDataVisit[]> {
  const rows = await visits(ctx).find({ userId: openid }, { orderBy: [['createdAt', 'desc']], limit: PAGE })
  return rows.map(toMyDataVisit)
}

/** Deletes every visit request of `openid` (the request is the parent's; nothing of it stays). */
export async function forgetVisits(ctx: Context, openid: string): Promise<number> {
  let removed = 0
  for (;;) {
    const rows = await visits(ctx).find({ userId: openid }, { orderBy: [['_id', 'asc']], limit: PAGE })
    if (rows.length === 0) return removed
    for (const r of rows) if (await visits(ctx).remove(r._id)) removed += 1
  }
}
