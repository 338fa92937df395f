import { parseRoutePoints, validateWalkRoute, walkRouteFormOf } from './walk-route-form'
import { lengthLabel, routeLengthM, toPublicWalkRoute, WALK_ROUTE_FIELDS, type WalkRoute } from './walk-routes'

// Three points along 民生路 near 解放碑 (GCJ-02).
const LINE = [
  [106.5775, 29.5585],
  [106.5782, 29.5579],
  [106.579, 29.5572]
]
const TODAY = '2026-12-07'
const form = (over: Record<string, unknown> = {}) => ({
  id: 'route-form-0001',
  name: '大井巷上学路',
  description: '从大井巷社区到小学门口，沿人行道走，过一处有信号灯的路口。',
  street: '500103003',
  points: JSON.stringify({ type: 'LineString', coordinates: LINE }),
  hidden: false,
  source: '街道实地踏勘（示例）',
  verifiedOn: '2026-12-01',
  ...over
})

describe('walk routes: what an admin pastes', () => {
  it('reads GeoJSON as [经度, 纬度] — a LineString, a Feature, a FeatureCollection with one line', () => {
    const expected = LINE.map(([lng, lat]) => ({ latitude: lat, longitude: lng }))
    const line = { type: 'LineString', coordinates: LINE }
    expect(parseRoutePoints(JSON.stringify(line))).toEqual({ ok: true, value: expected })
    expect(parseRoutePoints(JSON.stringify({ type: 'Feature', properties: {}, geometry: line }))).toEqual({
      ok: true,
      value: expected
    })
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: LINE[0] } },
        { type: 'Feature', geometry: line }
      ]
    }
    expect(parseRoutePoints(JSON.stringify(collection))).toEqual({ ok: true, value: expected })
  })

  it('reads one point a line, 纬度,经度 or the other way round (Yuzhong cannot confuse them)', () => {
    const r = parseRoutePoints('29.5585,106.5775\n\n106.5782，29.5579\n29.5572 106.579')
    expect(r).toEqual({
      ok: true,
      value: [
        { latitude: 29.5585, longitude: 106.5775 },
        { latitude: 29.5579, longitude: 106.5782 },
        { latitude: 29.5572, longitude: 106.579 }
      ]
    })
  })

  it('says in Chinese what is wrong, naming the line or point', () => {
    const message = (text: string) => {
      const r = parseRoutePoints(text)
      return r.ok ? null : r.errors[0].message
    }
    expect(message('')).toMatch(/请粘贴路线的坐标/)
    expect(message('{"type":')).toBe('GeoJSON 格式有误，无法读取')
    expect(message(JSON.stringify({ type: 'Point', coordinates: LINE[0] }))).toMatch(/一条线/)
    expect(message('29.5585,106.5775\n29.5579')).toBe('第 2 行不是“纬度,经度”两个数')
    expect(message('29.5585,106.5775\n39.9,116.4')).toBe('第 2 行不在渝中区内（39.9, 116.4）')
    expect(message('29.5585,106.5775')).toBe('一条路线至少要有 2 个点')
    const many = Array.from({ length: 501 }, (_, i) => `29.55${String(i).padStart(3, '0')},106.57`).join('\n')
    expect(message(many)).toMatch(/最多 500 个点/)
  })

  it('measures the route along its points', () => {
    const points = LINE.map(([lng, lat]) => ({ latitude: lat, longitude: lng }))
    const m = routeLengthM(points)
    expect(m).toBeGreaterThan(150)
    expect(m).toBeLessThan(250)
    expect(lengthLabel(847)).toBe('约 850 米')
    expect(lengthLabel(1240)).toBe('约 1.2 公里')
  })
})

describe('walk routes: a save', () => {
  it('is checked whole: name, street, points, source and a date not after today', () => {
    const ok = validateWalkRoute(form(), TODAY)
    expect(ok).toMatchObject({ ok: true, value: { _id: 'route-form-0001', name: '大井巷上学路', hidden: false } })
    const bad = validateWalkRoute(
      form({ id: 'x', name: '', street: '123', points: '1,2\n3,4', source: '', verifiedOn: '2026-12-08' }),
      TODAY
    )
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual([
      'id',
      'name',
      'street',
      'points',
      'source',
      'verifiedOn'
    ])
    expect(validateWalkRoute(null, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'form' }] })
  })

  it('fills the form again from a stored route, keeping its id; source and date asked anew', () => {
    const checked = validateWalkRoute(form(), TODAY)
    if (!checked.ok) throw new Error('the form is valid')
    const stored: WalkRoute = {
      ...checked.value,
      updatedAt: '2026-12-01T02:00:00.000Z',
      updatedBy: 'o-admin',
      updatedByName: '区管理员'
    }
    const again = walkRouteFormOf(stored, 'route-form-new1', TODAY)
    expect(again).toMatchObject({ id: 'route-form-0001', name: '大井巷上学路', source: '', verifiedOn: TODAY })
    expect(validateWalkRoute({ ...again, source: '复核' }, TODAY)).toMatchObject({
      ok: true,
      value: { points: stored.points }
    })
    expect(walkRouteFormOf(undefined, 'route-form-new1', TODAY)).toMatchObject({ id: 'route-form-new1', points: '' })
    // Citizens see the route and where it came from, never who saved it or that it is switched off.
    const shown = toPublicWalkRoute(stored)
    expect(Object.keys(shown).sort()).toEqual(
      Object.keys(WALK_ROUTE_FIELDS)
        .filter((k) => (WALK_ROUTE_FIELDS[k as keyof WalkRoute] as readonly string[]).includes('public'))
        .map((k) => (k === '_id' ? 'id' : k))
        .sort()
    )
    expect(JSON.stringify(shown)).not.toContain('o-admin')
  })
})
