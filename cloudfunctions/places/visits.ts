// 预约参观 in the places function (the rules: src/domain/places/visits.ts, what leaves:
// visit-egress.ts). A parent asks (rate-limited; the form's id makes a retry answer the stored
// request), reads and withdraws their own; the staff of the centre's area list the requests, open
// a parent's contact in a logged step, and write what they agreed with the centre. A new request
// tells the area's subscribed staff (新建议提醒 template). The answer is written once (an atomic
// pending → answered switch) and told to the parent by subscribe message.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { PlaceDoc } from '../../src/domain/places/model'
import { toMyVisit, toOpenedVisitContact, toStaffVisit } from '../../src/domain/places/visit-egress'
import { visitMessage } from '../../src/domain/places/visit-message'
import {
  isOpenVisit,
  isVisitStatus,
  validateVisitAnswer,
  validateVisitRequest,
  VISIT_CONSENT_VERSION,
  type VisitRequest
} from '../../src/domain/places/visits'
import { visitRefusal } from '../../src/domain/places/visit-refusal'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { can, inScope, scopeView, scopeWhere } from '../../src/domain/staff/permissions'
import type { Filter } from '../../server/adapters/repository'
import { audit, staffName } from '../../server/services/audit'
import { claimRateSlot } from '../../server/services/rate-limit'
import { notifyStaffOfVisit } from '../../server/services/visit-notice'
import type { Context, Handlers } from '../../server/function'

const PAGE = 50
const visits = (ctx: Context) => ctx.repo.collection<VisitRequest>('visit_requests')
const places = (ctx: Context) => ctx.repo.collection<PlaceDoc>('places')

const newestFirst = {
  orderBy: [
    ['createdAt', 'desc'],
    ['_id', 'desc']
  ] as Array<[string, 'asc' | 'desc']>
}

/**
 * The stored request answers a repeat of its id, for its parent only; the staff notice the first
 * call may have died before is sent now (once per staff member: it is keyed by the request).
 */
async function replay(ctx: Context, id: string, openid: string) {
  const existing = await visits(ctx).get(id)
  if (!existing) return null
  if (existing.userId !== openid) return fail<never>('CONFLICT', '预约编号已被使用，请重新提交')
  if (isOpenVisit(existing) && !existing.staffTold) await tellStaff(ctx, existing)
  return ok({ visit: toMyVisit(existing), duplicate: true })
}

/**
 * Tells the area's staff, then notes it on the request once no notice is left to try. Whatever
 * happens to the notice, the request is in: staff see it on 参观预约 either way.
 */
async function tellStaff(ctx: Context, r: VisitRequest) {
  try {
    const told = await notifyStaffOfVisit(ctx, r)
    // A notice that failed is tried again by the retry; one sent, recorded or refused by WeChat is not.
    if (told.every((t) => t.status !== 'failed')) await visits(ctx).update(r._id, { staffTold: true })
  } catch (e) {
    console.error('[places.requestVisit] staff notice', e)
  }
}

/** A request the caller may handle: staff with the action, the centre in their area. */
async function loadInScope(ctx: Context, id: unknown): Promise<CloudResult<VisitRequest>> {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  if (!can(ctx.caller, 'arrangeVisits')) return fail('FORBIDDEN', '只有社区、街道和区级工作人员可以处理参观预约')
  const r = typeof id === 'string' && id ? await visits(ctx).get(id) : null
  if (!r) return fail('NOT_FOUND', '没有找到这条预约，可能已按规定删除', 'id')
  if (!inScope(ctx.caller, r)) return fail('FORBIDDEN', '这家机构不在你负责的范围内')
  return ok(r)
}

type VisitHandlers = Pick<
  Handlers<'places'>,
  'requestVisit' | 'myVisits' | 'withdrawVisit' | 'staffVisits' | 'openVisitContact' | 'answerVisit'
>

