import TestUtils from '@tarojs/test-utils-react'
import { WORKER_VIEW } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { AuditView } from '../../domain/staff/api'
import { recentMonths } from '../../domain/staff/periods'
import { callCloud } from '../../services/cloud'
import StaffAuditPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const opened = (n: number, purpose: string | null): AuditView => ({
  id: `a${n}`,
  kind: 'open_contact',
  at: `2026-11-2${n}T02:00:00.000Z`,
  actorName: '王社工',
  actorRole: 'community_worker',
  suggestionId: `kid-${n}`,
  suggestionTitle: `想要秋千 ${n}`,
  detail: { purpose }
})
const items = () => Array.from(document.querySelectorAll('.staff-audit__item')).map((n) => n.textContent)
const chip = (group: string, label: string) => byText(`.staff-audit__${group} .ui-chip`, label)

describe('staff audit log viewer', () => {
  beforeEach(() => mockedCall.mockReset())

  it('opens on every kind; lists who did what to which suggestion (by its title), why and when; filters on the server; pages', async () => {
    stubCloud(mockedCall, {
      staff: {
        listStaff: answer('staff', 'listStaff', { items: [WORKER_VIEW] }),
        auditLog: (r) =>
          r.cursor
            ? answer('staff', 'auditLog', { items: [opened(1, null)], next: null })
            : answer('staff', 'auditLog', {
                items: r.staffId ? [opened(3, '回电话')] : [opened(3, '回电话'), opened(2, '核实地址')],
                next: r.staffId ? 'page-2' : null
              })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffAuditPage, {})
    await waitUntil(() => items().length === 2, 'two entries')
    expect(items()[0]).toContain('查看联系方式 · “想要秋千 3”')
    expect(items()[0]).not.toContain('kid-3')
    expect(items()[0]).toContain('用途：回电话')
    expect(items()[0]).toContain('王社工（社区工作者） · 2026-11-23 10:00')
    const month = recentMonths(1, new Date())[0].key
    expect(requestsTo(mockedCall, 'staff', 'auditLog')).toEqual([{ month, cursor: null }])
    expect(document.querySelector('.staff-audit__more')).toBeNull()

    await waitUntil(() => chip('person', '王社工'), 'the people')
    await click(u, chip('person', '王社工'))
    await waitUntil(() => items().length === 1, 'one person’s entries')
    await click(u, chip('month', '全部月份'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'auditLog').length === 3, 'all months asked')
    expect(requestsTo(mockedCall, 'staff', 'auditLog')[2]).toEqual({ staffId: 'staff-1', cursor: null })

    await waitUntil(() => document.querySelector('.staff-audit__more'), 'more to load')
    await click(u, document.querySelector('.staff-audit__more'))
    await waitUntil(() => items().length === 2, 'the next page appended')
    expect(items()[1]).toContain('用途：未填写用途')
    expect(requestsTo(mockedCall, 'staff', 'auditLog')[3]).toMatchObject({ staffId: 'staff-1', cursor: 'page-2' })
    expect(document.querySelector('.staff-audit__more')).toBeNull()

    await click(u, chip('kind', '查看联系方式'))
    await waitUntil(() => requestsTo(mockedCall, 'staff', 'auditLog').length === 5, 'one kind asked')
    expect(requestsTo(mockedCall, 'staff', 'auditLog')[4]).toEqual({
      kind: 'open_contact',
      staffId: 'staff-1',
      cursor: null
    })
  })

  it('shows the server’s refusal to anyone but a district admin, with nothing to retry', async () => {
    stubCloud(mockedCall, {
      staff: {
        listStaff: failure('FORBIDDEN', '只有区级管理员可以管理工作人员名单'),
        auditLog: failure('FORBIDDEN', '只有区级管理员可以查看操作记录')
      }
    })
    const u = new TestUtils()
    await u.mount(StaffAuditPage, {})
    await waitUntil(() => document.body.textContent?.includes('只有区级管理员可以查看操作记录'), 'the refusal')
    expect(document.querySelector('.ui-error__retry')).toBeNull()
    expect(document.querySelector('.staff-audit__person')).toBeNull()
  })
})
