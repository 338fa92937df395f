import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { WALK_ROUTE } from '../../../tests/fixtures/places'
import type { StaffWalkRoute } from '../../domain/places/walk-routes'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import WalkRoutesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const GEOJSON = JSON.stringify({
  type: 'LineString',
  coordinates: WALK_ROUTE.points.map((p) => [p.longitude, p.latitude])
})
const stored = (over: Partial<StaffWalkRoute> = {}): StaffWalkRoute => ({
  ...WALK_ROUTE,
  hidden: false,
  updatedAt: '2026-12-07T02:00:00.000Z',
  updatedByName: '示例区管理员',
  ...over
})

const asRole = (role: 'district_admin' | 'street_admin') => ({
  whoami: answer('user', 'whoami', whoAmIAs(role))
})

describe('儿童友好路线 (staff)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null })
  })

  it('a district admin pastes a GeoJSON line, is told what was read, and saves it with its source', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      user: asRole('district_admin'),
      places: {
        staffWalkRoutes: answer('places', 'staffWalkRoutes', { routes: [] }),
        saveWalkRoute: (req) =>
          ++attempts === 1
            ? failure('VALIDATION', '核实日期不能晚于今天（2026-12-07）', 'verifiedOn')
            : answer('places', 'saveWalkRoute', {
                route: stored({ source: String((req.route as { source: string }).source) })
              })
      }
    })
    const u = new TestUtils()
    await u.mount(WalkRoutesPage, {})
    await waitUntil(() => text().includes('还没有录入路线'), 'the empty list')
    await click(u, document.querySelector('.walk-routes__new'))
    await type(u, '.route-fields__name', '大井巷上学路（示例）')
    await type(u, '.route-fields__points', GEOJSON)
    expect(document.querySelector('.route-fields__read')?.textContent).toBe('读到 3 个点，全长约 210 米')
    await click(u, document.querySelector('.walk-routes__save'))
    expect(text()).toContain('请写明路线来源')
    expect(requestsTo(mockedCall, 'places', 'saveWalkRoute')).toEqual([])
    await type(u, '.route-fields__source', '街道实地踏勘（示例）')
    await click(u, document.querySelector('.walk-routes__save'))
    await waitUntil(() => text().includes('核实日期不能晚于今天'), 'the server’s refusal beside the date')
    expect(document.querySelector('.verified-on .field-error')?.textContent).toContain('核实日期')
    await click(u, document.querySelector('.walk-routes__save'))
    await waitUntil(() => document.querySelector('.walk-route'), 'the saved route')
    const [first, second] = requestsTo(mockedCall, 'places', 'saveWalkRoute') as Array<{ route: { id: string } }>
    // The form's id was made when it opened: a retry lands on the same route.
    expect(second.route.id).toBe(first.route.id)
    expect(second.route).toMatchObject({
      name: '大井巷上学路（示例）',
      points: GEOJSON,
      source: '街道实地踏勘（示例）'
    })
    expect(document.querySelector('.walk-route')?.textContent).toContain('3 个点，全长约 210 米')
  })

  it('修改 fills the form from a stored route; the source is asked anew', async () => {
    stubCloud(mockedCall, {
      user: asRole('district_admin'),
      places: { staffWalkRoutes: answer('places', 'staffWalkRoutes', { routes: [stored({ hidden: true })] }) }
    })
    const u = new TestUtils()
    await u.mount(WalkRoutesPage, {})
    await waitUntil(() => document.querySelector('.walk-route__edit'), 'the stored route')
    expect(document.querySelector('.walk-route')?.textContent).toContain('已停用')
    await click(u, document.querySelector('.walk-route__edit'))
    const value = (selector: string) => (document.querySelector(selector) as HTMLInputElement | null)?.value
    await waitUntil(() => value('.route-fields__name input') === '大井巷上学路（示例）', 'the stored name in the form')
    expect(document.querySelector('.route-fields__read')?.textContent).toBe('读到 3 个点，全长约 210 米')
    expect(value('.route-fields__source input')).toBe('')
  })

  it('tells anyone but a district admin who keeps the routes, with no form and nothing asked', async () => {
    stubCloud(mockedCall, { user: asRole('street_admin') })
    const u = new TestUtils()
    await u.mount(WalkRoutesPage, {})
    await waitUntil(() => text().includes('只有区级管理员可以录入和修改儿童友好路线'), 'the refusal')
    expect(document.querySelector('.walk-routes__new')).toBeNull()
    expect(requestsTo(mockedCall, 'places', 'staffWalkRoutes')).toEqual([])
  })
})