export const visitHandlers: VisitHandlers = {
  async requestVisit(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const checked = validateVisitRequest(req.visit)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value
    const repeated = await replay(ctx, input.id, openid)
    if (repeated) return repeated
    const place = await places(ctx).get(input.placeId)
    if (!place) return fail('NOT_FOUND', '没有找到这家机构，它可能已被删除', 'placeId')
    const refusal = visitRefusal(place)
    if (refusal) return fail('VALIDATION', refusal, 'placeId')
    const open = await visits(ctx).find({ userId: openid, placeId: place._id, status: 'pending' }, { limit: 1 })
    if (open.length) return fail('CONFLICT', '你已经预约过这家机构，工作人员联系你之前不用再约')
    const now = ctx.now()
    if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.visit, openid, now, input.id)))
      return fail('RATE_LIMITED', RATE_LIMITS.visit.message)
    const at = now.toISOString()
    const record: VisitRequest = {
      _id: input.id,
      placeId: place._id,
      placeName: place.name,
      ...(place.street ? { street: place.street } : {}),
      ...(place.community ? { community: place.community } : {}),
      userId: openid,
      childAge: input.childAge,
      slot: input.slot,
      ...(input.note ? { note: input.note } : {}),
      guardianName: input.guardianName,
      guardianPhone: input.guardianPhone,
      consentVersion: VISIT_CONSENT_VERSION,
      status: 'pending',
      createdAt: at
    }
    // Two copies of one retry can race past replay(): the database keeps the first.
    if ((await visits(ctx).insert(record)) === 'exists') return (await replay(ctx, input.id, openid))!
    await tellStaff(ctx, record)
    return ok({ visit: toMyVisit(record), duplicate: false })
  },

  async myVisits(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    if (req.placeId !== undefined && typeof req.placeId !== 'string')
      return fail('VALIDATION', '机构参数不正确', 'placeId')
    const filter: Filter = { userId: openid, ...(req.placeId ? { placeId: req.placeId } : {}) }
    const rows = await visits(ctx).find(filter, { ...newestFirst, limit: PAGE })
    return ok({ items: rows.map(toMyVisit) })
  },

  async withdrawVisit(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const r = typeof req.id === 'string' && req.id ? await visits(ctx).get(req.id) : null
    if (!r || r.userId !== openid) return fail('NOT_FOUND', '没有找到这条预约', 'id')
    if (r.status === 'withdrawn') return ok({ visit: toMyVisit(r) })
    if (!isOpenVisit(r)) return fail('CONFLICT', '工作人员已经答复了这条预约，请看答复')
    const at = ctx.now().toISOString()
    const patch = { status: 'withdrawn' as const, closedAt: at }
    if (!(await visits(ctx).updateIf(r._id, { status: 'pending' }, patch)))
      return fail('CONFLICT', '工作人员刚刚答复了这条预约，请刷新后再看')
    return ok({ visit: toMyVisit({ ...r, ...patch }) })
  },

  async staffVisits(req, ctx) {
    if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
    if (!can(ctx.caller, 'arrangeVisits')) return fail('FORBIDDEN', '只有社区、街道和区级工作人员可以处理参观预约')
    const scope = scopeWhere(ctx.caller)
    if (!scope.ok) return fail(scope.code, scope.message, scope.field)
    const status = req.status ?? 'pending'
    if (!isVisitStatus(status)) return fail('VALIDATION', '状态应为 待联系、已约好、暂不能安排 或 已撤回', 'status')
    if (req.cursor !== undefined && req.cursor !== null && typeof req.cursor !== 'string')
      return fail('VALIDATION', '翻页参数不正确', 'cursor')
    const inArea: Filter = { ...scope.where }
    const filter: Filter = { ...inArea, status, ...(req.cursor ? { createdAt: { $lt: req.cursor } } : {}) }
    const [rows, pending] = await Promise.all([
      visits(ctx).find(filter, { ...newestFirst, limit: PAGE }),
      visits(ctx).count({ ...inArea, status: 'pending' })
    ])
    const centres = new Map<string, string[]>()
    for (const id of new Set(rows.map((r) => r.placeId))) centres.set(id, (await places(ctx).get(id))?.phones ?? [])
    return ok({
      items: rows.map((r) => ({ visit: toStaffVisit(r), centrePhones: centres.get(r.placeId) ?? [] })),
      next: rows.length === PAGE ? rows[rows.length - 1].createdAt : null,
      pending,
      scopeLabel: scopeView(ctx.caller).label
    })
  },

  async openVisitContact(req, ctx) {
    const loaded = await loadInScope(ctx, req.id)
    if (!loaded.ok) return loaded
    // A parent who withdrew is not to be called about it.
    if (loaded.data.status === 'withdrawn') return fail('CONFLICT', '家长已经撤回了这条预约，不需要再联系')
    // Logged before it is returned: no log entry, no contact.
    const entry = await audit(ctx, 'open_visit_contact', { detail: { visitId: loaded.data._id } })
    return ok({ ...toOpenedVisitContact(loaded.data), loggedAt: entry.at })
  },

  async answerVisit(req, ctx) {
    const loaded = await loadInScope(ctx, req.id)
    if (!loaded.ok) return loaded
    const r = loaded.data
    const checked = validateVisitAnswer(req.status, req.answer)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const { status, answer } = checked.value
    if (!isOpenVisit(r)) {
      // A retried answer gets what is stored (its log entry and message, if the first call died
      // before them); a different one is told someone answered first.
      if (r.status === status && r.answer === answer) return ok({ visit: toStaffVisit(await answered(ctx, r)) })
      return fail(
        'CONFLICT',
        r.status === 'withdrawn'
          ? '家长已经撤回了这条预约'
          : `这条预约已经答复过了（${r.answeredBy ?? '其他工作人员'}）`
      )
    }
    const at = ctx.now().toISOString()
    const patch = { status, answer, closedAt: at, answeredBy: staffName(ctx.caller) }
    if (!(await visits(ctx).updateIf(r._id, { status: 'pending' }, patch)))
      return fail('CONFLICT', '这条预约刚被其他工作人员答复或被家长撤回，请刷新后再看')
    return ok({ visit: toStaffVisit(await answered(ctx, { ...r, ...patch })) })
  }
}

/** After an answer is written: logged once (keyed by the request), then told to the parent. */
async function answered(ctx: Context, r: VisitRequest): Promise<VisitRequest> {
  await audit(ctx, 'answer_visit', { detail: { visitId: r._id, status: r.status } }, r._id)
  return tellParent(ctx, r)
}

/** One subscribe message to the parent where they allowed one; kept on the record, sent once. */
async function tellParent(ctx: Context, r: VisitRequest): Promise<VisitRequest> {
  const message = visitMessage(r)
  if (!message || (r.notification && r.notification !== 'failed')) return r
  let notification: NonNullable<VisitRequest['notification']>
  try {
    notification = (
      await ctx.services.notifier.send(
        { kind: 'reply', touser: r.userId, suggestionId: r._id, ...message },
        r.closedAt!
      )
    ).status
  } catch (e) {
    console.error('[places] visit answer message', e)
    notification = 'failed'
  }
  await visits(ctx).update(r._id, { notification })
  return { ...r, notification }
}
