import TestUtils from '@tarojs/test-utils-react'
import {
  ALL_PLACES,
  CHILDCARE,
  cardNames,
  listAnswer,
  placesCloud,
  resetPlaceStores
} from '../../../tests/fixtures/places'
import { deferred, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { ResponseOf } from '../../domain/cloud-api'
import type { CloudResult } from '../../domain/errors'
import { sortByDistance, toGcj02FromWgs84 } from '../../domain/places'
import { callCloud } from '../../services/cloud'
import { locate } from '../../services/location'
import { readCachedPlaces } from '../../services/places'
import { useIntentStore } from '../../stores/useIntentStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import MapPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/location', () => require('../../../tests/setup/location-mock'))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedLocate = locate as jest.MockedFunction<typeof locate>

const chip = (label: string) => byText('.place-filters__chip', label)

async function mountLoaded(u: TestUtils) {
  await u.mount(MapPage, {})
  await waitUntil(() => cardNames().some((n) => n.includes('示例托育园')), 'the cloud list')
}

describe('map tab', () => {
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
    stubCloud(mockedCall, placesCloud(listAnswer()))
    mockedLocate.mockReset()
  })

  it('shows the bundled places at once, then the cloud’s list, cached for offline use', async () => {
    const slow = deferred<CloudResult<ResponseOf<'places', 'list'>>>()
    stubCloud(
      mockedCall,
      placesCloud(() => slow.promise)
    )
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await u.queries.waitForQueryByText('附近的儿童服务')
    expect(cardNames()).toContain('重庆医科大学附属儿童医院(渝中院区)')
    expect(document.body.textContent).toContain('随小程序附带的已核实地点')
    await u.act(async () => slow.resolve(listAnswer()))
    await waitUntil(() => cardNames().length === ALL_PLACES.length, 'every place listed')
    expect(mockedCall).toHaveBeenCalledWith('places', { action: 'list', page: 1, pageSize: 100 })
    expect(requestsTo(mockedCall, 'places', 'list')).toEqual([{ page: 1, pageSize: 100 }])
    expect(document.body.textContent).toContain('标“示例”的是演示数据')
    expect(readCachedPlaces()?.places).toHaveLength(ALL_PLACES.length)
    // Without a position or a street, distances start at the district centre — never a dead end.
    expect(document.body.textContent).toContain('从渝中区中心（大致）算起')
    expect(mockedLocate).not.toHaveBeenCalled()
  })

  it('filters by category chip, open now and the childcare criteria', async () => {
    const u = new TestUtils()
    await mountLoaded(u)
    await click(u, chip('托育'))
    await waitUntil(() => cardNames().length === CHILDCARE.length, 'childcare only')
    expect(chip('托育')?.getAttribute('aria-checked')).toBe('true')
    expect(document.querySelectorAll('.place-card .place-badges__badge--demo')).toHaveLength(CHILDCARE.length)
    // The childcare criteria are folded away until asked for.
    expect(chip('普惠')).toBeUndefined()
    await click(u, document.querySelector('.place-filters__more'))

    await click(u, chip('普惠'))
    await waitUntil(() => cardNames().length === 2, '普惠 only')
    expect(cardNames().every((n) => /上清寺|大坪/.test(n))).toBe(true)
    await click(u, chip('已备案'))
    await waitUntil(() => cardNames().length === 1, '普惠 and 已备案')
    expect(cardNames()).toEqual(['示例托育园（上清寺 1）'])
    await click(u, chip('半日托'))
    expect(cardNames()).toEqual(['示例托育园（上清寺 1）'])
    await click(u, chip('6个月'))
    expect(cardNames()).toEqual(['示例托育园（上清寺 1）'])
    expect(document.querySelector('.place-filters__more')?.textContent).toContain(
      '托育筛选：半日托、6个月、普惠、已备案'
    )

    // Clearing the childcare criteria brings all three back; 公园 swaps the category.
    await click(u, document.querySelector('.place-filters__clear'))
    await waitUntil(() => cardNames().length === CHILDCARE.length, 'criteria cleared')
    await click(u, chip('公园'))
    await waitUntil(() => cardNames().length === 5, 'five parks')
    expect(document.querySelector('.place-filters__childcare')).toBeNull()
  })

  it('has one row of filter chips that scrolls sideways, with 现在开放 on it', async () => {
    const u = new TestUtils()
    await mountLoaded(u)
    const rows = document.querySelectorAll('.place-filters__scroll')
    expect(rows).toHaveLength(1)
    const labels = Array.from(rows[0].querySelectorAll('.place-filters__chip')).map((c) => c.textContent)
    expect(labels).toEqual([
      '✓ 全部',
      '托育',
      '儿童之家',
      '儿童医院',
      '医院',
      '公园',
      '图书馆',
      '博物馆',
      '活动空间',
      '母婴室',
      '现在开放'
    ])
    // 现在开放 is a check box beside the categories' radio group, not one of its radios.
    expect(chip('现在开放')?.closest('[aria-role="radiogroup"], [role="radiogroup"]')).toBeNull()
  })

  it('a chosen category shrinks the map so the list starts sooner, until the user chooses a size', async () => {
    const u = new TestUtils()
    await mountLoaded(u)
    const compact = () => document.querySelector('.place-plane')!.classList.contains('place-plane--compact')
    const handle = () => document.querySelector('.map-page__handle')!
    expect(compact()).toBe(false)
    await click(u, chip('托育'))
    expect(compact()).toBe(true)
    expect(handle().textContent).toContain('地图变大')
    await click(u, handle())
    expect(compact()).toBe(false)
    // The user's choice stays when the category changes.
    await click(u, chip('公园'))
    expect(compact()).toBe(false)
  })

  it('"现在开放" keeps only places open at this moment (unknown hours never count as open)', async () => {
    // Tuesday 2026-03-10 10:00 in Chongqing: the weekday childcare and the parks are open.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-10T02:00:00Z'))
    try {
      const u = new TestUtils()
      await mountLoaded(u)
      await click(u, chip('现在开放'))
      expect(chip('现在开放')?.textContent).toContain('✓')
      expect(cardNames().sort()).toEqual(
        ['枇杷山公园', '重庆市少年儿童图书馆', '鹅岭公园', ...CHILDCARE.map((p) => p.name)].sort()
      )
      expect(document.querySelector('.place-card')?.textContent).toContain('营业中')
    } finally {
      jest.restoreAllMocks()
    }
  })

  it('with the user’s position, lists the nearest first', async () => {
    // Next to 解放碑 (browser WGS-84, converted once in the service).
    const point = toGcj02FromWgs84({ latitude: 29.5585, longitude: 106.5745 })
    mockedLocate.mockResolvedValue({ ok: true, point })
    const u = new TestUtils()
    await mountLoaded(u)
    expect(document.body.textContent).toContain('位置只在手机上用来计算距离')
    await click(u, document.querySelector('.location-prompt__locate'))
    await waitUntil(() => document.body.textContent?.includes('从你的位置算起'), 'sorted from the user')
    await click(u, chip('托育'))
    expect(cardNames()[0]).toBe('示例托育园（解放碑 1）')
    expect(cardNames()).toEqual(sortByDistance(CHILDCARE, point).map((p) => p.name))
    // All places: each card is no farther than the next.
    await click(u, chip('全部'))
    const expected = sortByDistance(ALL_PLACES, point).map((p) => p.name)
    expect(cardNames()).toEqual(expected.slice(0, cardNames().length))
    expect(cardNames()[cardNames().length - 1]).toBe('德精小学儿童友好馆') // no coordinates: last
    expect(document.querySelector('.place-plane__me')).not.toBeNull()
  })

  it('when location is refused, explains how to allow it and falls back to a street', async () => {
    mockedLocate.mockResolvedValue({ ok: false, reason: 'denied' })
    const u = new TestUtils()
    await mountLoaded(u)
    await click(u, document.querySelector('.location-prompt__locate'))
    await u.queries.waitForQueryByText('浏览器已拒绝定位。请在网站设置里允许使用位置信息。')
    expect(usePlacesStore.getState().optedIn).toBe(false)
    // The list still has an order, and a street can be chosen right there.
    expect(cardNames()).toHaveLength(ALL_PLACES.length)
    await click(u, byText('.street-picker__streets .ui-chip', '大坪'))
    await waitUntil(() => document.body.textContent?.includes('从大坪街道（大致中心）算起'), 'sorted from 大坪')
    // The street answers the refusal: its notice (and its alert role) go.
    expect(document.body.textContent).not.toContain('浏览器已拒绝定位')
    expect(document.querySelector('.location-prompt')?.getAttribute('aria-role')).toBeNull()
    await click(u, chip('托育'))
    expect(cardNames()).toEqual(['示例托育园（大坪 1）', '示例托育园（上清寺 1）', '示例托育园（解放碑 1）'])
    expect(usePlacesStore.getState().street).toBe('500103012')
  })

  it('opens filtered to childcare when another page asks, and a pin selects its card', async () => {
    useIntentStore.getState().openMap('childcare')
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await waitUntil(() => cardNames().length === CHILDCARE.length, 'childcare only')
    expect(chip('托育')?.getAttribute('aria-checked')).toBe('true')
    expect(useIntentStore.getState().mapCategory).toBeNull()

    // 回到中心 at the default zoom shows the centre of the district: the pins near it are drawn.
    await waitUntil(() => document.querySelector('.place-plane__marker'), 'pins on the plane')
    const pin = document.querySelector('.place-plane__marker[data-place-id="demo-b"]')
    await click(u, pin)
    await waitUntil(() => document.querySelector('.place-card--selected'), 'the selected card')
    expect(document.querySelector('.place-card--selected')?.textContent).toContain('示例托育园（解放碑 1）')
    expect(document.querySelector('.place-plane__tag')?.textContent).toContain('示例托育园（解放碑 1）')
  })

  it('offline with a saved copy, says so and offers to retry', async () => {
    stubCloud(mockedCall, placesCloud(failure('NETWORK', '网络连接失败，请检查网络后重试')))
    usePlacesStore.setState({ places: ALL_PLACES, source: 'cache', savedAt: '2026-03-01T08:00:00.000Z' })
    const u = new TestUtils()
    await u.mount(MapPage, {})
    await u.queries.waitForQueryByText('离线：显示 2026-03-01 保存的数据。')
    expect(cardNames()).toHaveLength(ALL_PLACES.length)
    stubCloud(mockedCall, placesCloud(listAnswer()))
    await click(u, document.querySelector('.map-page__retry'))
    await waitUntil(() => !document.body.textContent?.includes('离线'), 'back online')
    expect(usePlacesStore.getState().source).toBe('cloud')
  })
})
