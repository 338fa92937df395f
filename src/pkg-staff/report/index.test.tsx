import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { EXPORT_MAX_ROWS } from '../../domain/staff/limits'
import { buildReport } from '../../domain/staff/report'
import { callCloud } from '../../services/cloud'
import StaffReportPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const row = {
  status: 'closed' as const,
  topic: 'play' as const,
  mode: 'child' as const,
  street: '500103003',
  createdAt: '2026-11-01T02:00:00.000Z',
  history: [],
  replies: []
}

const NO_DEADLINES = { onTime: 0, overdue: 0, onTimeRate: null, byStreetMonth: [] }

describe('staff report: 解决了吗', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows the answers per street and month', async () => {
    const report = buildReport([
      {
        ...row,
        followUps: [
          { answer: 'not_yet', at: '2026-11-20T02:00:00.000Z' },
          { answer: 'solved', at: '2026-11-25T02:00:00.000Z' }
        ]
      },
      { ...row, followUps: [{ answer: 'solved', at: '2026-11-26T02:00:00.000Z' }] }
    ])
    stubCloud(mockedCall, {
      staff: { report: answer('staff', 'report', { ...report, limit: 10000, deadlines: NO_DEADLINES }) }
    })
    const u = new TestUtils()
    await u.mount(StaffReportPage, {})
    await waitUntil(() => document.querySelector('.satisfaction__row'), 'the satisfaction figures')
    const text = document.querySelector('.satisfaction')!.textContent
    expect(text).toContain('解决了 2 · 还没有 1 · 满意 67%')
    expect(text).toContain('2026-11 解放碑：解决了 2，还没有 1')
  })

  it('says when nobody answered yet', async () => {
    stubCloud(mockedCall, {
      staff: { report: answer('staff', 'report', { ...buildReport([]), limit: 10000, deadlines: NO_DEADLINES }) }
    })
    const u = new TestUtils()
    await u.mount(StaffReportPage, {})
    await waitUntil(() => document.querySelector('.satisfaction'), 'the report')
    expect(document.querySelector('.satisfaction')!.textContent).toContain('还没有人回答。')
  })

  it('exports as many rows as the staff function allows, not a smaller number of its own', async () => {
    stubCloud(mockedCall, {
      staff: {
        report: answer('staff', 'report', { ...buildReport([]), limit: 10000, deadlines: NO_DEADLINES }),
        export: failure('INTERNAL')
      }
    })
    const u = new TestUtils()
    await u.mount(StaffReportPage, {})
    const csv = () => byText('.staff-report__exports > *', '导出 CSV') as HTMLElement
    await waitUntil(csv, 'the export button')
    await click(u, csv())
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'export').length === 1, 'the export request')
    const sent = requestsTo(mockedCall, 'staff', 'export')[0]
    expect(sent.limit ?? EXPORT_MAX_ROWS).toBe(EXPORT_MAX_ROWS)
  })
})

describe('staff report: 按时办理', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows the on-time rate and the overdue steps per street and month', async () => {
    const deadlines = {
      onTime: 3,
      overdue: 1,
      onTimeRate: 0.75,
      byStreetMonth: [
        { street: '500103003', label: '解放碑', month: '2026-10', onTime: 1, overdue: 1 },
        { street: '500103003', label: '解放碑', month: '2026-09', onTime: 2, overdue: 0 }
      ]
    }
    stubCloud(mockedCall, {
      staff: { report: answer('staff', 'report', { ...buildReport([]), limit: 10000, deadlines }) }
    })
    const u = new TestUtils()
    await u.mount(StaffReportPage, {})
    await waitUntil(() => document.querySelector('.deadline-report'), 'the deadline figures')
    const text = document.querySelector('.deadline-report')!.textContent
    expect(text).toContain('按时 3 · 逾期 1 · 按时率 75%')
    expect(text).toContain('2026-10 解放碑：按时 1，逾期 1')
  })
})
