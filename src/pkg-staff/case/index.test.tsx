// The staff case page: the 公开 review of a child's words.
import TestUtils from '@tarojs/test-utils-react'
import { CHILD_CASE as kid, CHILD_CASE_TEXT as text } from '../../../tests/fixtures/staff'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { REDACTED } from '../../domain/staff/mask'
import { callCloud } from '../../services/cloud'
import StaffCasePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const hits = () => Array.from(document.querySelectorAll('.publish-review .highlighted__hit')).map((n) => n.textContent)

describe('staff case: 公开 review', () => {
  beforeEach(() => mockedCall.mockReset())

  it('marks what looks personal, takes it out in one tap, then publishes exactly what is shown', async () => {
    let current = kid
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', kid),
        moderate: (r) => {
          const spans = r.spans ?? []
          current = { ...current, text: spans.reduce((t, s) => t.split(s).join(REDACTED), current.text), rev: 4 }
          return answer('staff', 'moderate', current)
        },
        publish: () => answer('staff', 'publish', { ...current, publication: 'approved', rev: 5 })
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => hits().length > 0, 'the review to mark the text')
    expect(hits()).toEqual(['王小明', '人和街小学'])
    expect(byText('.publish-action__publish', '仍要公开')).toBeTruthy()
    // While something still looks personal, 公开 asks why (the audit log keeps the reason).
    expect(document.querySelector('.publish-action__reason')?.textContent).toContain('“王小明”')

    await click(u, byText('.redaction-hits__hit', '王小明')?.querySelector('.redaction-hits__redact'))
    await waitUntil(() => hits().length === 1, 'the name to be gone')
    expect(requestsTo(mockedCall, 'staff', 'moderate')).toEqual([
      { id: 'kid-1', op: 'redact', field: 'text', spans: ['王小明'], rev: 3 }
    ])
    await click(u, byText('.redaction-hits__hit', '人和街小学')?.querySelector('.redaction-hits__redact'))
    await waitUntil(() => hits().length === 0, 'the school to be gone')
    expect(document.body.textContent).toContain('没有发现明显的个人信息')

    expect(document.querySelector('.publish-action__reason')).toBeNull()
    await click(u, byText('.publish-action__publish', '同意公开到公示栏'))
    await waitUntil(() => document.body.textContent?.includes('已公开到公示栏'), 'the approved state')
    expect(requestsTo(mockedCall, 'staff', 'publish')).toEqual([
      { id: 'kid-1', title: '想要秋千', text: `我叫${REDACTED}，在${REDACTED}读书，想要秋千`, rev: 4 }
    ])
  })

  it('publishes words that still look personal only with a written reason, sent with them', async () => {
    stubCloud(mockedCall, {
      staff: {
        get: answer('staff', 'get', kid),
        publish: (r) =>
          r.reason
            ? answer('staff', 'publish', { ...kid, publication: 'approved', rev: 4 })
            : failure('VALIDATION', '还有像个人信息的内容：“王小明”。请先隐去；确实可以公开的，请写明原因', 'reason')
      }
    })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => document.querySelector('.publish-action__reason'), 'the reason field')
    await click(u, byText('.publish-action__publish', '仍要公开'))
    await waitUntil(
      () => document.querySelector('.publish-action__reason .ui-field--invalid, .publish-action .ui-field--invalid'),
      'the refusal'
    )
    await type(u, '.publish-action__reason', '人和街小学是学校名称')
    await click(u, byText('.publish-action__publish', '仍要公开'))
    await waitUntil(() => document.body.textContent?.includes('已公开到公示栏'), 'the approved state')
    expect(requestsTo(mockedCall, 'staff', 'publish')).toEqual([
      { id: 'kid-1', title: '想要秋千', text, rev: 3 },
      { id: 'kid-1', title: '想要秋千', text, rev: 3, reason: '人和街小学是学校名称' }
    ])
  })

  it('a community worker prepares (redacts) but does not see 公开', async () => {
    const worker = { ...kid, allowed: { ...kid.allowed, publish: false } }
    stubCloud(mockedCall, { staff: { get: answer('staff', 'get', worker) } })
    setRouterParams({ id: 'kid-1' })
    const u = new TestUtils()
    await u.mount(StaffCasePage, {})
    await waitUntil(() => hits().length > 0, 'the review')
    expect(document.querySelectorAll('.redaction-hits__redact')).toHaveLength(2)
    expect(document.querySelector('.publish-action__publish')).toBeNull()
  })
})
