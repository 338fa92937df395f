// The staff actions of the activities function: publish, change and cancel in the caller's area
// (community workers their communities, street admins their street, district admins all), each
// logged; who signed up, masked, with the whole contact in one logged step; attendance; export.
import type { ActivitiesApi } from '../../src/domain/activities/api'
import {
  toOpenedSignUpContact,
  toStaffActivity,
  toStaffSignUp,
  type StaffSignUp
} from '../../src/domain/activities/egress'
import { signUpsCsv } from '../../src/domain/activities/export'
import {
  attendanceRefusal,
  isEditable,
  type Activity,
  type ActivityPlace,
  type Standing
} from '../../src/domain/activities/model'
import { validateActivity, validateNotice, type ActivityInput } from '../../src/domain/activities/validate'
import { chinaDate } from '../../src/domain/clock'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { PlaceDoc } from '../../src/domain/places/model'
import { can, inScope, scopeView } from '../../src/domain/staff/permissions'
import { firstChars } from '../../src/domain/text'
import { audit, staffName } from '../../server/services/audit'
import { staffImagesProblem } from '../../server/adapters/file-storage'
import { picturesGoing } from '../../src/domain/stored-files'
import type { Context, Handler } from '../../server/function'
import { activities, seatState, settle, signUps, type SeatState } from '../../server/services/activity-seats'
import { coverUrl, loadActivity, noticeEveryone } from './views'

type StaffActions =
  'staffList' | 'publish' | 'change' | 'cancel' | 'signUps' | 'markAttendance' | 'openContact' | 'exportSignUps'

const FORBIDDEN = '只有工作人员可以管理活动'
const OUTSIDE = '这个活动不在你负责的范围内'
const PURPOSE_MAX = 50
/** Staff see activities that ended this long ago too (attendance, export). */
const RECENT_MS = 31 * 24 * 3_600_000

async function staffView(ctx: Context, a: Activity, state?: SeatState) {
  const s = state ?? (await seatState(ctx, a))
  return toStaffActivity(a, { confirmed: s.st.confirmed, waitlisted: s.st.waiting.length }, await coverUrl(ctx, a))
}

/** The activity, when the caller may manage it. */
async function loadManaged(ctx: Context, id: unknown): Promise<CloudResult<Activity>> {
  if (!can(ctx.caller, 'manageActivities')) return fail('FORBIDDEN', FORBIDDEN)
  const loaded = await loadActivity(ctx, id)
  if (!loaded.ok) return loaded
  return inScope(ctx.caller, loaded.data) ? loaded : fail('FORBIDDEN', OUTSIDE)
}

/** The checked form in the caller's area, with its place record looked up. */
async function placeOf(ctx: Context, input: ActivityInput): Promise<CloudResult<ActivityPlace>> {
  if ('address' in input.place) return ok({ kind: 'address', address: input.place.address })
  const doc = await ctx.repo.collection<PlaceDoc>('places').get(input.place.placeId)
  if (!doc) return fail('VALIDATION', '没有找到这个地点，请重新选择', 'placeId')
  return ok({
    kind: 'place',
    placeId: doc._id,
    name: doc.name,
    ...(doc.address ? { address: doc.address } : {}),
    ...(doc.location ? { location: { latitude: doc.location.latitude, longitude: doc.location.longitude } } : {})
  })
}

function areaProblem(ctx: Context, input: ActivityInput): CloudResult<never> | null {
  if (ctx.caller.role === 'community_worker' && !input.community)
    return fail('VALIDATION', '请选择活动所在的社区', 'community')
  return inScope(ctx.caller, input) ? null : fail('FORBIDDEN', '只能在你负责的范围内发布活动', 'street')
}

function fieldsOf(input: ActivityInput, place: ActivityPlace) {
  return {
    title: input.title,
    description: input.description,
    place,
    street: input.street,
    ...(input.community ? { community: input.community } : {}),
    startAt: input.startAt,
    endAt: input.endAt,
    ageMin: input.ageMin,
    ageMax: input.ageMax,
    capacity: input.capacity,
    fee: input.fee,
    howToSignUp: input.howToSignUp,
    ...(input.coverFileId ? { coverFileId: input.coverFileId } : {})
  }
}

async function coverProblem(ctx: Context, input: ActivityInput, current?: string): Promise<CloudResult<never> | null> {
  if (!input.coverFileId || input.coverFileId === current) return null
  const problem = await staffImagesProblem(
    ctx.services.files,
    [input.coverFileId],
    ctx.caller.openid ?? '',
    'coverFileId'
  )
  return problem ? fail(problem.code, problem.message, problem.field) : null
}

