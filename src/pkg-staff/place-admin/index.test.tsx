import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE } from '../../../tests/fixtures/places'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { chinaDate } from '../../domain/clock'
import type { Place } from '../../domain/places/model'
import { callCloud } from '../../services/cloud'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSessionStore } from '../../stores/useSessionStore'
import PlaceAdminPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const PLACE = CHILDCARE[0]
const admin = answer('user', 'whoami', whoAmIAs('district_admin'))
const saved = (req: { id: string; update: unknown }) =>
  answer('places', 'savePlace', {
    place: { ...PLACE, id: req.id, name: (req.update as { name: string }).name } as Place
  })

async function open(u: TestUtils, id?: string) {
  setRouterParams(id ? { id } : {})
  await u.mount(PlaceAdminPage, {})
}

describe('地点信息 (district admins)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null })
  })

  it('edits a centre’s fees and 余位 directly: the date is asked with the count, errors sit by their field', async () => {
    stubCloud(mockedCall, {
      user: { whoami: admin },
      places: {
        get: answer('places', 'get', { place: PLACE }),
        savePlace: saved,
        placePhotos: answer('places', 'placePhotos', { photos: [], confirmedOn: null, updatedByName: null })
      }
    })
    const u = new TestUtils()
    await open(u, PLACE.id)
    await waitUntil(() => document.querySelector('.childcare-facts-fields__fees input'), 'the childcare facts')
    expect(text()).toContain(`修改“${PLACE.name}”`)
    expect(byText('.ui-chip', '全日托')?.getAttribute('aria-checked')).toBe('true')
    expect(document.querySelector('.childcare-facts-fields__free-places-on')).toBeNull()

    await type(u, '.childcare-facts-fields__fees', '全日托 很多')
    await type(u, '.childcare-facts-fields__free-places', '3')
    await type(u, '.place-edit-fields__source', '电话核实（示例）')
    const today = chinaDate(Date.now())
    // A count is asked with the day it was confirmed: today unless changed.
    expect(document.querySelector('.childcare-facts-fields__free-places-on')?.textContent).toContain(today)
    await click(u, document.querySelector('.place-admin__save'))
    expect(document.querySelector('.childcare-facts-fields__fees')?.textContent).toContain('整数元')
    expect(requestsTo(mockedCall, 'places', 'savePlace')).toEqual([])

    await type(u, '.childcare-facts-fields__fees', '全日托 2800')
    await click(u, document.querySelector('.place-admin__save'))
    await waitUntil(() => text().includes('已保存'), 'the outcome')
    expect(requestsTo(mockedCall, 'places', 'savePlace')[0]).toMatchObject({
      id: PLACE.id,
      update: {
        source: '电话核实（示例）',
        verifiedOn: today,
        childcare: { careTypes: ['full_day', 'half_day'], fees: '全日托 2800', freePlaces: '3', freePlacesOn: today }
      }
    })
    expect(usePlacesStore.getState().places.some((p) => p.id === PLACE.id)).toBe(true)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await click(u, document.querySelector('.place-admin__open'))
    expect(navigateTo).toHaveBeenCalledWith({ url: `/pkg-places/detail/index?id=${PLACE.id}` })
    navigateTo.mockRestore()
  })

  it('adds a new place: the category first, then its fields; one id for every retry; a refusal by its field', async () => {
    let calls = 0
    stubCloud(mockedCall, {
      user: { whoami: admin },
      places: {
        savePlace: (req) =>
          ++calls === 1 ? failure('VALIDATION', '社区不在所选街道内', 'community') : saved(req as never)
      }
    })
    const u = new TestUtils()
    await open(u)
    await waitUntil(() => byText('.ui-chip', '公园'), 'the categories')
    expect(document.querySelector('.place-admin__save')).toBeNull()
    await click(u, byText('.ui-chip', '公园'))
    expect(document.querySelector('.childcare-facts-fields')).toBeNull()
    await click(u, byText('.ui-chip', '托育'))
    expect(document.querySelector('.childcare-facts-fields')).not.toBeNull()
    // Asked as a new place: where its facts come from, no 已停业, no "不变则不改".
    expect(document.querySelector('.place-edit-fields__closed')).toBeNull()
    expect(document.querySelector('.place-edit-fields__source')?.textContent).toContain('这些信息来自哪里')
    expect(document.querySelector('.place-edit-fields__latitude')?.textContent).not.toContain('不变则不改')
    await type(u, '.place-edit-fields__name', '示例新托育点')
    await type(u, '.place-edit-fields__source', '街道上报（示例）')
    await click(u, document.querySelector('.place-admin__save'))
    // Beside the new place's 社区 (a field of its head), not as the page's message.
    await waitUntil(
      () => document.querySelector('.place-admin__head')?.textContent?.includes('社区不在所选街道内'),
      'the refusal'
    )
    expect(document.querySelector('.ui-error')).toBeNull()
    await click(u, document.querySelector('.place-admin__save'))
    await waitUntil(() => text().includes('已添加'), 'the outcome')
    const [first, second] = requestsTo(mockedCall, 'places', 'savePlace')
    expect(first).toMatchObject({ create: true, category: 'childcare', update: { name: '示例新托育点' } })
    expect(first.id).toMatch(/^place-/)
    expect(second.id).toBe(first.id)
  })

  it('tells anyone but a district admin that the page is not theirs', async () => {
    stubCloud(mockedCall, { user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin')) } })
    const u = new TestUtils()
    await open(u)
    await waitUntil(() => text().includes('只有区级管理员可以新增或修改地点'), 'the refusal')
  })
})
