import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { ANSWERED, correctionView } from '../../../tests/fixtures/corrections'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import StaffCorrectionsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('地点纠错 (staff queue)', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows 待处理 first with the count, filters by status and opens the edit page', async () => {
    stubCloud(mockedCall, {
      places: {
        listCorrections: (req) =>
          answer('places', 'listCorrections', {
            items: req.status === 'corrected' ? [ANSWERED] : [correctionView('corr-1')],
            next: null,
            pending: 1
          })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffCorrectionsPage, {})
    await waitUntil(() => document.querySelector('.correction-card'), 'the queue')
    expect(text()).toContain('待处理 1 条')
    expect(document.querySelector('.correction-card')?.textContent).toContain('电话不对：打过去是空号（示例）')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    await click(u, document.querySelector('.correction-card'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-staff/place-edit/index?id=corr-1' })
    navigateTo.mockRestore()

    await click(u, byText('.staff-corrections__status .ui-chip', '已更正'))
    await waitUntil(() => text().includes('示例区级管理员答复：已更新电话（示例）'), 'the answered ones')
    expect(text()).toContain('已修改：电话')
    expect(requestsTo(mockedCall, 'places', 'listCorrections').map((r) => r.status)).toEqual(['pending', 'corrected'])
  })

  it('says when the queue is empty, and a refusal without 重试', async () => {
    stubCloud(mockedCall, {
      places: { listCorrections: answer('places', 'listCorrections', { items: [], next: null, pending: 0 }) }
    })
    const u = new TestUtils()
    await u.mount(StaffCorrectionsPage, {})
    await waitUntil(() => text().includes('没有待处理的纠错。'), 'the empty queue')

    stubCloud(mockedCall, {
      places: { listCorrections: failure('FORBIDDEN', '只有区级管理员可以处理地点纠错') }
    })
    const v = new TestUtils()
    await v.mount(StaffCorrectionsPage, {})
    await waitUntil(() => text().includes('只有区级管理员可以处理地点纠错'), 'the refusal')
    expect(document.querySelector('.ui-error')).not.toBeNull()
    expect(document.querySelector('.ui-error__retry')).toBeNull()
  })
})
