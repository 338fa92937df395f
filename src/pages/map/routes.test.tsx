// 儿童友好步行路线 on the map tab: an entered route is drawn as a line on the plane (the browser
// build's map) and listed under the map with its length, words and source; none entered, nothing.
import TestUtils from '@tarojs/test-utils-react'
import { cardNames, listAnswer, resetPlaceStores, WALK_ROUTE, walkRoutesAnswer } from '../../../tests/fixtures/places'
import { stubCloud } from '../../../tests/setup/cloud-stub'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { scrollToTop } from '../../services/page-scroll'
import { click } from '../../../tests/setup/interact'
import MapPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/location', () => require('../../../tests/setup/location-mock'))
jest.mock('../../services/page-scroll', () => ({ scrollToTop: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

describe('map tab: child-friendly walking routes', () => {
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
  })

  it('draws an entered route on the map and lists it with its length, words and source', async () => {
    stubCloud(mockedCall, { places: { walkRoutes: walkRoutesAnswer([WALK_ROUTE]), list: listAnswer() } })
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => document.querySelector('.walk-route-list__name'), 'the route under the map')
    expect(document.querySelector('.walk-route-list__name')?.textContent).toBe('大井巷上学路（示例） · 全长约 210 米')
    expect(document.querySelector('.walk-route-list__source')?.textContent).toBe(
      '来源：街道实地踏勘（示例）（2026-12-01 核实）'
    )
    // Two segments between its three points, on the plane around 解放碑.
    await waitUntil(() => document.querySelectorAll('.place-plane__route').length === 2, 'the line on the plane')
    const widths = Array.from(document.querySelectorAll<HTMLElement>('.place-plane__route')).map((s) =>
      parseFloat(s.style.width)
    )
    expect(widths.every((w) => w > 0)).toBe(true)
  })

  it('a route tapped in the list is framed on the map, and the page goes up to it', async () => {
    stubCloud(mockedCall, { places: { walkRoutes: walkRoutesAnswer([WALK_ROUTE]), list: listAnswer() } })
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => document.querySelectorAll('.place-plane__route').length === 2, 'the line on the plane')
    const length = () =>
      Array.from(document.querySelectorAll<HTMLElement>('.place-plane__route')).reduce(
        (n, s) => n + parseFloat(s.style.width),
        0
      )
    const before = length()
    const button = document.querySelector('.walk-route-list__show')!
    expect(button.getAttribute('aria-label')).toBe('在地图上看 大井巷上学路（示例）')
    await click(u, button)
    // Framed: the 210 m line now spans most of the plane's width instead of a few pixels.
    await waitUntil(() => length() > before * 4, 'the route framed')
    expect(scrollToTop).toHaveBeenCalled()
    // Above the list of places, not after all of them.
    const sheet = document.querySelector('.map-page__sheet')!
    expect(sheet.querySelector('.walk-route-list')!.compareDocumentPosition(sheet.querySelector('.place-list')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING
    )
  })

  it('shows no route and no list when none has been entered', async () => {
    stubCloud(mockedCall, { places: { walkRoutes: walkRoutesAnswer(), list: listAnswer() } })
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => cardNames().some((n) => n.includes('示例托育园')), 'the cloud list')
    expect(document.querySelector('.walk-route-list')).toBeNull()
    expect(document.querySelectorAll('.place-plane__route')).toHaveLength(0)
  })
})
