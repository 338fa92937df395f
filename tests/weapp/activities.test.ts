/**
 * 活动详情 in the WeChat build: a parent with a seat taps 加到手机日历 and the event lands in the
 * phone's calendar from the tap (WeChat's rule), in unix seconds, with its place and the reminder
 * the day before; a parent signing up is asked, in the 报名 tap and in one panel, for the change
 * notice and the day-before reminder. No rule of the strict wx is broken.
 */
import { REMIND_BEFORE_S } from '../../src/domain/activities/calendar'
import { PUBLIC_ACTIVITY, WAITLISTED_SIGNUP } from '../fixtures/activities'
import { newDevice } from './device'
import { bootApp, renderPage, tap, teardownApp, typeInto, until, waitForText } from './harness'

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

  it('报名 asks for the change notice and the day-before reminder in one panel, from the tap', async () => {
    const device = newDevice()
    const sent: string[] = []
    const WHOAMI = {
      role: 'citizen',
      roleLabel: '居民',
      scope: {},
      backend: 'wechat',
      activityTemplateId: 'tpl-activity-change',
      activityReminderTemplateId: 'tpl-activity-reminder'
    }
    bootApp({
      device,
      mockWx: (wx) => {
        ;(wx.cloud as Record<string, unknown>).callFunction = async (o: { data: { action: string } }) => {
          sent.push(o.data.action)
          const data =
            o.data.action === 'whoami'
              ? WHOAMI
              : o.data.action === 'get'
                ? { activity: ACTIVITY, mine: null }
                : o.data.action === 'signUp'
                  ? { activity: ACTIVITY, mine: MINE, replayed: false }
                  : { items: [] }
          return { result: { ok: true, data } }
        }
      }
    })
    const page = renderPage('pkg-activities/detail/index', { id: 'act-1' })
    await waitForText(page, '同意以上说明')
    await until(() => sent.includes('whoami'), 'who the user is (the templates to ask for)')
    typeInto(page, '.activity-signup__age .ui-field__input', '5')
    typeInto(page, '.activity-signup__name .ui-field__input', '王女士')
    typeInto(page, '.activity-signup__phone .ui-field__input', '13812345678')
    tap(page, '.activity-signup .ui-button', 0)
    await waitForText(page, '已阅读并同意')
    tap(page, '.activity-signup .ui-button', 1)
    await until(() => sent.includes('signUp'), 'the sign-up')
    expect(device.subscribe.asked).toEqual([['tpl-activity-change', 'tpl-activity-reminder']])
    expect(device.violations).toEqual([])
  })
})
