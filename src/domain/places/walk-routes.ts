// 儿童友好步行路线 (上学路, 公园路线): a line on the map with its name and what it is, entered by a
// district admin with its source and the date it was checked, as any place fix. The district
// publishes no routes we could bundle: nothing shows until an admin enters one. Points are GCJ-02,
// as every point on the map; each lies in Yuzhong. An admin edits a route by saving it again under
// its id, and takes it off the map with 停用 (kept for the record, shown to staff only). What they
// paste and how a save is checked: walk-route-form.ts, apart so the map tab (main package) does
// not carry it.
import { distanceM } from './geo'
import type { LatLng } from './model'

export interface WalkRoute {
  /** The id the admin's form made when it opened: a save sent again lands on the same route. */
  _id: string
  name: string
  description: string
  /** The street it is in, when it keeps to one (a filter for staff; never required). */
  street?: string
  points: LatLng[]
  /** 停用: off the map, kept for the record. */
  hidden: boolean
  source: string
  verifiedOn: string
  updatedAt: string
  updatedBy: string
  updatedByName: string
}

/** The route's length along its points, in metres. */
export function routeLengthM(points: readonly LatLng[]): number {
  let m = 0
  for (let i = 1; i < points.length; i++) m += distanceM(points[i - 1], points[i])
  return Math.round(m)
}

/** 约 850 米 / 约 1.2 公里 */
export function lengthLabel(m: number): string {
  return m < 1000 ? `约 ${Math.round(m / 10) * 10} 米` : `约 ${(m / 1000).toFixed(1)} 公里`
}

/**
 * How WeChat's <map> draws a route (its polyline takes colours, not CSS variables): green with a
 * white edge, readable over streets and parks in either mode; the plane uses --color-map-route.
 */
export const ROUTE_LINE = { color: '#15803dE6', width: 6, borderColor: '#ffffffCC', borderWidth: 2 } as const

/** The routes as WeChat's map polyline option. */
export function routePolylines(routes: ReadonlyArray<Pick<PublicWalkRoute, 'points'>>) {
  return routes.map((r) => ({ points: r.points.map((p) => ({ ...p })), ...ROUTE_LINE }))
}

export const WALK_ROUTE_EGRESS = {
  public: 'the map anyone sees (places.walkRoutes)',
  staff: 'the staff page of routes, who saved each (places.staffWalkRoutes, saveWalkRoute)'
} as const
export type WalkRouteEgress = keyof typeof WALK_ROUTE_EGRESS

export const WALK_ROUTE_FIELDS = {
  _id: ['public', 'staff'],
  name: ['public', 'staff'],
  description: ['public', 'staff'],
  street: ['public', 'staff'],
  points: ['public', 'staff'],
  hidden: ['staff'],
  source: ['public', 'staff'],
  verifiedOn: ['public', 'staff'],
  updatedAt: ['staff'],
  updatedBy: [],
  updatedByName: ['staff']
} as const satisfies Record<keyof WalkRoute, readonly WalkRouteEgress[]>

export interface PublicWalkRoute {
  id: string
  name: string
  description: string
  street?: string
  points: LatLng[]
  source: string
  verifiedOn: string
}

export interface StaffWalkRoute extends PublicWalkRoute {
  hidden: boolean
  updatedAt: string
  updatedByName: string
}

export function toPublicWalkRoute(r: WalkRoute): PublicWalkRoute {
  return {
    id: r._id,
    name: r.name,
    description: r.description,
    ...(r.street ? { street: r.street } : {}),
    points: r.points.map((p) => ({ latitude: p.latitude, longitude: p.longitude })),
    source: r.source,
    verifiedOn: r.verifiedOn
  }
}

export function toStaffWalkRoute(r: WalkRoute): StaffWalkRoute {
  return { ...toPublicWalkRoute(r), hidden: r.hidden, updatedAt: r.updatedAt, updatedByName: r.updatedByName }
}
