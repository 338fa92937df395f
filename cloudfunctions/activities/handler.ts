// activities: staff publish, change and cancel activities in their area; parents sign a child up
// (a seat, or the waitlist when full), cancel, and see their own; staff see who signed up
// (masked; the whole contact in one logged step), mark attendance and export. What leaves goes
// through the allow-list projections of src/domain/activities/egress.ts.
import type { ActivityWithMine } from '../../src/domain/activities/api'
import type { PublicActivity } from '../../src/domain/activities/egress'
import { isListed, isOpenForSignUp, isThisWeek, type SignUp } from '../../src/domain/activities/model'
import { validateSignUp } from '../../src/domain/activities/validate'
import { fail, ok } from '../../src/domain/errors'
import { defineFunction, type Context } from '../../server/function'
import { MAX_LIMIT } from '../../server/adapters/repository'
import { activities, settle, signUpIdOf, signUps } from '../../server/services/activity-seats'
import { sendReminders } from './reminders'
import { staffHandlers } from './staff'
import { loadActivity, publicView, withMine } from './views'

/** The most a list answers: far more than a district publishes in the weeks ahead. */
const LIST_LIMIT = 200

/** The activity and the caller's own sign-up to it (absent when they never signed up). */
async function ownSignUp(ctx: Context, activityId: unknown) {
  const openid = ctx.caller.openid
  if (!openid) return fail<never>('UNAUTHENTICATED')
  const loaded = await loadActivity(ctx, activityId)
  if (!loaded.ok) return loaded
  const a = loaded.data
  const id = signUpIdOf(a._id, openid)
  return ok({ a, id, openid, existing: await signUps(ctx).get(id) })
}

export const activitiesFunction = defineFunction('activities', {
  async list(req, ctx) {
    const now = ctx.now().getTime()
    const placeId = typeof req.placeId === 'string' && req.placeId ? req.placeId : null
    const found = await activities(ctx).find(
      { endAt: { $gt: ctx.now().toISOString() }, ...(placeId ? { 'place.placeId': placeId } : {}) },
      { orderBy: [['startAt', 'asc']], limit: LIST_LIMIT }
    )
    const chosen = found.filter((a) => isListed(a, now) && (!req.week || isThisWeek(a, now)))
    const items: PublicActivity[] = []
    for (const a of chosen) items.push(await publicView(ctx, a))
    return ok({ items })
  },
  async get(req, ctx) {
    const loaded = await loadActivity(ctx, req.id)
    if (!loaded.ok) return loaded
    return ok(await withMine(ctx, loaded.data))
  },
  async signUp(req, ctx) {
    const own = await ownSignUp(ctx, req.activityId)
    if (!own.ok) return own
    const { a, id, existing, openid } = own.data
    // A retry (or a second tap) finds the sign-up it made and answers it: one sign-up, never two.
    if (existing?.state === 'active') return ok({ ...(await withMine(ctx, a, await settle(ctx, a))), replayed: true })
    const now = ctx.now()
    if (!isOpenForSignUp(a, now.getTime()))
      return fail('VALIDATION', a.status === 'cancelled' ? '这个活动已取消' : '活动已经开始，不能再报名了')
    const checked = validateSignUp(req, a)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const row: SignUp = {
      _id: id,
      activityId: a._id,
      userId: openid,
      ...checked.value,
      state: 'active',
      signedAt: now.toISOString(),
      activityEndAt: a.endAt
    }
    // A sign-up again after cancelling goes to the end of the line (a new signedAt).
    if (existing) await signUps(ctx).put(row)
    else if ((await signUps(ctx).insert(row)) === 'exists')
      return ok({ ...(await withMine(ctx, a, await settle(ctx, a))), replayed: true })
    return ok({ ...(await withMine(ctx, a, await settle(ctx, a))), replayed: false })
  },
  async cancelSignUp(req, ctx) {
    const own = await ownSignUp(ctx, req.activityId)
    if (!own.ok) return own
    const { a, id, existing } = own.data
    if (!existing) return fail('NOT_FOUND', '你没有报名这个活动')
    if (existing.state === 'active') {
      if (!isOpenForSignUp(a, ctx.now().getTime()) && a.status !== 'cancelled')
        return fail('VALIDATION', '活动已经开始，不能再取消报名了')
      await signUps(ctx).update(id, { state: 'cancelled', cancelledAt: ctx.now().toISOString() })
    }
    // The seat goes to the first on the waitlist (also on a retry whose first try died before).
    return ok(await withMine(ctx, a, await settle(ctx, a)))
  },
  async mine(_req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const rows = await signUps(ctx).find({ userId: openid }, { orderBy: [['signedAt', 'desc']], limit: MAX_LIMIT })
    const items: ActivityWithMine[] = []
    for (const r of rows) {
      const a = await activities(ctx).get(r.activityId)
      if (a) items.push(await withMine(ctx, a))
    }
    // Coming first (soonest first), then those that ended (latest first).
    const now = ctx.now().toISOString()
    items.sort((x, y) => {
      const xc = x.activity.endAt > now
      const yc = y.activity.endAt > now
      if (xc !== yc) return xc ? -1 : 1
      return xc
        ? x.activity.startAt.localeCompare(y.activity.startAt)
        : y.activity.startAt.localeCompare(x.activity.startAt)
    })
    return ok({ items })
  },
  /** The timer's day-before reminders (reminders.ts); refused to a caller with an account. */
  async sendReminders(_req, ctx) {
    return sendReminders(ctx)
  },
  ...staffHandlers
})
