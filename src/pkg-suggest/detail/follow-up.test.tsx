import { answer, failure, requestsTo } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { MySuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { ANSWERED_AT, CLOSED_AT, closedChildSuggestion, reopenedBy } from '../../../tests/fixtures/follow-up'
import { mountDetail } from '../../../tests/setup/mount-detail'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const closed = closedChildSuggestion('s1')
const reopened = reopenedBy(closed, { text: '滑梯还是坏的' })
const AT = ANSWERED_AT

const mount = (item: MySuggestion, more: Parameters<typeof mountDetail>[2] = {}) => mountDetail(mockedCall, item, more)

describe('my suggestion: 解决了吗？', () => {
  beforeEach(() => mockedCall.mockReset())

  it('is asked on a closed suggestion; 还没有 sends the sentence and shows it went back to the staff', async () => {
    let fail = true
    const u = await mount(closed, {
      followUp: () =>
        fail ? failure('RATE_LIMITED', '每小时最多回答 10 次') : answer('suggestions', 'followUp', reopened)
    })
    expect(document.querySelector('.follow-up')?.textContent).toContain('解决了吗？')
    expect(document.body.textContent).toContain('你觉得解决了吗？')
    await type(u, '.follow-up', '滑梯还是坏的')

    await click(u, byText('.follow-up__not-yet', '还没有'))
    await waitUntil(() => document.querySelector('.follow-up__error'), 'the error')
    expect(document.querySelector('.follow-up__error')?.textContent).toContain('每小时最多回答 10 次')

    fail = false
    await click(u, byText('.follow-up__not-yet', '还没有'))
    await waitUntil(() => document.querySelector('.follow-up--answered'), 'the answer')
    expect(requestsTo(mockedCall, 'suggestions', 'followUp').at(-1)).toEqual({
      id: 's1',
      answer: 'not_yet',
      closedAt: CLOSED_AT,
      text: '滑梯还是坏的'
    })
    expect(document.querySelector('.follow-up--answered')?.textContent).toContain('你说：还没有。滑梯还是坏的')
    expect(document.body.textContent).toContain('工作人员会再看看')
    expect(document.body.textContent).toContain('你说还没解决，工作人员会再看看。')
    expect(document.querySelector('.follow-up__solved')).toBeNull()
  })

  it('says what was done at the top, before 解决了吗 asks', async () => {
    const explained = closedChildSuggestion('s1', {
      history: [
        { status: 'submitted', at: '2026-11-28T02:00:00Z', by: 'author' },
        { status: 'closed', at: CLOSED_AT, by: '王老师', note: '滑梯已经修好啦，快去玩吧！' }
      ]
    })
    await mount(explained)
    const now = document.querySelector('.suggestion-detail__now')!
    expect(now.textContent).toContain('工作人员说：滑梯已经修好啦，快去玩吧！')
    expect(now.compareDocumentPosition(document.querySelector('.follow-up')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
  })

  it('解决了 without a sentence sends no text', async () => {
    const solved = {
      ...closed,
      followUps: [{ answer: 'solved' as const, at: AT, closedAt: CLOSED_AT }]
    }
    const u = await mount(closed, { followUp: answer('suggestions', 'followUp', solved) })
    await click(u, byText('.follow-up__solved', '解决了'))
    await waitUntil(() => document.querySelector('.follow-up--answered'), 'the answer')
    expect(requestsTo(mockedCall, 'suggestions', 'followUp')).toEqual([
      { id: 's1', answer: 'solved', closedAt: CLOSED_AT }
    ])
    expect(document.querySelector('.follow-up--answered')?.textContent).toContain('你说：解决了')
  })

  it('is not asked before 已办结', async () => {
    await mount({ ...closed, status: 'answered', closedAt: undefined })
    expect(document.querySelector('.follow-up')).toBeNull()
  })
})