/** A change or a cancellation: the same rev again (a retry after a lost answer) finds its own write. */
async function changeOrCancel(
  ctx: Context,
  req: { id: string; rev: number; notice: unknown; form?: unknown },
  what: 'change' | 'cancel'
): Promise<CloudResult<ActivitiesApi['change']['response']>> {
  const loaded = await loadManaged(ctx, req.id)
  if (!loaded.ok) return loaded
  const a = loaded.data
  const notice = validateNotice(req.notice, what)
  if (!notice.ok) return fail('VALIDATION', notice.errors[0].message, 'notice')
  const now = ctx.now()
  const replay = a.rev === req.rev + 1 && a.changedBy === ctx.caller.openid && a.notice === notice.value
  if (!replay) {
    if (a.rev !== req.rev) return fail('CONFLICT', '活动已被修改，请刷新后再试')
    if (!isEditable(a, now.getTime()))
      return fail('VALIDATION', a.status === 'cancelled' ? '这个活动已取消' : '活动已经结束了')
    let fields = {}
    if (what === 'change') {
      const state = await seatState(ctx, a)
      const checked = validateActivity(req.form, now.getTime(), state.st.confirmed)
      if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
      const area = areaProblem(ctx, checked.value)
      if (area) return area
      const cover = await coverProblem(ctx, checked.value, a.coverFileId)
      if (cover) return cover
      const place = await placeOf(ctx, checked.value)
      if (!place.ok) return place
      // No cover is written as '' (an update leaves out what is undefined, and the old one would stay).
      const coverFileId = checked.value.coverFileId ?? ''
      // The cover going is named with the change, beside any an earlier change failed to delete:
      // deleted below, and by the retry if this call dies first.
      fields = {
        ...fieldsOf(checked.value, place.data),
        coverFileId,
        replacedCoverFileIds: picturesGoing(a.replacedCoverFileIds, a.coverFileId ? [a.coverFileId] : [], [coverFileId])
      }
    }
    const next = {
      ...fields,
      status: what === 'cancel' ? ('cancelled' as const) : ('changed' as const),
      notice: notice.value,
      rev: a.rev + 1,
      changedBy: ctx.caller.openid!,
      updatedAt: now.toISOString()
    }
    if (!(await activities(ctx).updateIf(a._id, { rev: a.rev }, next)))
      return fail('CONFLICT', '活动已被修改，请刷新后再试')
  }
  const stored = (await activities(ctx).get(a._id))!
  if (stored.coverFileId) await ctx.services.files.claim([stored.coverFileId], now)
  // A cover replaced or taken off is deleted (it may have been taken off for a child in it), then
  // forgotten; a call that dies between leaves it named, and its retry (this same path) deletes it.
  const replaced = (stored.replacedCoverFileIds ?? []).filter((id) => id !== stored.coverFileId)
  if (replaced.length) {
    const removed = await ctx.services.files.remove(replaced).catch((e) => {
      console.error('[activities] old cover', e)
      return null
    })
    // What is left to delete, only while no later change came in: that one carries the list on.
    if (removed)
      await activities(ctx).updateIf(stored._id, { rev: stored.rev }, { replacedCoverFileIds: removed.failed })
  }
  // The end may have moved: each sign-up keeps the day its data is deleted after.
  const state = await seatState(ctx, stored)
  for (const r of state.rows.filter((x) => x.activityEndAt !== stored.endAt))
    await signUps(ctx).update(r._id, { activityEndAt: stored.endAt })
  await audit(
    ctx,
    what === 'cancel' ? 'cancel_activity' : 'change_activity',
    { detail: { activityId: stored._id, title: stored.title, rev: stored.rev } },
    `${stored._id}@${stored.rev}`
  )
  // A larger capacity seats the waitlist now.
  const settled = what === 'change' ? await settle(ctx, stored) : state
  const sent = await noticeEveryone(ctx, stored)
  return ok({ activity: await staffView(ctx, stored, settled), notice: sent })
}

const ORDER: Record<Standing, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 }

function staffRows(state: SeatState): StaffSignUp[] {
  return state.rows
    .map((r) => {
      const s = state.st.of.get(r._id) ?? { standing: 'cancelled' as const }
      return toStaffSignUp(r, s.standing, s.position)
    })
    .sort(
      (x, y) =>
        ORDER[x.standing] - ORDER[y.standing] ||
        (x.waitlistPosition ?? 0) - (y.waitlistPosition ?? 0) ||
        x.signedAt.localeCompare(y.signedAt)
    )
}

