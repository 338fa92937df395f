// 发布活动 / 修改活动: errors beside each field by the server's rules, a publish sent again after a
// lost answer is the same publish (one form id), a change and a cancellation need words for the
// parents and say how many were told.
import TestUtils from '@tarojs/test-utils-react'
import { activityFieldValues, staffActivity, workerScope } from '../../../tests/fixtures/activities'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { chinaDate, DAY_MS } from '../../domain/clock'
import { callCloud } from '../../services/cloud'
import { confirm } from '../../services/feedback'
import ActivityEditPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedConfirm = confirm as jest.MockedFunction<typeof confirm>
const text = () => document.body.textContent ?? ''
const errorOf = (key: string) => document.querySelector(`.activity-fields__${key} .ui-field__error`)?.textContent

describe('发布活动', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedConfirm.mockReset()
    setRouterParams({})
  })

  it('refuses an incomplete form beside its fields, then publishes once though the first answer is lost', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      activities: {
        staffList: answer('activities', 'staffList', { items: [], scope: workerScope }),
        publish: (req) => {
          if (++attempts === 1) return failure('NETWORK')
          const form = req.form as { id: string; title: string }
          return answer('activities', 'publish', {
            activity: staffActivity({ id: form.id, title: form.title, seatsLeft: 2, waitlisted: 0 }),
            replayed: false
          })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(ActivityEditPage, {})
    await waitUntil(() => text().includes('已选：解放碑 · 大井巷'), 'the worker’s own area, preselected')

    await click(u, document.querySelector('.activity-edit__save'))
    expect(errorOf('title')).toContain('请填写活动名称')
    expect(errorOf('address')).toContain('请选择一个地点，或填写活动地址')
    expect(errorOf('date')).toContain('请选择活动日期')
    expect(errorOf('capacity')).toContain('名额请填 1–500 的整数')
    expect(requestsTo(mockedCall, 'activities', 'publish')).toEqual([])

    const day = chinaDate(Date.now() + 3 * DAY_MS)
    // The end before the start: said beside the end.
    for (const [key, value] of Object.entries(activityFieldValues({ startTime: '11:00', endTime: '09:30' })))
      await type(u, `.activity-fields__${key}`, value)
    await click(u, document.querySelector('.activity-edit__save'))
    expect(errorOf('endTime')).toContain('结束时间要晚于开始时间')
    await type(u, '.activity-fields__endTime', '12:00')

    await click(u, document.querySelector('.activity-edit__save'))
    await waitUntil(() => text().includes('网络连接失败'), 'the lost answer said')
    await click(u, document.querySelector('.activity-edit__save'))
    await waitUntil(() => text().includes('已发布：周末亲子绘本会'), 'published')
    // The result in place of the form: no second 发布 to tap by mistake; another starts afresh.
    expect(document.querySelector('.activity-edit__save')).toBeNull()
    await click(u, document.querySelector('.activity-edit__another'))
    expect(document.querySelector('.activity-edit__save')).not.toBeNull()
    expect(text()).not.toContain('已发布')
    const sent = requestsTo(mockedCall, 'activities', 'publish').map((r) => r.form as Record<string, string>)
    expect(sent).toHaveLength(2)
    expect(sent[1].id).toBe(sent[0].id)
    expect(sent[1]).toMatchObject({ street: '500103003', community: '500103003019', feeYuan: '', date: day })
  })

  it('a change needs words for the parents and says how many were told; cancelling asks first', async () => {
    setRouterParams({ id: 'act-staff-0001' })
    // Three days on at 09:30–11:00 China time (not too far ahead to be changed).
    const start = Date.parse(`${chinaDate(Date.now() + 3 * DAY_MS)}T01:30:00.000Z`)
    const a = staffActivity({
      startAt: new Date(start).toISOString(),
      endAt: new Date(start + 90 * 60_000).toISOString()
    })
    stubCloud(mockedCall, {
      activities: {
        staffList: answer('activities', 'staffList', { items: [a], scope: workerScope }),
        change: () =>
          answer('activities', 'change', {
            activity: { ...a, status: 'changed', rev: 2, notice: '改到下午' },
            notice: { notified: 3, outcomes: { sent: 3 } }
          }),
        cancel: () =>
          answer('activities', 'cancel', {
            activity: { ...a, status: 'cancelled', rev: 3 },
            notice: { notified: 3, outcomes: { sent: 3 } }
          })
      }
    })
    const u = new TestUtils()
    await u.mount(ActivityEditPage, {})
    await waitUntil(
      () => (document.querySelector('.activity-fields__title input') as HTMLInputElement)?.value === a.title,
      'the stored activity in the form'
    )
    expect(text()).toContain('已报名 2 人，候补 1 人')

    await type(u, '.activity-fields__capacity', '1')
    await click(u, document.querySelector('.activity-edit__save'))
    expect(errorOf('capacity')).toContain('已有 2 人报上名，名额不能少于 2')
    expect(document.querySelector('.activity-edit__notice .ui-field__error')?.textContent).toContain('请写一句改了什么')
    await type(u, '.activity-fields__capacity', '3')
    await type(u, '.activity-edit__notice', '改到下午')
    await click(u, document.querySelector('.activity-edit__save'))
    await waitUntil(() => text().includes('已保存修改，已通知 3 位报名的家长'), 'the change said')
    expect(requestsTo(mockedCall, 'activities', 'change')).toEqual([
      expect.objectContaining({
        id: a.id,
        rev: 1,
        notice: '改到下午',
        form: expect.objectContaining({ capacity: '3' })
      })
    ])

    mockedConfirm.mockResolvedValueOnce(false)
    await type(u, '.activity-edit__notice', '场地维修')
    await click(u, byText('.activity-edit__cancel', '取消这个活动'))
    expect(mockedConfirm.mock.calls[0][0].content).toContain('场地维修')
    expect(requestsTo(mockedCall, 'activities', 'cancel')).toEqual([])
    mockedConfirm.mockResolvedValueOnce(true)
    await click(u, byText('.activity-edit__cancel', '取消这个活动'))
    await waitUntil(() => text().includes('已取消活动，已通知 3 位报名的家长'), 'the cancellation said')
    expect(requestsTo(mockedCall, 'activities', 'cancel')).toEqual([{ id: a.id, rev: 2, notice: '场地维修' }])
  })
})
