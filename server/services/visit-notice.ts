// 预约参观's 新建议提醒 (apart from ./staff-notice, so the functions that never tell of a visit do
// not carry the visit rules).
import { toVisitNoticeRow } from '../../src/domain/places/visit-egress'
import { visitRequestNotice } from '../../src/domain/places/visit-message'
import type { VisitRequest } from '../../src/domain/places/visits'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { callerFrom } from '../../src/domain/roles'
import { can, inScope } from '../../src/domain/staff/permissions'
import type { Context } from '../function'
import { sendEach, subscribedStaff, type NoticeResult } from './staff-notice'

/**
 * 预约参观: a parent's new request tells the staff who arrange visits in the centre's area
 * (community workers, its street, the district), with the new-suggestion template and the same
 * credits, under an hourly cap of its own (RATE_LIMITS.visitNotice: a request never holds back a
 * suggestion's notice); keyed by the request, so a retried request does not send it again.
 */
export async function notifyStaffOfVisit(ctx: Context, v: VisitRequest): Promise<NoticeResult[]> {
  if (!ctx.services.notifier.templateFor('new_suggestion')) return []
  const arrangers = await subscribedStaff(ctx, (r) => {
    const caller = callerFrom(r.openid, r)
    return r.openid !== v.userId && can(caller, 'arrangeVisits') && inScope(caller, v)
  })
  if (arrangers.length === 0) return []
  return sendEach(
    ctx,
    arrangers,
    v._id,
    visitRequestNotice(toVisitNoticeRow(v)),
    `visit#${v._id}`,
    RATE_LIMITS.visitNotice
  )
}