export const staffHandlers: { [A in StaffActions]: Handler<'activities', A> } = {
  async staffList(_req, ctx) {
    if (!can(ctx.caller, 'manageActivities')) return fail('FORBIDDEN', FORBIDDEN)
    const since = new Date(ctx.now().getTime() - RECENT_MS).toISOString()
    const found = await activities(ctx).find({ endAt: { $gt: since } }, { orderBy: [['startAt', 'asc']], limit: 500 })
    const items = []
    for (const a of found.filter((x) => inScope(ctx.caller, x))) items.push(await staffView(ctx, a))
    return ok({ items, scope: scopeView(ctx.caller) })
  },
  async publish(req, ctx) {
    if (!can(ctx.caller, 'manageActivities')) return fail('FORBIDDEN', FORBIDDEN)
    const now = ctx.now()
    const checked = validateActivity(req.form, now.getTime())
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value
    const existing = await activities(ctx).get(input.id)
    if (existing && existing.createdBy !== ctx.caller.openid)
      return fail('CONFLICT', '保存编号已被使用，请重新打开页面再试')
    if (!existing) {
      const area = areaProblem(ctx, input)
      if (area) return area
      const cover = await coverProblem(ctx, input)
      if (cover) return cover
      const place = await placeOf(ctx, input)
      if (!place.ok) return place
      const at = now.toISOString()
      await activities(ctx).insert({
        _id: input.id,
        ...fieldsOf(input, place.data),
        status: 'published',
        createdAt: at,
        createdBy: ctx.caller.openid,
        createdByName: staffName(ctx.caller),
        updatedAt: at,
        rev: 1
      })
    }
    const stored = (await activities(ctx).get(input.id))!
    // The cover is the activity's to keep: claimed, so the purge of unused uploads leaves it.
    if (stored.coverFileId) await ctx.services.files.claim([stored.coverFileId], now)
    await audit(
      ctx,
      'publish_activity',
      { detail: { activityId: stored._id, title: stored.title, day: chinaDate(Date.parse(stored.startAt)) } },
      stored._id
    )
    return ok({ activity: await staffView(ctx, stored), replayed: Boolean(existing) })
  },
  change: (req, ctx) => changeOrCancel(ctx, req, 'change'),
  cancel: (req, ctx) => changeOrCancel(ctx, req, 'cancel'),
  async signUps(req, ctx) {
    const loaded = await loadManaged(ctx, req.id)
    if (!loaded.ok) return loaded
    const state = await seatState(ctx, loaded.data)
    return ok({ activity: await staffView(ctx, loaded.data, state), rows: staffRows(state) })
  },
  async markAttendance(req, ctx) {
    const loaded = await loadManaged(ctx, req.id)
    if (!loaded.ok) return loaded
    if (typeof req.attended !== 'boolean') return fail('VALIDATION', '请选择到了还是没到', 'attended')
    const notYet = attendanceRefusal(loaded.data, ctx.now().getTime())
    if (notYet) return fail('VALIDATION', notYet)
    const row = typeof req.rowId === 'string' ? await signUps(ctx).get(req.rowId) : null
    if (!row || row.activityId !== loaded.data._id) return fail('NOT_FOUND', '没有找到这条报名')
    if (row.state !== 'active') return fail('VALIDATION', '这条报名已取消')
    if (row.attended !== req.attended) {
      // Logged before the change, keyed by the mark it replaces: a retry of a call that died in
      // between writes the same entry (once), and each real change (到了 → 没到 → 到了) its own.
      await audit(
        ctx,
        'mark_attendance',
        { detail: { activityId: row.activityId, rowId: row._id, attended: req.attended } },
        `${row._id}@${row.attendanceMarkedAt ?? 'never'}`
      )
      await signUps(ctx).update(row._id, { attended: req.attended, attendanceMarkedAt: ctx.now().toISOString() })
    }
    const state = await seatState(ctx, loaded.data)
    return ok({ row: staffRows(state).find((r) => r.rowId === row._id)! })
  },
  async openContact(req, ctx) {
    const loaded = await loadManaged(ctx, req.id)
    if (!loaded.ok) return loaded
    const row = typeof req.rowId === 'string' ? await signUps(ctx).get(req.rowId) : null
    if (!row || row.activityId !== loaded.data._id) return fail('NOT_FOUND', '没有找到这条报名，可能已按规定删除')
    const purpose = typeof req.purpose === 'string' ? firstChars(req.purpose.trim(), PURPOSE_MAX) : ''
    // Logged before it is returned: no log entry, no contact.
    const entry = await audit(ctx, 'open_signup_contact', {
      detail: { activityId: row.activityId, rowId: row._id, purpose: purpose || null }
    })
    return ok({ ...toOpenedSignUpContact(row), loggedAt: entry.at })
  },
  async exportSignUps(req, ctx) {
    const loaded = await loadManaged(ctx, req.id)
    if (!loaded.ok) return loaded
    const state = await seatState(ctx, loaded.data)
    const rows = staffRows(state)
    await audit(ctx, 'export_signups', { detail: { activityId: loaded.data._id, rows: rows.length } })
    const day = chinaDate(Date.parse(loaded.data.startAt))
    return ok({ csv: signUpsCsv(rows), fileName: `活动报名-${day}.csv` })
  }
}
