import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { internalMarks } from '../../domain/citizen-text'
import { CONFIRMED_PLACES } from '../../domain/places'
import WritePage from '../../pkg-suggest/write/index'
import { CHILDCARE, resetPlaceStores } from '../../../tests/fixtures/places'
import { callCloud } from '../../services/cloud'
import { openMapTo } from '../../services/open-location'
import { callPhone } from '../../services/phone'
import { useFavouritesStore } from '../../stores/useFavouritesStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import PlaceDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/phone', () => ({ callPhone: jest.fn(async () => true) }))
jest.mock('../../services/open-location', () => ({ NAVIGATION_AVAILABLE: true, openMapTo: jest.fn(async () => true) }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
/** The place page asks for its coming activities too: none here. */
const NO_ACTIVITIES = { list: answer('activities', 'list', { items: [] }) }

const place = (id: string) => [...CONFIRMED_PLACES, ...CHILDCARE].find((p) => p.id === id)!
const found = (req: { id: string }) => answer('places', 'get', { place: place(req.id) })

async function open(u: TestUtils, id: string) {
  setRouterParams({ id })
  await u.mount(PlaceDetailPage, {})
  await waitUntil(() => document.querySelector('.place-detail__name'), 'the place name')
}

describe('place detail', () => {
  beforeEach(() => {
    resetPlaceStores()
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES, ...CHILDCARE] })
    mockedCall.mockReset()
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: { get: found }
    })
    ;(callPhone as jest.Mock).mockClear()
    ;(openMapTo as jest.Mock).mockClear()
  })

  it('a confirmed hospital: address to copy, a call button, navigation, and 暂无 for what is unknown', async () => {
    const u = new TestUtils()
    await open(u, 'cq-children-hospital-yuzhong')
    const text = document.body.textContent ?? ''
    expect(text).toContain('重庆医科大学附属儿童医院(渝中院区)')
    expect(text).toContain('儿童医院')
    expect(text).not.toContain('示例')
    expect(text).toContain('渝中区中山二路136号')
    expect(document.querySelector('.place-detail__copy')).not.toBeNull()
    // No hours, no facilities, no date of checking in the facts: each says 暂无.
    expect(byText('.place-detail__row', '开放时间')?.textContent).toContain('暂无')
    expect(byText('.place-detail__row', '设施')?.textContent).toContain('暂无')
    expect(text).toContain('最后核实：暂无')
    expect(text).toContain('来源：渝中区公开资料整理')
    expect(text).not.toContain('位置为大致位置')

    await click(u, document.querySelector('.place-detail__call'))
    expect(callPhone).toHaveBeenCalledWith('023-63622984')
    await click(u, document.querySelector('.place-detail__navigate'))
    expect(openMapTo).toHaveBeenCalledWith({
      latitude: 29.562635,
      longitude: 106.56104,
      name: '重庆医科大学附属儿童医院(渝中院区)',
      address: '渝中区中山二路136号'
    })
    expect(mockedCall).toHaveBeenCalledWith('places', { action: 'get', id: 'cq-children-hospital-yuzhong' })
  })

  it.each(['cq-children-hospital-yuzhong', 'eling-park', 'dejing-children-space', 'imported-1'])(
    'shows no internal text for %s: no file name, coordinate system or batch id, old rows included',
    async (id) => {
      const imported = {
        ...CHILDCARE[0],
        id: 'imported-1',
        source: '托育机构备案名录导入（batch-20261201-01）；坐标取自使用腾讯地图的代码，很可能为 GCJ-02'
      }
      usePlacesStore.setState({ places: [...CONFIRMED_PLACES, imported] })
      stubCloud(mockedCall, {
        activities: NO_ACTIVITIES,
        places: {
          get: (req: { id: string }) =>
            answer('places', 'get', { place: req.id === id && id === imported.id ? imported : place(req.id) })
        }
      })
      const u = new TestUtils()
      await open(u, id)
      expect(document.body.textContent).toContain('来源：')
      expect(internalMarks(document.body.textContent ?? '')).toEqual([])
    }
  )

  it('a park with hours says whether it is open now, computed in China time', async () => {
    // Monday 2026-03-09 06:30 in Chongqing: 枇杷山公园 (08:00–22:00) opens at 08:00.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-08T22:30:00Z'))
    try {
      const u = new TestUtils()
      await open(u, 'pipashan-park')
      expect(document.body.textContent).toContain('已关门 · 08:00 开门')
      expect(document.body.textContent).toContain('周一至周日 08:00–22:00')
      expect(document.body.textContent).toContain('免费')
      // Approximate point: said next to navigation, and on WeChat's map page.
      expect(document.body.textContent).toContain('位置为大致位置')
      await click(u, document.querySelector('.place-detail__navigate'))
      expect((openMapTo as jest.Mock).mock.calls[0][0].address).toBe('渝中区中山二路枇杷山正街74号（位置为大致位置）')
    } finally {
      jest.restoreAllMocks()
    }
  })

  it('a demo childcare centre: 示例 everywhere, no phone (暂无), its childcare facts', async () => {
    const u = new TestUtils()
    await open(u, 'demo-a')
    const text = document.body.textContent ?? ''
    expect(document.querySelector('.place-badges__badge--demo')?.textContent).toBe('示例')
    expect(text).toContain('并非真实机构')
    expect(document.querySelector('.place-detail__call')).toBeNull()
    expect(text).toContain('电话：暂无')
    expect(text).toContain('全日托、半日托')
    expect(text).toContain('6–36 个月')
    expect(text).toContain('是（普惠托育）')
    expect(text).toContain('已备案')
    expect(byText('.place-detail__row', '托位')?.textContent).toContain('暂无')
    expect(text).toContain('母婴室')
  })

  it('says how far away from the same point the list sorts from: the user, or the chosen street', async () => {
    usePlacesStore.setState({ street: '500103004', originMode: 'street', user: null })
    const u = new TestUtils()
    await open(u, 'cq-children-hospital-yuzhong')
    const hint = () => document.querySelector('.place-detail__hint')?.textContent
    expect(hint()).toMatch(/^距两路口街道（大致中心）约 [\d.]+\u00a0(m|km)$/)

    usePlacesStore.setState({ user: { latitude: 29.5626, longitude: 106.561, datum: 'gcj02' }, originMode: 'user' })
    await waitUntil(() => hint()?.startsWith('距你约'), 'the distance from the user')
    expect(hint()).toMatch(/^距你约 \d+\u00a0m$/)
  })

  it('a place without coordinates cannot be navigated to, and says why', async () => {
    const u = new TestUtils()
    await open(u, 'dejing-children-space')
    expect(document.querySelector('.place-detail__navigate')).toBeNull()
    expect(document.body.textContent).toContain('暂无坐标，无法导航')
  })

  it('is saved to favourites from the page', async () => {
    const u = new TestUtils()
    await open(u, 'eling-park')
    await click(u, document.querySelector('.place-detail__favourite'))
    expect(useFavouritesStore.getState().items.map((f) => f.id)).toEqual(['eling-park'])
    expect(document.querySelector('.place-detail__favourite')?.textContent).toContain('已收藏')
  })

  it('a shared link to a place not in the list loads it from the cloud; an unknown id says so', async () => {
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES] })
    const u = new TestUtils()
    await open(u, 'demo-c')
    expect(document.body.textContent).toContain('示例托育园（大坪 1）')

    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: { get: failure('NOT_FOUND') }
    })
    const v = new TestUtils()
    setRouterParams({ id: 'gone' })
    await v.mount(PlaceDetailPage, {})
    await v.queries.waitForQueryByText('没有找到这个地点，它可能已被删除。')
    // Asking again cannot help: no 重试.
    expect(document.querySelector('.ui-error__retry')).toBeNull()
  })

  it('a place the phone does not have: loading, then the network error with 重试, then the place', async () => {
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES] })
    let offline = true
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: { get: (req) => (offline ? failure('NETWORK') : found(req)) }
    })
    const u = new TestUtils()
    setRouterParams({ id: 'demo-c' })
    await u.mount(PlaceDetailPage, {})
    await u.queries.waitForQueryByText('网络连接失败，请检查网络后重试')
    offline = false
    await click(u, byText('.ui-error__retry', '重试'))
    await waitUntil(() => document.querySelector('.place-detail__name'), 'the place')
    expect(document.body.textContent).toContain('示例托育园（大坪 1）')
    expect(requestsTo(mockedCall, 'places', 'get')).toEqual([{ id: 'demo-c' }, { id: 'demo-c' }])
  })

  it('对这里提建议 opens the suggestion form about this place, pinned to its location', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    useSuggestDraftStore.getState().reset(null)
    try {
      const u = new TestUtils()
      await open(u, 'eling-park')
      await click(u, document.querySelector('.place-detail__suggest'))
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-suggest/write/index' })
      expect(useSuggestDraftStore.getState().prefill).toEqual({
        source: 'place',
        refId: 'eling-park',
        about: '鹅岭公园'
      })
      expect(useSuggestDraftStore.getState().location).toEqual({
        latitude: 29.55234,
        longitude: 106.53202,
        source: 'place',
        placeId: 'eling-park',
        placeName: '鹅岭公园'
      })

      // The form shows what the draft is about and carries the place's point.
      const s = new TestUtils()
      await s.mount(WritePage, {})
      await s.queries.waitForQueryByText('关于：鹅岭公园（已附位置）')
      expect(useSuggestDraftStore.getState().mode).toBe('adult')
      expect(useSuggestDraftStore.getState().toDraft().input).toMatchObject({
        prefill: { source: 'place', refId: 'eling-park' },
        location: { source: 'place', placeId: 'eling-park', latitude: 29.55234 }
      })
      // 移除 takes the place's point away with the place.
      await click(s, byText('.suggest__switch', '移除'))
      expect(useSuggestDraftStore.getState().prefill).toBeUndefined()
      expect(useSuggestDraftStore.getState().location).toBeUndefined()
    } finally {
      navigateTo.mockRestore()
    }
  })
})
