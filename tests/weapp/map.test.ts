/**
 * The map tab on the built app: the map's context is made in the scope the map is in, and
 * clustering starts once the map reports it has rendered; its buttons are under it, not over it,
 * so they stay when the map cannot draw (same-layer rendering failed); a child-friendly route is
 * listed under the map (the line itself is <map>'s polyline, which the simulator does not draw).
 */
import { CONFIRMED_PLACES, GROUP_MARKER_BASE, type Place } from '../../src/domain/places'
import type { PublicWalkRoute } from '../../src/domain/places/walk-routes'
import { generatePlaces } from '../fixtures/places/generate'
import { newDevice, type Device } from './device'
import { bootApp, renderPage, tap, teardownApp, typeInto, until, waitForText } from './harness'

interface SentMarker {
  id: number
  joinCluster: boolean
  label?: { content: string }
}

jest.setTimeout(20000)

type Region = { southwest: { latitude: number; longitude: number }; northeast: { latitude: number; longitude: number } }

function boot(
  device: Device,
  places: readonly Place[] = CONFIRMED_PLACES,
  routes: PublicWalkRoute[] = [],
  /** What the map answers getRegion with (none: it never answers, as a map still drawing). */
  region?: Region
) {
  const context = {
    initMarkerCluster: jest.fn(),
    getRegion: jest.fn((o: { success: (r: Region) => void }) => (region ? o.success(region) : undefined)),
    moveToLocation: jest.fn(),
    includePoints: jest.fn()
  }
  const createMapContext = jest.fn(() => context)
  bootApp({
    device,
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = async (o: { name: string; data: { action: string } }) => ({
        result: {
          ok: true,
          data:
            o.name !== 'places'
              ? { items: [] }
              : o.data.action === 'walkRoutes'
                ? { routes }
                : {
                    places,
                    total: places.length,
                    page: 1,
                    pageSize: places.length,
                    hasMore: false,
                    dataVersion: 'v1'
                  }
        }
      })
      wx.createMapContext = createMapContext
    }
  })
  return { context, createMapContext }
}

describe('the map tab on a phone', () => {
  afterEach(teardownApp)

  it('clusters once the map has rendered, through a context found in the map’s own scope', async () => {
    const device = newDevice()
    const { context, createMapContext } = boot(device)
    const page = renderPage('pages/map/index')
    await until(() => context.initMarkerCluster.mock.calls.length > 0, 'clustering')
    expect(createMapContext).toHaveBeenCalledTimes(1)
    expect(context.initMarkerCluster).toHaveBeenCalledWith(expect.objectContaining({ enableDefaultStyle: true }))
    expect(device.violations).toEqual([])
    // The buttons are not children of the map.
    expect(page.querySelector('.place-map__recentre')).not.toBeNull()
    expect(page.querySelector('.place-map .place-map__recentre')).toBeNull()
  })

  it('lists a child-friendly route under the map in the WeChat build', async () => {
    const device = newDevice()
    const points = [
      { latitude: 29.5585, longitude: 106.5775 },
      { latitude: 29.5579, longitude: 106.5782 }
    ]
    const route = {
      id: 'route-1',
      name: '上学路（示例）',
      description: '',
      points,
      source: '示例',
      verifiedOn: '2026-12-01'
    }
    boot(device, CONFIRMED_PLACES, [route])
    const page = renderPage('pages/map/index')
    await waitForText(page, '上学路（示例） · 全长约 100 米')
    await waitForText(page, '来源：示例（2026-12-01 核实）')
    expect(device.violations).toEqual([])
  })

  it('a map that cannot draw says so, and its buttons are still there', async () => {
    const device = newDevice()
    device.map.fails = true
    boot(device)
    const page = renderPage('pages/map/index')
    await waitForText(page, '地图没有显示出来，下面的列表照常可用。')
    tap(page, '.place-map__recentre')
    await waitForText(page, '我的位置')
  })

  it('with more places in range than markers, counts every one in groups, and a tap on a group zooms to it', async () => {
    const device = newDevice()
    const { context } = boot(device, generatePlaces(10_000, 2026))
    const page = renderPage('pages/map/index')
    // The map renders inside its CustomWrapper a moment after the page.
    const map = () =>
      page.querySelector('.place-map') as unknown as {
        _exparserNode: { data: { markers: SentMarker[] } }
        dispatchEvent(name: string, detail: object): void
      } | null
    const sent = () => map()?._exparserNode.data.markers ?? []
    await until(() => sent().some((m) => m.id >= GROUP_MARKER_BASE), 'grouped markers', 15000)
    // A tap zooms through the map's context, made once the map reports it has drawn (onUpdated):
    // a tap before that centres the map instead, as on a phone whose map is still coming up.
    await until(() => context.initMarkerCluster.mock.calls.length > 0, 'the map context', 15000)
    const markers = sent()
    const counted = markers.reduce((n, m) => n + (m.id >= GROUP_MARKER_BASE ? Number(m.label?.content) : 1), 0)
    // More places than markers, and none dropped into WeChat's clusters to be counted as one.
    expect(markers.length).toBeLessThanOrEqual(150)
    expect(counted).toBeGreaterThan(markers.length)
    expect(markers.every((m) => !m.joinCluster)).toBe(true)
    const group = markers.find((m) => m.id >= GROUP_MARKER_BASE)!
    map()!.dispatchEvent('markertap', { detail: { markerId: group.id } })
    // 10,000 places: on a loaded 2-core CI machine the tap's regrouping took longer than the default 8 s once.
    await until(() => context.includePoints.mock.calls.length > 0, 'the zoom to the group', 15000)
    expect(device.violations).toEqual([])
  })

  it('frames a search’s results and, when the search is cancelled, goes back to the region from before', async () => {
    const device = newDevice()
    const region = {
      southwest: { latitude: 29.54, longitude: 106.55 },
      northeast: { latitude: 29.57, longitude: 106.59 }
    }
    const { context } = boot(device, CONFIRMED_PLACES, [], region)
    const page = renderPage('pages/map/index')
    await until(() => context.initMarkerCluster.mock.calls.length > 0, 'the map context', 15000)
    await until(() => context.getRegion.mock.calls.length > 0, 'the region read')
    tap(page, '.map-page__search-toggle')
    await until(() => Boolean(page.querySelector('.map-page__search')), 'the search field')
    typeInto(page, '.map-page__search .ui-field__input', CONFIRMED_PLACES[0].name)
    await until(() => context.includePoints.mock.calls.length === 1, 'the results framed')
    tap(page, '.map-page__search-toggle')
    await until(() => context.includePoints.mock.calls.length === 2, 'the region from before')
    const [back] = context.includePoints.mock.calls[1] as unknown as [{ points: unknown[] }]
    // The two corners of the region the map showed before the search: not the result framed.
    expect(back.points).toEqual([region.southwest, region.northeast])
    expect(device.violations).toEqual([])
  })
})
