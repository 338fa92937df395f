// 这里的活动 on a place's page: the activities coming there, each a link to its page.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { PUBLIC_ACTIVITY } from '../../../tests/fixtures/activities'
import { resetPlaceStores } from '../../../tests/fixtures/places'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { CONFIRMED_PLACES } from '../../domain/places'
import { callCloud } from '../../services/cloud'
import { usePlacesStore } from '../../stores/usePlacesStore'
import PlaceDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const found = (req: { id: string }) =>
  answer('places', 'get', { place: CONFIRMED_PLACES.find((p) => p.id === req.id)! })

async function open(u: TestUtils, id: string) {
  setRouterParams({ id })
  await u.mount(PlaceDetailPage, {})
  await waitUntil(() => document.querySelector('.place-detail__name'), 'the place name')
}

describe('a place’s coming activities', () => {
  beforeEach(() => {
    resetPlaceStores()
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES] })
    mockedCall.mockReset()
  })

  it('lists the activities coming at this place, each a link to its page', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    stubCloud(mockedCall, {
      activities: {
        list: answer('activities', 'list', {
          items: [PUBLIC_ACTIVITY, { ...PUBLIC_ACTIVITY, id: 'act-2', title: '小小园艺师', status: 'cancelled' }]
        })
      },
      places: { get: found }
    })
    const u = new TestUtils()
    await open(u, 'eling-park')
    await waitUntil(() => document.querySelectorAll('.place-detail__activity').length === 2, 'the activities')
    expect(requestsTo(mockedCall, 'activities', 'list')).toEqual([{ placeId: 'eling-park' }])
    const lines = Array.from(document.querySelectorAll('.place-detail__activity')).map((l) => l.textContent)
    expect(lines).toEqual(['2099-12-05 09:30 · 周末亲子绘本会 ›', '2099-12-05 09:30 · 小小园艺师（已取消） ›'])
    await click(u, document.querySelector('.place-detail__activity'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-activities/detail/index?id=act-1' })
    navigateTo.mockRestore()
  })

  it('shows no section where nothing is coming', async () => {
    stubCloud(mockedCall, {
      activities: { list: answer('activities', 'list', { items: [] }) },
      places: { get: found }
    })
    const u = new TestUtils()
    await open(u, 'eling-park')
    await waitUntil(() => requestsTo(mockedCall, 'activities', 'list').length === 1, 'the question')
    // The (empty) answer applied: nothing is shown while loading either, so wait it out first.
    await u.act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(document.querySelector('.place-detail__activities')).toBeNull()
  })
})
