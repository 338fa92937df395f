// 地点详情: the childcare facts a parent decides on (fees, 余位 with its date, hours, meals, or
// 暂无), and the direct edit offered to district admins only.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE, resetPlaceStores } from '../../../tests/fixtures/places'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { Place } from '../../domain/places'
import { callCloud } from '../../services/cloud'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSessionStore } from '../../stores/useSessionStore'
import PlaceDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
/** The place page asks for its coming activities too: none here. */
const NO_ACTIVITIES = { list: answer('activities', 'list', { items: [] }) }

/** The row of the page opened last (an earlier page may still be in the document). */
const lastRow = (label: string) =>
  Array.from(document.querySelectorAll('.place-detail__row'))
    .filter((row) => row.querySelector('.place-detail__label')?.textContent === label)
    .at(-1)

async function open(u: TestUtils, id: string) {
  setRouterParams({ id })
  await u.mount(PlaceDetailPage, {})
  await waitUntil(() => document.querySelector('.place-detail__name'), 'the place name')
}

/** The list holds `places` and the cloud answers each by id. */
function holding(places: Place[]) {
  usePlacesStore.setState({ places })
  stubCloud(mockedCall, {
    activities: NO_ACTIVITIES,
    places: { get: (req: { id: string }) => answer('places', 'get', { place: places.find((p) => p.id === req.id)! }) }
  })
}

describe('place detail: childcare facts and the admin edit', () => {
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
    holding([...CHILDCARE])
  })

  it('the facts a parent decides on: fees by care type, 余位 with its date (old: 请致电确认), hours, meals; else 暂无', async () => {
    const facts = {
      ...CHILDCARE[0],
      id: 'demo-facts',
      childcare: {
        ...CHILDCARE[0].childcare!,
        fees: [
          { careType: 'half_day' as const, yuan: 1600 },
          { careType: 'full_day' as const, yuan: 2800 }
        ],
        careHours: [{ careType: 'full_day' as const, text: '周一至周五 07:30-17:30' }],
        meals: '午餐和两次点心',
        freePlaces: { count: 3, confirmedOn: '2026-01-02' }
      }
    }
    const old = {
      ...facts,
      id: 'demo-old',
      childcare: { ...facts.childcare, freePlaces: { count: 3, confirmedOn: '2025-11-02' } }
    }
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-01-05T04:00:00Z'))
    try {
      holding([facts, old, ...CHILDCARE])
      const u = new TestUtils()
      await open(u, 'demo-facts')
      expect(byText('.place-detail__row', '收费')?.textContent).toBe('收费全日托 2,800 元/月半日托 1,600 元/月')
      expect(byText('.place-detail__row', '余位')?.textContent).toBe('余位3 个（2026-01-02 确认）')
      expect(byText('.place-detail__row', '托育时间')?.textContent).toContain('全日托 周一至周五 07:30-17:30')
      expect(byText('.place-detail__row', '餐食')?.textContent).toContain('午餐和两次点心')
      await open(new TestUtils(), 'demo-old')
      expect(lastRow('余位')?.textContent).toContain('可能已有变化，请致电确认')
      await open(new TestUtils(), 'demo-b')
      for (const label of ['收费', '余位', '托育时间', '餐食']) expect(lastRow(label)?.textContent).toBe(`${label}暂无`)
    } finally {
      jest.restoreAllMocks()
    }
  })

  it('offers a district admin to edit the place directly; nobody else sees it', async () => {
    const u = new TestUtils()
    await open(u, 'demo-a')
    expect(document.querySelector('.place-detail__admin-edit')).toBeNull()
    useSessionStore.setState({ status: 'ready', me: whoAmIAs('district_admin') })
    try {
      await open(u, 'demo-a')
      const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
      await click(u, document.querySelector('.place-detail__admin-edit'))
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/place-admin/index?id=demo-a' })
    } finally {
      useSessionStore.setState({ status: 'idle', me: null })
      jest.restoreAllMocks()
    }
  })

  it('a childcare centre offers 预约参观; another kind of place does not', async () => {
    const park = { ...CHILDCARE[0], id: 'demo-park', category: 'park' as const, childcare: undefined }
    holding([...CHILDCARE, park])
    const u = new TestUtils()
    await open(u, 'demo-park')
    expect(document.querySelector('.place-detail__visit-button')).toBeNull()
    await open(new TestUtils(), 'demo-b')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      await click(u, Array.from(document.querySelectorAll('.place-detail__visit-button')).at(-1))
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-places/visit/index?placeId=demo-b' })
    } finally {
      jest.restoreAllMocks()
    }
  })

  it('shows the photos staff added, named for a screen reader; a tap opens them full screen', async () => {
    const urls = ['/cloud/_files/a.jpg?exp=1&sig=a', '/cloud/_files/b.jpg?exp=1&sig=b']
    stubCloud(mockedCall, {
      activities: NO_ACTIVITIES,
      places: { get: answer('places', 'get', { place: CHILDCARE[1], photos: urls }) }
    })
    const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'previewImage:ok' })
    try {
      const u = new TestUtils()
      await open(u, CHILDCARE[1].id)
      await waitUntil(() => document.querySelectorAll('.place-detail__photo').length === 2, 'the photos')
      const photos = document.querySelector('.place-detail__photos')!
      expect(photos.getAttribute('aria-label')).toBe(`${CHILDCARE[1].name}的照片`)
      await click(u, document.querySelectorAll('.place-detail__photo')[1])
      expect(preview).toHaveBeenCalledWith({
        urls: expect.arrayContaining([expect.stringContaining('b.jpg')]),
        current: expect.stringContaining('b.jpg')
      })
    } finally {
      jest.restoreAllMocks()
    }
  })
})
