import { answer, failure, requestsTo } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { MySuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { mountDetail } from './mount-detail'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/media', () => ({ toast: jest.fn(), confirm: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const CLOSED_AT = '2026-11-29T02:00:00Z'
const AT = '2026-11-30T02:00:00Z'
const closed: MySuggestion = {
  _id: 's1',
  id: 's1',
  mode: 'child',
  topic: 'parks_green',
  title: '想要大滑梯',
  text: '公园里想要一个大滑梯',
  photoFileIds: [],
  onBehalfOfChild: false,
  ageGroup: '6to9',
  visibility: 'visible',
  status: 'closed',
  closedAt: CLOSED_AT,
  history: [
    { status: 'submitted', at: '2026-11-28T02:00:00Z', by: 'author' },
    { status: 'closed', at: CLOSED_AT, by: '王老师' }
  ],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-28T02:00:00Z',
  updatedAt: CLOSED_AT
}
const reopened: MySuggestion = {
  ...closed,
  status: 'in_progress',
  followUps: [{ answer: 'not_yet', at: AT, closedAt: CLOSED_AT, text: '滑梯还是坏的' }],
  history: [...closed.history, { status: 'in_progress', at: AT, by: 'author', event: 'reopened' }]
}

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
