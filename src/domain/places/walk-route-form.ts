// 儿童友好步行路线 as a district admin enters them (walk-routes.ts: what a route is and shows): the
// form, the points read from what was pasted — GeoJSON ([经度, 纬度], a LineString or a Feature or
// FeatureCollection holding one) or one "纬度,经度" per line — and the whole save checked, each error
// in Chinese beside its field.
import { findStreet } from '../streets'
import { charCount, visibleTextOf } from '../text'
import type { Checked, FieldError } from '../suggestions/validate'
import { isObj } from '../wire'
import { isClientId } from '../ids'
import { isInsideYuzhong } from './geo'
import { readDate } from './import-cells'
import type { LatLng } from './model'
import type { StaffWalkRoute, WalkRoute } from './walk-routes'

export const WALK_ROUTE_LIMITS = { name: 30, description: 200, source: 80, points: 500, pointsText: 60_000 }

/** What the admin's form holds (text, as typed or pasted). */
export interface WalkRouteForm {
  id: string
  name: string
  description: string
  street: string
  points: string
  hidden: boolean
  source: string
  verifiedOn: string
}

export type WalkRouteEdit = Pick<
  WalkRoute,
  '_id' | 'name' | 'description' | 'street' | 'points' | 'hidden' | 'source' | 'verifiedOn'
>

const round6 = (n: number) => Math.round(n * 1e6) / 1e6

/** A pair in either order: Yuzhong's latitude (~29.5) and longitude (~106.5) cannot be confused. */
function pointOf(a: number, b: number): LatLng | null {
  if (isInsideYuzhong(a, b)) return { latitude: round6(a), longitude: round6(b) }
  if (isInsideYuzhong(b, a)) return { latitude: round6(b), longitude: round6(a) }
  return null
}

/** The coordinates of a GeoJSON LineString, or of the one a Feature or FeatureCollection holds. */
function lineOf(json: unknown): unknown[] | string {
  if (!isObj(json)) return 'GeoJSON 应为一个对象'
  if (json.type === 'FeatureCollection') {
    const lines = Array.isArray(json.features)
      ? json.features.filter((f) => isObj(f) && isObj(f.geometry) && f.geometry.type === 'LineString')
      : []
    if (lines.length !== 1) return 'GeoJSON 里应当正好有一条线（LineString）'
    return lineOf(lines[0])
  }
  if (json.type === 'Feature') return lineOf(json.geometry)
  if (json.type !== 'LineString') return 'GeoJSON 里应当是一条线（LineString），不是点或面'
  return Array.isArray(json.coordinates) ? json.coordinates : 'GeoJSON 的 coordinates 应为坐标列表'
}

/**
 * The route's points from what the admin pasted: GeoJSON ([经度, 纬度] pairs, as GeoJSON writes
 * them) or one "纬度,经度" per line. Errors in Chinese name the line or point.
 */
export function parseRoutePoints(text: string): Checked<LatLng[]> {
  const fail = (message: string): Checked<LatLng[]> => ({ ok: false, errors: [{ field: 'points', message }] })
  const trimmed = text.trim()
  if (!trimmed) return fail('请粘贴路线的坐标（GeoJSON，或每行一个“纬度,经度”）')
  if (trimmed.length > WALK_ROUTE_LIMITS.pointsText) return fail('坐标太长了：请简化路线后再粘贴')
  let pairs: Array<[number, number, string]>
  if (trimmed.startsWith('{')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch {
      return fail('GeoJSON 格式有误，无法读取')
    }
    const coords = lineOf(json)
    if (typeof coords === 'string') return fail(coords)
    pairs = coords.map((c, i) =>
      Array.isArray(c) ? [Number(c[1]), Number(c[0]), `第 ${i + 1} 个点`] : [NaN, NaN, `第 ${i + 1} 个点`]
    )
  } else {
    pairs = trimmed
      .split(/\r?\n/)
      .map((line, i) => [line.trim(), i] as const)
      .filter(([line]) => line)
      .map(([line, i]) => {
        const parts = line.split(/[,，\s]+/).filter(Boolean)
        return parts.length === 2
          ? [Number(parts[0]), Number(parts[1]), `第 ${i + 1} 行`]
          : [NaN, NaN, `第 ${i + 1} 行`]
      })
  }
  const points: LatLng[] = []
  for (const [a, b, where] of pairs) {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return fail(`${where}不是“纬度,经度”两个数`)
    const p = pointOf(a, b)
    if (!p) return fail(`${where}不在渝中区内（${a}, ${b}）`)
    points.push(p)
  }
  if (points.length < 2) return fail('一条路线至少要有 2 个点')
  if (points.length > WALK_ROUTE_LIMITS.points) return fail(`一条路线最多 ${WALK_ROUTE_LIMITS.points} 个点，请简化`)
  return { ok: true, value: points }
}

/** Checks a save; `today` is China's date (chinaDate). */
export function validateWalkRoute(raw: unknown, today: string): Checked<WalkRouteEdit> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '没有要保存的内容' }] }
  const errors: FieldError[] = []
  const err = (field: keyof WalkRouteForm, message: string) => errors.push({ field, message })
  if (!isClientId(raw.id)) err('id', '路线编号无效，请重新打开页面')
  const name = visibleTextOf(raw.name)
  if (!name) err('name', '请填写路线名称，如“大井巷小学上学路”')
  else if (charCount(name) > WALK_ROUTE_LIMITS.name) err('name', `路线名称最多 ${WALK_ROUTE_LIMITS.name} 个字`)
  const description = visibleTextOf(raw.description)
  if (charCount(description) > WALK_ROUTE_LIMITS.description)
    err('description', `说明最多 ${WALK_ROUTE_LIMITS.description} 个字`)
  const street = visibleTextOf(raw.street)
  if (street && !findStreet(street)) err('street', '请选择一个渝中区的街道')
  const points = parseRoutePoints(typeof raw.points === 'string' ? raw.points : '')
  if (!points.ok) errors.push(...points.errors)
  if (raw.hidden !== undefined && typeof raw.hidden !== 'boolean') err('hidden', '“停用”应为是或否')
  const source = visibleTextOf(raw.source)
  if (!source) err('source', '请写明路线来源（如：区教委上学路规划、街道实地踏勘）')
  else if (charCount(source) > WALK_ROUTE_LIMITS.source) err('source', `来源最多 ${WALK_ROUTE_LIMITS.source} 个字`)
  const dateText = visibleTextOf(raw.verifiedOn)
  const date = dateText ? readDate(dateText, '核实日期') : { error: '请选择核实日期' }
  if (date.error) err('verifiedOn', date.error)
  else if (date.value && date.value > today) err('verifiedOn', `核实日期不能晚于今天（${today}）`)
  if (errors.length || !points.ok) return { ok: false, errors }
  return {
    ok: true,
    value: {
      _id: raw.id as string,
      name,
      description,
      ...(street ? { street } : {}),
      points: points.value,
      hidden: raw.hidden === true,
      source,
      verifiedOn: date.value as string
    }
  }
}

/** The form for a new route (its id made now) or filled from a stored one (source and date anew). */
export function walkRouteFormOf(
  r: WalkRoute | StaffWalkRoute | undefined,
  newId: string,
  today: string
): WalkRouteForm {
  return {
    id: r ? ('_id' in r ? r._id : r.id) : newId,
    name: r?.name ?? '',
    description: r?.description ?? '',
    street: r?.street ?? '',
    points: r ? r.points.map((p) => `${p.latitude},${p.longitude}`).join('\n') : '',
    hidden: r?.hidden ?? false,
    source: '',
    verifiedOn: today
  }
}
