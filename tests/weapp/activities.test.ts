/**
 * 活动详情 in the WeChat build: a parent with a seat taps 加到手机日历 and the event lands in the
 * phone's calendar from the tap (WeChat's rule), in unix seconds, with its place and the reminder
 * the day before; no rule of the strict wx is broken.
 */
import { REMIND_BEFORE_S } from '../../src/domain/activities/calendar'
import { PUBLIC_ACTIVITY, WAITLISTED_SIGNUP } from '../fixtures/activities'
import { newDevice } from './device'
import { bootApp, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(20000)

const ACTIVITY = { ...PUBLIC_ACTIVITY, seatsLeft: 1 }
const MINE = { ...WAITLISTED_SIGNUP, standing: 'confirmed' as const, waitlistPosition: undefined }

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
