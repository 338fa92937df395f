/**
 * 活动详情 in the WeChat build: a parent with a seat taps 加到手机日历 and the event lands in the
 * phone's calendar from the tap (WeChat's rule), in unix seconds, with its place and the reminder
 * the day before; no rule of the strict wx is broken.
 */
import { REMIND_BEFORE_S } from '../../src/domain/activities/calendar'
import type { MySignUp, PublicActivity } from '../../src/domain/activities/egress'
import { newDevice } from './device'
import { bootApp, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(20000)

const ACTIVITY: PublicActivity = {
  id: 'act-1',
  title: '周末亲子绘本会',
  description: '一起读绘本、做手工。',
  place: { name: '大井巷社区活动室', address: '大井巷社区活动室' },
  street: '500103003',
  startAt: '2099-12-05T01:30:00.000Z',
  endAt: '2099-12-05T03:00:00.000Z',
  ageMin: 3,
  ageMax: 8,
  capacity: 2,
  seatsLeft: 1,
  waitlisted: 0,
  fee: null,
  howToSignUp: '请带水杯',
  status: 'published',
  updatedAt: '2026-11-28T02:00:00.000Z'
}
const MINE: MySignUp = {
  activityId: 'act-1',
  standing: 'confirmed',
  childAge: 5,
  guardianName: '王女士',
  guardianPhone: '138****5678',
  signedAt: '2026-11-28T02:00:00.000Z'
}

describe('WeChat build: 活动详情', () => {
  afterEach(teardownApp)

  it('加到手机日历 writes the event from the tap, in unix seconds, reminding the day before', async () => {
    const device = newDevice()
    bootApp({
      device,
      mockWx: (wx) => {
        ;(wx.cloud as Record<string, unknown>).callFunction = async (o: { data: { action: string } }) => ({
          result: { ok: true, data: o.data.action === 'get' ? { activity: ACTIVITY, mine: MINE } : { items: [] } }
        })
      }
    })
    const page = renderPage('pkg-activities/detail/index', { id: 'act-1' })
    await waitForText(page, '加到手机日历')
    tap(page, '.activity-detail__calendar')
    await until(() => device.calendar.events.length === 1, 'the calendar event')
    expect(device.violations).toEqual([])
    expect(device.calendar.prompts).toBe(1)
    expect(device.calendar.events).toEqual([
      {
        title: '周末亲子绘本会',
        startTime: Date.parse(ACTIVITY.startAt) / 1000,
        endTime: Date.parse(ACTIVITY.endAt) / 1000,
        location: '大井巷社区活动室',
        description: '渝中 · 一米高度 的活动报名。\n报名须知：请带水杯',
        alarm: true,
        alarmOffset: REMIND_BEFORE_S
      }
    ])
  })
})
