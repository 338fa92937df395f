import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { chinaDate } from '../../domain/clock'
import type { StaffProgress } from '../../domain/policy/progress'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffProgressPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const errorOf = (cls: string) => document.querySelector(`.progress-fields__${cls} .ui-field__error`)?.textContent

const EARLIER: StaffProgress = {
  id: 'progress-old12345',
  targetId: 'childcareCommunityCoverage',
  value: 85,
  unit: '%',
  asOf: '2026-06-30',
  source: { document: '《社区托育点名录》', office: '区卫生健康委' },
  enteredAt: '2026-07-02T02:00:00.000Z',
  enteredByName: '李管理员'
}
const saved = (req: { id: string; targetId: string; asOf: unknown; source: unknown }, value: number) =>
  answer('policy', 'recordProgress', {
    replayed: false,
    entry: {
      id: req.id,
      targetId: req.targetId,
      value,
      unit: '个/千人',
      asOf: String(req.asOf),
      source: req.source as StaffProgress['source'],
      enteredAt: '2026-12-06T02:00:00.000Z',
      enteredByName: '李管理员'
    }
  })

const asRole = (role: 'district_admin' | 'street_admin') => ({
  whoami: answer('user', 'whoami', whoAmIAs(role))
})

describe('目标进展录入', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ status: 'idle', me: null })
  })

  it('shows a target’s history, refuses bad input beside each field, and saves a value with its source', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      user: asRole('district_admin'),
      policy: {
        progressHistory: (req) =>
          answer('policy', 'progressHistory', { entries: req.targetId === EARLIER.targetId ? [EARLIER] : [] }),
        progress: answer('policy', 'progress', { items: [], relatedComplete: true }),
        // The first save's answer is lost on the way: the page sends the same save again.
        recordProgress: (req) => (++attempts === 1 ? failure('NETWORK') : saved(req, 3.9))
      }
    })
    const u = new TestUtils()
    await u.mount(StaffProgressPage, {})
    await waitUntil(() => text().includes('85%'), 'the first target’s history')
    expect(text()).toContain('李管理员 录入于')
    expect(text()).toContain('来源：区卫生健康委 · 《社区托育点名录》')

    await click(u, byText('.ui-chip', '每千人口3岁以下婴幼儿托位数'))
    await waitUntil(() => text().includes('这个目标还没有录入过数值'), 'an empty history')
    expect(text()).toContain('目标 ≥4.5 个/千人')
    const today = chinaDate(Date.now())
    expect(document.querySelector('.progress-fields__date .date-field__value')?.textContent).toContain(today)

    await type(u, '.progress-fields__value', '1200')
    await type(u, '.progress-fields__url', 'www.cqyz.gov.cn')
    await click(u, document.querySelector('.staff-progress__save'))
    expect(errorOf('value')).toContain('每千人口的数应在 0 到 1000 之间')
    expect(errorOf('document')).toContain('请写明来源文件')
    expect(errorOf('office')).toContain('请写明发布单位')
    expect(errorOf('url')).toContain('链接应以 http:// 或 https:// 开头')
    expect(requestsTo(mockedCall, 'policy', 'recordProgress')).toEqual([])

    await type(u, '.progress-fields__value', '3.9')
    await type(u, '.progress-fields__url', '')
    await type(u, '.progress-fields__document', '《2026年渝中区托育服务统计》')
    await type(u, '.progress-fields__office', '区卫生健康委')
    await click(u, document.querySelector('.staff-progress__save'))
    await waitUntil(() => text().includes('网络'), 'the lost answer')
    await click(u, document.querySelector('.staff-progress__save'))
    await waitUntil(() => text().includes('已保存：3.9 个/千人'), 'the saved value')

    const sent = requestsTo(mockedCall, 'policy', 'recordProgress')
    expect(sent).toHaveLength(2)
    // The same save id both times: the server stores it once.
    expect(sent[1].id).toBe(sent[0].id)
    expect(sent[1]).toEqual({
      id: sent[0].id,
      targetId: 'childcareSlotsPerThousand',
      value: '3.9',
      asOf: today,
      source: { document: '《2026年渝中区托育服务统计》', office: '区卫生健康委' }
    })
    // The new value joins the history; the form is empty for the next one.
    expect(document.querySelectorAll('.staff-progress__entry')).toHaveLength(1)
    expect((document.querySelector('.progress-fields__value input') as HTMLInputElement).value).toBe('')
    // The 政策 tab's values are asked for again.
    expect(requestsTo(mockedCall, 'policy', 'progress').length).toBeGreaterThan(0)
  })

  it('puts a server refusal beside its field', async () => {
    stubCloud(mockedCall, {
      user: asRole('district_admin'),
      policy: {
        progressHistory: answer('policy', 'progressHistory', { entries: [] }),
        recordProgress: failure('VALIDATION', '数据日期不能晚于今天（2026-12-01）', 'asOf')
      }
    })
    const u = new TestUtils()
    await u.mount(StaffProgressPage, {})
    await waitUntil(() => document.querySelector('.progress-fields__value'), 'the form')
    await type(u, '.progress-fields__value', '92')
    await type(u, '.progress-fields__document', '《名录》')
    await type(u, '.progress-fields__office', '区卫生健康委')
    await click(u, document.querySelector('.staff-progress__save'))
    await waitUntil(() => text().includes('数据日期不能晚于今天（2026-12-01）'), 'the date error')
    expect(document.querySelector('.progress-fields__date .field-error')?.textContent).toContain('数据日期不能晚于今天')
  })

  it('tells anyone but a district admin who enters the values, and asks nothing of the page', async () => {
    stubCloud(mockedCall, { user: asRole('street_admin') })
    const u = new TestUtils()
    await u.mount(StaffProgressPage, {})
    await waitUntil(() => text().includes('只有区级管理员可以录入目标进展'), 'the refusal')
    expect(document.querySelector('.progress-fields__value')).toBeNull()
    expect(requestsTo(mockedCall, 'policy', 'progressHistory')).toEqual([])
  })
})
