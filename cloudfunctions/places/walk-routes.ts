// 儿童友好步行路线 in the places function (the rules: src/domain/places/walk-routes.ts). Anyone
// reads the routes on the map; district admins read all (停用 too) and save. A save sent again
// finds the route as asked and is answered with it; the audit entry is written first, keyed by
// the route as it was, so a call that dies in between is logged once by its retry.
import { chinaDate } from '../../src/domain/clock'
import { fail, ok } from '../../src/domain/errors'
import { validateWalkRoute, type WalkRouteEdit } from '../../src/domain/places/walk-route-form'
import { toPublicWalkRoute, toStaffWalkRoute, type WalkRoute } from '../../src/domain/places/walk-routes'
import { can } from '../../src/domain/staff/permissions'
import { holdsAll } from '../../src/domain/wire'
import { audit, staffName } from '../../server/services/audit'
import type { Context, Handlers } from '../../server/function'

const NOT_ADMIN = '只有区级管理员可以修改儿童友好路线'
/** Far more than a district draws; the list is read whole. */
const ROUTES_LIMIT = 200

const walkRoutes = (ctx: Context) => ctx.repo.collection<WalkRoute>('walk_routes')

async function allRoutes(ctx: Context): Promise<WalkRoute[]> {
  const stored = await walkRoutes(ctx).find({}, { limit: ROUTES_LIMIT })
  return stored.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a._id.localeCompare(b._id))
}

const EDITED: ReadonlyArray<keyof WalkRouteEdit> = [
  'name',
  'description',
  'street',
  'points',
  'hidden',
  'source',
  'verifiedOn'
]

type WalkRouteHandlers = Pick<Handlers<'places'>, 'walkRoutes' | 'staffWalkRoutes' | 'saveWalkRoute'>

export const walkRouteHandlers: WalkRouteHandlers = {
  async walkRoutes(_req, ctx) {
    const routes = (await allRoutes(ctx)).filter((r) => !r.hidden)
    return ok({ routes: routes.map(toPublicWalkRoute) })
  },

  async staffWalkRoutes(_req, ctx) {
    if (!can(ctx.caller, 'correctPlaces')) return fail('FORBIDDEN', NOT_ADMIN)
    return ok({ routes: (await allRoutes(ctx)).map(toStaffWalkRoute) })
  },

  async saveWalkRoute(req, ctx) {
    if (!can(ctx.caller, 'correctPlaces')) return fail('FORBIDDEN', NOT_ADMIN)
    const checked = validateWalkRoute(req.route, chinaDate(ctx.now().getTime()))
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const edit = checked.value
    const held = (await walkRoutes(ctx).get(edit._id)) ?? undefined
    if (held && holdsAll(held, edit, EDITED)) return ok({ route: toStaffWalkRoute(held) })
    const record: WalkRoute = {
      ...edit,
      updatedAt: ctx.now().toISOString(),
      updatedBy: ctx.caller.openid,
      updatedByName: staffName(ctx.caller)
    }
    await audit(
      ctx,
      'save_walk_route',
      { detail: { route: edit._id, source: edit.source, hidden: edit.hidden } },
      `${edit._id}:${held?.updatedAt ?? 'new'}`
    )
    await walkRoutes(ctx).put(record)
    return ok({ route: toStaffWalkRoute(record) })
  }
}
