// 我的活动: each activity I signed up to with how it stands; nothing yet says so.
import TestUtils from '@tarojs/test-utils-react'
import { staffActivity } from '../../../tests/fixtures/activities'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { waitUntil } from '../../../tests/setup/wait'
import type { MySignUp } from '../../domain/activities/egress'
import { callCloud } from '../../services/cloud'
import MyActivitiesPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

const mine = (over: Partial<MySignUp>): MySignUp => ({
  activityId: 'act-1',
  standing: 'confirmed',
  childAge: 5,
  guardianName: '王女士',
  guardianPhone: '13812345678',
  signedAt: '2026-11-28T02:00:00.000Z',
  ...over
})

describe('我的活动', () => {
  beforeEach(() => mockedCall.mockReset())

  it('lists my sign-ups with how each stands', async () => {
    stubCloud(mockedCall, {
      activities: {
        mine: answer('activities', 'mine', {
          items: [
            { activity: staffActivity({ id: 'act-1', title: '周末亲子绘本会' }), mine: mine({}) },
            {
              activity: staffActivity({ id: 'act-2', title: '小小园艺师' }),
              mine: mine({ activityId: 'act-2', standing: 'waitlisted', waitlistPosition: 2 })
            },
            {
              activity: staffActivity({ id: 'act-3', title: '社区亲子运动会', status: 'cancelled' }),
              mine: mine({ activityId: 'act-3' })
            }
          ]
        })
      }
    })
    const u = new TestUtils()
    await u.mount(MyActivitiesPage, {})
    await waitUntil(() => text().includes('小小园艺师'), 'the list')
    const cards = Array.from(document.querySelectorAll('.activity-card')).map((c) => c.textContent ?? '')
    expect(cards[0]).toContain('周末亲子绘本会')
    expect(cards[0]).toContain('已报名')
    expect(cards[1]).toContain('候补第 2 位')
    // Called off by the organisers: never 已报名 beside 已取消.
    expect(cards[2]).toContain('活动已取消，不用前往')
    expect(cards[2]).not.toContain('已报名')
  })

  it('says when there is nothing yet', async () => {
    stubCloud(mockedCall, { activities: { mine: answer('activities', 'mine', { items: [] }) } })
    const u = new TestUtils()
    await u.mount(MyActivitiesPage, {})
    await waitUntil(() => text().includes('还没有报名过活动'), 'the empty state')
  })
})
