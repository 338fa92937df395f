// 活动管理: the activities of the staff member's area with how many signed up, a way to publish,
// and per activity its list and (while it can still change) 修改或取消.
import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import { staffActivity, workerScope } from '../../../tests/fixtures/activities'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, fireDidShow } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { callCloud } from '../../services/cloud'
import StaffActivitiesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('活动管理', () => {
  beforeEach(() => mockedCall.mockReset())

  it('lists the area’s activities and leads to publishing, the list and a change', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const ended = staffActivity({
      id: 'act-old',
      title: '上月的手工课',
      startAt: '2026-01-05T01:30:00.000Z',
      endAt: '2026-01-05T03:00:00.000Z'
    })
    stubCloud(mockedCall, {
      activities: {
        staffList: answer('activities', 'staffList', { items: [staffActivity(), ended], scope: workerScope })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffActivitiesPage, {})
    await waitUntil(() => text().includes('上月的手工课'), 'the list')
    expect(text()).toContain('范围：解放碑街道 · 大井巷社区')
    expect(text()).toContain('名额 2 · 已报名 2 · 候补 1 · 张社工 发布')
    // An activity that has ended can no longer change: only its list.
    expect(document.querySelectorAll('.staff-activity__edit')).toHaveLength(1)
    expect(document.querySelectorAll('.staff-activity__signups')).toHaveLength(2)

    await click(u, byText('.staff-activities__new', '发布新活动'))
    await click(u, document.querySelector('.staff-activity__edit'))
    await click(u, document.querySelectorAll('.staff-activity__signups')[1])
    expect(navigate.mock.calls.map((c) => c[0].url)).toEqual([
      '/pkg-staff/activity-edit/index',
      '/pkg-staff/activity-edit/index?id=act-staff-0001',
      '/pkg-staff/activity-signups/index?id=act-old'
    ])
    navigate.mockRestore()
  })

  it('shows an activity just published when staff come back from publishing it', async () => {
    let items = [staffActivity()]
    stubCloud(mockedCall, {
      activities: { staffList: () => answer('activities', 'staffList', { items, scope: workerScope }) }
    })
    const u = new TestUtils()
    await u.mount(StaffActivitiesPage, {})
    await u.act(async () => fireDidShow())
    await waitUntil(() => document.querySelectorAll('.staff-activity__signups').length === 1, 'the list')
    items = [staffActivity({ id: 'act-new', title: '新发布的手工课' }), ...items]
    await u.act(async () => fireDidShow())
    await waitUntil(() => text().includes('新发布的手工课'), 'the new activity')
  })
})
