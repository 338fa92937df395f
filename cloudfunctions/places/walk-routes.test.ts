// 儿童友好步行路线 on SQLite: a district admin saves a route (checked, with its source); anyone
// reads it for the map, never who saved it; sent again it is written and logged once; 停用 takes
// it off the map and keeps it for staff; nobody else may save or read the staff list.
import type { AuditEntry } from '../../server/services/audit'
import type { CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { seededFunction } from '../../tests/server/test-kit'
import { placesFunction } from './handler'

const DISTRICT = DEV_IDENTITIES.district.openid
const STREET = DEV_IDENTITIES.street.openid
const route = (over: Record<string, unknown> = {}) => ({
  id: 'route-form-0001',
  name: '大井巷上学路',
  description: '从大井巷社区到小学门口。',
  street: '500103003',
  points: '29.5585,106.5775\n29.5579,106.5782\n29.5572,106.579',
  hidden: false,
  source: '街道实地踏勘（示例）',
  verifiedOn: '2026-11-27',
  ...over
})

describe('walk routes (SQLite)', () => {
  const k = seededFunction(placesFunction as CloudFunction<FunctionName>, '2026-11-28T02:00:00.000Z')
  const { call, data } = k
  const audits = () => k.repo.collection<AuditEntry>('audit_log').find({ kind: 'save_walk_route' })

  it('a district admin saves a route; anyone reads it for the map, never who saved it; once when sent twice', async () => {
    expect(await data(null, 'walkRoutes')).toEqual({ routes: [] })
    const saved = await data(DISTRICT, 'saveWalkRoute', { route: route() })
    expect(saved.route).toMatchObject({ id: 'route-form-0001', name: '大井巷上学路', hidden: false })
    expect(saved.route.points).toHaveLength(3)
    expect(await data(DISTRICT, 'saveWalkRoute', { route: route() })).toEqual(saved)
    expect(await audits()).toHaveLength(1)
    const { routes } = await data(DEV_IDENTITIES.citizen.openid, 'walkRoutes')
    expect(routes).toEqual([
      {
        id: 'route-form-0001',
        name: '大井巷上学路',
        description: '从大井巷社区到小学门口。',
        street: '500103003',
        points: saved.route.points,
        source: '街道实地踏勘（示例）',
        verifiedOn: '2026-11-27'
      }
    ])
    expect(JSON.stringify(routes)).not.toContain(DISTRICT)
  })

  it('停用 takes it off the map and keeps it for staff; a change is logged again', async () => {
    await data(DISTRICT, 'saveWalkRoute', { route: route() })
    k.advance(60_000)
    await data(DISTRICT, 'saveWalkRoute', { route: route({ hidden: true, source: '路口改造，暂停使用' }) })
    expect((await data(null, 'walkRoutes')).routes).toEqual([])
    const staff = await data(DISTRICT, 'staffWalkRoutes')
    expect(staff.routes).toMatchObject([{ id: 'route-form-0001', hidden: true, source: '路口改造，暂停使用' }])
    expect(await audits()).toHaveLength(2)
  })

  it('refuses bad input with its field, and anyone but a district admin', async () => {
    expect(await call(DISTRICT, 'saveWalkRoute', { route: route({ points: '29.5585,106.5775\n39.9,116.4' }) })).toEqual(
      {
        ok: false,
        error: { code: 'VALIDATION', message: '第 2 行不在渝中区内（39.9, 116.4）', field: 'points' }
      }
    )
    expect(await call(DISTRICT, 'saveWalkRoute', { route: route({ verifiedOn: '2026-11-29' }) })).toMatchObject({
      ok: false,
      error: { field: 'verifiedOn' }
    })
    for (const who of [STREET, DEV_IDENTITIES.citizen.openid, null]) {
      expect(await call(who, 'saveWalkRoute', { route: route() })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' }
      })
      expect(await call(who, 'staffWalkRoutes')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await audits()).toEqual([])
  })
})
