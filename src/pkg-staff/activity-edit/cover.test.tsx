// 封面图片: one picture picked from the phone (uploaded at once), sent with the activity only after
// staff confirm no child in it can be recognised; removing it sends none.
import TestUtils from '@tarojs/test-utils-react'
import { activityFieldValues, staffActivity, workerScope } from '../../../tests/fixtures/activities'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import ActivityEditPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
jest.mock('../../services/media', () => ({
  pickAndUploadPhotos: jest.fn(async () => [{ fileId: 'local://files/cover-photo.jpg', path: 'blob:cover' }])
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('发布活动: 封面图片', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    setRouterParams({})
  })

  it('asks for the confirmation before a cover goes out', async () => {
    stubCloud(mockedCall, {
      activities: {
        staffList: answer('activities', 'staffList', { items: [], scope: workerScope }),
        publish: (req) =>
          answer('activities', 'publish', {
            activity: staffActivity({ id: (req.form as { id: string }).id, seatsLeft: 2, waitlisted: 0 }),
            replayed: false
          })
      }
    })
    const u = new TestUtils()
    await u.mount(ActivityEditPage, {})
    await waitUntil(() => text().includes('已选：解放碑 · 大井巷'), 'the form')
    for (const [key, value] of Object.entries(activityFieldValues())) await type(u, `.activity-fields__${key}`, value)

    await click(u, document.querySelector('.activity-cover__add'))
    await waitUntil(() => document.querySelector('.activity-cover__thumb'), 'the cover')
    expect(document.querySelector('.activity-cover__add')).toBeNull()
    await click(u, document.querySelector('.activity-edit__save'))
    await waitUntil(() => text().includes('请先确认封面里没有能认出来的孩子'), 'the confirmation asked')
    expect(requestsTo(mockedCall, 'activities', 'publish')).toEqual([])

    await click(u, document.querySelector('.activity-fields__cover-confirm'))
    await click(u, document.querySelector('.activity-edit__save'))
    await waitUntil(() => requestsTo(mockedCall, 'activities', 'publish').length === 1, 'published')
    expect(requestsTo(mockedCall, 'activities', 'publish')[0].form).toMatchObject({
      coverFileId: 'local://files/cover-photo.jpg',
      coverConfirmed: true
    })
  })
})
