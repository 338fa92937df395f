// 报名名单: masked rows in order (seats, the waitlist, cancelled), one contact opened on purpose
// (the server logs it), attendance per seat, and the export in two taps.
import TestUtils from '@tarojs/test-utils-react'
import { staffActivity } from '../../../tests/fixtures/activities'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffSignUp } from '../../domain/activities/egress'
import { callCloud } from '../../services/cloud'
import { prepareExport, shareExport } from '../../services/files'
import ActivitySignUpsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
jest.mock('../../services/files', () => ({
  exportActionLabel: () => '下载文件',
  discardExport: jest.fn(),
  prepareExport: jest.fn((f: { filename: string }) => ({ path: 'blob:signups', filename: f.filename })),
  shareExport: jest.fn(async () => '已下载')
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

const row = (rowId: string, over: Partial<StaffSignUp> = {}): StaffSignUp => ({
  rowId,
  standing: 'confirmed',
  childAge: 5,
  guardianName: '王**',
  guardianPhone: '138****5678',
  signedAt: '2026-11-28T02:00:00.000Z',
  attended: null,
  ...over
})
const ROWS = [
  row('su-1'),
  row('su-2', { guardianName: '李**', guardianPhone: '139****0001' }),
  row('su-3', { standing: 'waitlisted', waitlistPosition: 1, guardianName: '赵**' })
]

const UNDER_WAY = staffActivity({
  startAt: new Date(Date.now() - 600_000).toISOString(),
  endAt: new Date(Date.now() + 3_600_000).toISOString()
})

describe('报名名单', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows masked rows, opens one contact, marks attendance and exports', async () => {
    setRouterParams({ id: 'act-staff-0001' })
    stubCloud(mockedCall, {
      activities: {
        // Under way: attendance can be marked.
        signUps: answer('activities', 'signUps', { activity: UNDER_WAY, rows: ROWS }),
        openContact: answer('activities', 'openContact', {
          guardianName: '李女士',
          guardianPhone: '13900000001',
          loggedAt: '2026-11-28T03:00:00.000Z'
        }),
        markAttendance: (req) =>
          answer('activities', 'markAttendance', { row: { ...ROWS[0], attended: req.attended as boolean } }),
        exportSignUps: answer('activities', 'exportSignUps', {
          csv: '序号\r\n1\r\n',
          fileName: '活动报名-2099-12-05.csv'
        })
      }
    })
    const u = new TestUtils()
    await u.mount(ActivitySignUpsPage, {})
    await waitUntil(() => text().includes('候补第 1 位'), 'the rows')
    expect(text()).toContain('名额 2，已报名 2，候补 1')
    expect(text()).toContain('138****5678')
    expect(text()).not.toContain('13900000001')
    expect(document.querySelectorAll('.signup-row__came')).toHaveLength(2)

    await click(u, document.querySelectorAll('.signup-row__contact')[1])
    await waitUntil(() => text().includes('13900000001'), 'the opened contact')
    expect(text()).toContain('李女士')
    expect(requestsTo(mockedCall, 'activities', 'openContact')).toEqual([
      { id: 'act-staff-0001', rowId: 'su-2', purpose: '活动联系' }
    ])
    expect(text()).not.toMatch(/13812345678/)

    await click(u, document.querySelectorAll('.signup-row__came')[0])
    await waitUntil(() => text().includes('已到'), 'attendance shown')
    expect(requestsTo(mockedCall, 'activities', 'markAttendance')).toEqual([
      { id: 'act-staff-0001', rowId: 'su-1', attended: true }
    ])

    await click(u, document.querySelector('.activity-signups__export-button'))
    await waitUntil(() => text().includes('已生成 活动报名-2099-12-05.csv'), 'the file')
    expect(prepareExport).toHaveBeenCalledWith({
      filename: '活动报名-2099-12-05.csv',
      mimeType: 'text/csv',
      content: '序号\r\n1\r\n'
    })
    await click(u, byText('.activity-signups__share', '下载文件'))
    expect(shareExport).toHaveBeenCalledWith({ path: 'blob:signups', filename: '活动报名-2099-12-05.csv' })
  })

  it.each([
    ['days ahead', staffActivity(), '活动开始前 60 分钟起才能签到'],
    ['cancelled', { ...UNDER_WAY, status: 'cancelled' as const }, '活动已取消，不用签到']
  ])('offers no attendance for an activity %s, and says why', async (_, activity, why) => {
    setRouterParams({ id: 'act-staff-0001' })
    stubCloud(mockedCall, { activities: { signUps: answer('activities', 'signUps', { activity, rows: ROWS }) } })
    const u = new TestUtils()
    await u.mount(ActivitySignUpsPage, {})
    await waitUntil(() => text().includes('候补第 1 位'), 'the rows')
    expect(document.querySelector('.activity-signups__no-marking')?.textContent).toBe(why)
    expect(document.querySelectorAll('.signup-row__came, .signup-row__absent')).toHaveLength(0)
  })

  it('without an activity id says so and asks nothing', async () => {
    setRouterParams({})
    stubCloud(mockedCall, {})
    const u = new TestUtils()
    await u.mount(ActivitySignUpsPage, {})
    await waitUntil(() => text().includes('缺少活动编号'), 'the missing id')
    expect(mockedCall).not.toHaveBeenCalled()
  })
})
