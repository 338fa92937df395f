/**
 * The map tab on the built app: the map's context is made in the scope the map is in, and
 * clustering starts once the map reports it has rendered; its buttons are under it, not over it,
 * so they stay when the map cannot draw (same-layer rendering failed).
 */
import { CONFIRMED_PLACES } from '../../src/domain/places'
import { newDevice, type Device } from './device'
import { bootApp, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(20000)

function boot(device: Device) {
  const context = { initMarkerCluster: jest.fn(), getRegion: jest.fn(), moveToLocation: jest.fn() }
  const createMapContext = jest.fn(() => context)
  bootApp({
    device,
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = async (o: { name: string }) => ({
        result: {
          ok: true,
          data:
            o.name !== 'places'
              ? { items: [] }
              : {
                  places: CONFIRMED_PLACES,
                  total: CONFIRMED_PLACES.length,
                  page: 1,
                  pageSize: 100,
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

  it('a map that cannot draw says so, and its buttons are still there', async () => {
    const device = newDevice()
    device.map.fails = true
    boot(device)
    const page = renderPage('pages/map/index')
    await waitForText(page, '地图没有显示出来，下面的列表照常可用。')
    tap(page, '.place-map__recentre')
    await waitForText(page, '我的位置')
  })
})
