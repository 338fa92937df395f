// Where a suggestion is, on the case page: the name and address the map gave (never raw numbers),
// and 在地图上看 opening the point in the phone's map app.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE } from '../../../tests/fixtures/staff'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { openMapTo } from '../../services/open-location'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/open-location', () => ({ NAVIGATION_AVAILABLE: true, openMapTo: jest.fn(async () => true) }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
// An adult's own suggestion (only adults send a picked point or the phone's position).
const ADULT_CASE = {
  ...CHILD_CASE,
  id: 'adult-1',
  mode: 'adult' as const,
  ageGroup: undefined,
  title: '路口需要护学岗'
}

describe('staff case: 位置', () => {
  beforeEach(() => mockedCall.mockReset())

  it.each([
    [
      {
        latitude: 29.5585,
        longitude: 106.5561,
        source: 'map' as const,
        placeName: '大井巷',
        address: '重庆市渝中区大井巷'
      },
      '位置：大井巷 · 重庆市渝中区大井巷（地图上选的点）'
    ],
    [{ latitude: 29.5585, longitude: 106.5561, source: 'current' as const }, '位置：提建议时手机定位的点']
  ])('says %j in words and opens it on the map', async (location, words) => {
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', { ...ADULT_CASE, location }) } })
    setRouterParams({ id: ADULT_CASE.id })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.staff-case__location'), 'the location')
    expect(document.querySelector('.staff-case__location')?.textContent).toContain(words)
    expect(document.querySelector('.staff-case__location')?.textContent).not.toContain('29.5585')
    await click(u, document.querySelector('.staff-case__open-map'))
    expect(openMapTo).toHaveBeenLastCalledWith(expect.objectContaining({ latitude: 29.5585, longitude: 106.5561 }))
  })
})
