// 参观预约 (staff): masked requests with the centre's phone; one contact opened on purpose (the
// server logs it); an answer needs words and, once sent, replaces the form.
import TestUtils from '@tarojs/test-utils-react'
import { answer, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { StaffVisit } from '../../domain/places/visit-egress'
import { callCloud } from '../../services/cloud'
import StaffVisitsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

const row = (rowId: string, over: Partial<StaffVisit> = {}): StaffVisit => ({
  rowId,
  placeId: 'cc-a',
  placeName: '示例托育园（解放碑 1）',
  childAge: 'age1',
  slot: 'weekday_am',
  note: '想看看午睡的地方',
  guardianName: '王**',
  guardianPhone: '138****5678',
  status: 'pending',
  createdAt: '2026-12-07T02:00:00.000Z',
  ...over
})

describe('参观预约 (staff)', () => {
  beforeEach(() => mockedCall.mockReset())

  it('shows masked requests, opens one contact, and answers with words', async () => {
    stubCloud(mockedCall, {
      places: {
        staffVisits: answer('places', 'staffVisits', {
          items: [
            { visit: row('v-1'), centrePhones: ['023-63000009'] },
            { visit: row('v-2', { placeName: '示例托育园（上清寺 1）' }), centrePhones: [] }
          ],
          next: null,
          pending: 2,
          scopeLabel: '解放碑街道 · 大井巷社区'
        }),
        openVisitContact: answer('places', 'openVisitContact', {
          guardianName: '王女士',
          guardianPhone: '13812345678',
          loggedAt: '2026-12-07T03:00:00.000Z'
        }),
        answerVisit: (req) =>
          answer('places', 'answerVisit', {
            visit: row('v-1', {
              status: 'arranged',
              answer: req.answer as string,
              closedAt: '2026-12-07T03:00:00.000Z',
              answeredBy: '示例社区工作者'
            })
          })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffVisitsPage, {})
    await waitUntil(() => text().includes('待联系 2 个'), 'the list')
    expect(text()).toContain('解放碑街道 · 大井巷社区')
    expect(text()).toContain('机构电话：023-63000009')
    expect(text()).toContain('机构电话：暂无（可请区级管理员在地点信息里补上）')
    expect(text()).toContain('138****5678')
    expect(text()).not.toContain('13812345678')

    await click(u, document.querySelector('.visit-answer__contact'))
    await waitUntil(() => text().includes('13812345678'), 'the opened contact')
    expect(requestsTo(mockedCall, 'places', 'openVisitContact')).toEqual([{ id: 'v-1' }])
    expect(document.querySelectorAll('.visit-answer__contact')).toHaveLength(1)

    await click(u, document.querySelector('.visit-answer__arranged'))
    await waitUntil(() => text().includes('请写明约好的时间和到了找谁'), 'the answer is required')
    expect(requestsTo(mockedCall, 'places', 'answerVisit')).toEqual([])
    await type(u, '.visit-answer__text', '12月10日上午10点，到前台找李老师（示例）')
    await click(u, document.querySelector('.visit-answer__arranged'))
    await waitUntil(() => text().includes('示例社区工作者答复：12月10日上午10点'), 'the answer shown')
    expect(requestsTo(mockedCall, 'places', 'answerVisit')).toEqual([
      { id: 'v-1', status: 'arranged', answer: '12月10日上午10点，到前台找李老师（示例）' }
    ])
    expect(document.querySelectorAll('.visit-answer')).toHaveLength(1)
    expect(text()).toContain('待联系 1 个')
  })

  it('a role without the step is told so, without a retry button', async () => {
    stubCloud(mockedCall, {
      places: {
        staffVisits: {
          ok: false,
          error: { code: 'FORBIDDEN', message: '只有社区、街道和区级工作人员可以处理参观预约' }
        }
      }
    })
    const u = new TestUtils()
    await u.mount(StaffVisitsPage, {})
    await waitUntil(() => text().includes('只有社区、街道和区级工作人员'), 'the refusal')
    expect(document.querySelector('.ui-error__retry')).toBeNull()
  })
})
