// 机构照片 on the edit page: the stored photos, one added from the phone (uploaded at once), one
// removed, and the save refused until the admin confirms they may be public.
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE } from '../../../tests/fixtures/places'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import { toast } from '../../services/feedback'
import { useSessionStore } from '../../stores/useSessionStore'
import PlaceAdminPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
jest.mock('../../services/media', () => ({
  pickAndUploadPhotos: jest.fn(async () => [{ fileId: 'local://files/new-photo.jpg', path: 'blob:picked-1' }])
}))
jest.mock('../../services/upload', () => ({ imageSrc: (url: string) => url }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const thumbs = () => Array.from(document.querySelectorAll('.place-photos__thumb'))
const PLACE = CHILDCARE[0]

describe('机构照片 (district admins)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null })
  })

  it('adds and removes photos, and saves only after the confirmation', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin')) },
      places: {
        get: answer('places', 'get', { place: PLACE }),
        placePhotos: answer('places', 'placePhotos', {
          photos: [{ fileId: 'local://files/old-photo.jpg', url: '/cloud/_files/old-photo.jpg?exp=1&sig=x' }],
          confirmedOn: '2026-12-01',
          updatedByName: '示例区级管理员'
        }),
        savePlacePhotos: (req) =>
          answer('places', 'savePlacePhotos', {
            photos: (req.fileIds as string[]).map((fileId) => ({ fileId, url: `/cloud/_files/${fileId.slice(14)}` })),
            confirmedOn: '2026-12-07',
            updatedByName: '示例区级管理员'
          })
      }
    })
    const u = new TestUtils()
    setRouterParams({ id: PLACE.id })
    await u.mount(PlaceAdminPage, {})
    await waitUntil(() => thumbs().length === 1, 'the stored photo')
    expect(text()).toContain('现在的照片由示例区级管理员于 2026-12-01 确认')

    await click(u, document.querySelector('.place-photos__add'))
    await waitUntil(() => thumbs().length === 2, 'the added photo')
    expect(thumbs()[1].getAttribute('src')).toBe('blob:picked-1')
    await click(u, document.querySelectorAll('.place-photos__remove')[0])
    await waitUntil(() => thumbs().length === 1, 'one removed')

    await click(u, document.querySelector('.place-photos__save'))
    await waitUntil(() => text().includes('请先确认照片可以公开'), 'the confirmation asked')
    expect(requestsTo(mockedCall, 'places', 'savePlacePhotos')).toEqual([])

    await click(u, document.querySelector('.place-photos__confirm'))
    await click(u, document.querySelector('.place-photos__save'))
    await waitUntil(() => text().includes('2026-12-07 确认'), 'saved')
    expect(requestsTo(mockedCall, 'places', 'savePlacePhotos')).toEqual([
      { placeId: PLACE.id, fileIds: ['local://files/new-photo.jpg'], confirmed: true }
    ])
    expect(toast).toHaveBeenCalledWith('照片已保存，家长现在就能看到')
  })
})
