import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { addToCalendar } from '../../services/calendar'
import { PUBLIC_ACTIVITY as ACTIVITY, WAITLISTED_SIGNUP as MINE } from '../../../tests/fixtures/activities'
import { callCloud } from '../../services/cloud'
import { toast } from '../../services/feedback'
import ActivityDetailPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/calendar', () => ({
  CALENDAR_ACTION: '下载日历文件',
  addToCalendar: jest.fn(async () => 'downloaded')
}))
jest.mock('../../services/feedback', () => ({ ...jest.requireActual('../../services/feedback'), toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('活动详情', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    setRouterParams({ id: 'act-1' })
  })

  it('shows the facts (free unless a fee was typed), refuses without the guardian’s consent, then waitlists and cancels', async () => {
    const sent: unknown[] = []
    stubCloud(mockedCall, {
      activities: {
        get: answer('activities', 'get', { activity: ACTIVITY, mine: null }),
        signUp: (req) => {
          sent.push(req)
          return answer('activities', 'signUp', {
            activity: { ...ACTIVITY, waitlisted: 1 },
            mine: MINE,
            replayed: false
          })
        },
        cancelSignUp: answer('activities', 'cancelSignUp', {
          activity: ACTIVITY,
          mine: { ...MINE, standing: 'cancelled', cancelledAt: '2026-11-28T03:00:00.000Z' }
        })
      }
    })
    const u = new TestUtils()
    await u.mount(ActivityDetailPage, {})
    await waitUntil(() => text().includes('周末亲子绘本会'), 'the activity')
    expect(text()).toContain('费用：免费')
    expect(text()).toContain('3–8 岁')
    expect(text()).toContain('名额已满，报名候补')

    await type(u, '.activity-signup__age', '5')
    await type(u, '.activity-signup__name', '王女士')
    await type(u, '.activity-signup__phone', '13812345678')
    await click(u, byText('.ui-button', '报名候补'))
    await waitUntil(() => text().includes('请家长先阅读并同意'), 'the consent error')
    expect(sent).toHaveLength(0)

    await click(u, byText('.ui-button', '我是家长，同意以上说明'))
    await click(u, byText('.ui-button', '报名候补'))
    await waitUntil(() => text().includes('候补第 1 位'), 'the waitlist place')
    expect(sent).toEqual([
      { activityId: 'act-1', childAge: '5', guardianName: '王女士', guardianPhone: '13812345678', consentVersion: 1 }
    ])

    // Asked first: a tap on 取消报名 alone gives nothing away.
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' })
      .mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'ok' })
    await click(u, byText('.ui-button', '取消报名'))
    expect(modal).toHaveBeenCalledTimes(1)
    // Its two buttons cannot be read as the same thing.
    expect(modal.mock.calls[0][0]).toMatchObject({ confirmText: '取消报名', cancelText: '保留报名' })
    expect(requestsTo(mockedCall, 'activities', 'cancelSignUp')).toEqual([])
    expect(text()).toContain('候补第 1 位')
    await click(u, byText('.ui-button', '取消报名'))
    await waitUntil(() => text().includes('名额已满，报名候补'), 'the form again')
    expect(text()).not.toContain('候补第 1 位')
    modal.mockRestore()
  })

  it('a cancelled activity says so where the sign-up is, and offers no seats, calendar or cancel', async () => {
    stubCloud(mockedCall, {
      activities: {
        get: answer('activities', 'get', {
          activity: { ...ACTIVITY, status: 'cancelled', notice: '场地维修，改期另行通知', seatsLeft: 0 },
          mine: { ...MINE, standing: 'confirmed', waitlistPosition: undefined }
        })
      }
    })
    const u = new TestUtils()
    await u.mount(ActivityDetailPage, {})
    await waitUntil(() => document.querySelector('.activity-detail__standing'), 'my sign-up')
    expect(document.querySelector('.activity-detail__standing')?.textContent).toBe('活动已取消，不用前往')
    expect(text()).toContain('场地维修，改期另行通知')
    expect(text()).not.toContain('名额：')
    expect(text()).not.toContain('已报名')
    for (const gone of ['.activity-detail__calendar', '.activity-detail__reminder'])
      expect(document.querySelector(gone)).toBeNull()
    expect(byText('.ui-button', '取消报名')).toBeFalsy()
  })

  it('shows the cover staff added, named for a screen reader', async () => {
    setRouterParams({ id: ACTIVITY.id })
    const covered = { ...ACTIVITY, coverUrl: '/cloud/_files/cover.jpg?exp=1&sig=x' }
    stubCloud(mockedCall, { activities: { get: answer('activities', 'get', { activity: covered, mine: null }) } })
    const u = new TestUtils()
    await u.mount(ActivityDetailPage, {})
    await waitUntil(() => document.querySelector('.activity-detail__cover img'), 'the cover')
    expect(document.querySelector('.activity-detail__cover img')?.getAttribute('alt')).toBe(`${ACTIVITY.title}的封面`)
  })

  it('says so when the activity cannot be found', async () => {
    setRouterParams({})
    stubCloud(mockedCall, {})
    const u = new TestUtils()
    await u.mount(ActivityDetailPage, {})
    await waitUntil(() => text().includes('没有找到这个活动'), 'the not-found text')
  })

  it('a confirmed sign-up goes to the phone’s calendar with its place and the reminder; a waitlisted one does not', async () => {
    stubCloud(mockedCall, {
      activities: { get: answer('activities', 'get', { activity: { ...ACTIVITY, seatsLeft: 1 }, mine: MINE }) }
    })
    const u = new TestUtils()
    await u.mount(ActivityDetailPage, {})
    await waitUntil(() => text().includes('候补第 1 位'), 'the waitlisted sign-up')
    expect(document.querySelector('.activity-detail__calendar')).toBeNull()
    expect(document.querySelector('.activity-detail__reminder')?.textContent).toBe(
      '补上名额的话，12月4日 18:00 会发微信提醒'
    )

    stubCloud(mockedCall, {
      activities: {
        get: answer('activities', 'get', {
          activity: ACTIVITY,
          mine: { ...MINE, standing: 'confirmed', waitlistPosition: undefined }
        })
      }
    })
    const again = new TestUtils()
    await again.mount(ActivityDetailPage, {})
    await waitUntil(() => document.querySelector('.activity-detail__calendar'), 'the calendar button')
    // The page mounted last (the waitlisted one above is still in the document).
    expect(Array.from(document.querySelectorAll('.activity-detail__reminder')).pop()?.textContent).toBe(
      '12月4日 18:00 会发微信提醒（报名时允许了通知才会收到）'
    )
    expect(document.querySelector('.activity-detail__calendar')?.textContent).toBe('下载日历文件')
    await click(again, document.querySelector('.activity-detail__calendar'))
    expect(addToCalendar).toHaveBeenCalledWith({
      uid: 'act-1@yuzhong-yimi',
      title: '周末亲子绘本会',
      startMs: Date.parse(ACTIVITY.startAt),
      endMs: Date.parse(ACTIVITY.endAt),
      location: '大井巷社区活动室',
      description: '渝中 · 一米高度 的活动报名。\n报名须知：请带水杯'
    })
    await waitUntil(() => (toast as jest.Mock).mock.calls.length > 0, 'the toast')
    expect(toast).toHaveBeenLastCalledWith('日历文件已下载，用手机日历打开即可')
  })
})
