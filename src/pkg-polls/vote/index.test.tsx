import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { CLOSED_POLL, OPEN_POLL } from '../../../tests/fixtures/polls'
import { callCloud } from '../../services/cloud'
import PollsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''

describe('快问快答 (citizens)', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a child taps a picture and votes; a vote whose answer was lost is sent again as it was', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      policy: {
        listPolls: answer('policy', 'listPolls', { open: [OPEN_POLL], closed: [] }),
        answerPoll: (req) =>
          ++attempts === 1
            ? failure('NETWORK')
            : answer('policy', 'answerPoll', { poll: { ...OPEN_POLL, myAnswer: req.option as number }, replayed: true })
      }
    })
    const u = new TestUtils()
    await u.mount(PollsPage, {})
    // A child reads the children's wording, with big pictures and their words.
    await waitUntil(() => text().includes('放学后，你最想去哪儿玩？'), 'the open poll')
    expect(text()).toContain('🌳')
    expect(text()).toContain('解放碑街道 · 截至 2026-12-20')

    await click(u, document.querySelector('.poll-card__send'))
    expect(text()).toContain('先点一张图，选一个吧')
    expect(requestsTo(mockedCall, 'policy', 'answerPoll')).toEqual([])

    await click(u, byText('.poll-card__option', '图书馆'))
    expect(byText('.poll-card__option', '图书馆')?.className).toContain('poll-card__option--on')
    await click(u, document.querySelector('.poll-card__send'))
    await waitUntil(() => text().includes('网络'), 'the lost answer')
    await click(u, document.querySelector('.poll-card__send'))
    await waitUntil(() => text().includes('投好啦！你选了“图书馆”，投票结束后公布结果。'), 'the answer')
    const sent = requestsTo(mockedCall, 'policy', 'answerPoll')
    expect(sent).toEqual([
      { pollId: OPEN_POLL.id, option: 1, as: 'child' },
      { pollId: OPEN_POLL.id, option: 1, as: 'child' }
    ])
    expect(document.querySelector('.poll-card__send')).toBeNull()
  })

  it('a grown-up sees only the polls that ask parents, in the adult wording', async () => {
    stubCloud(mockedCall, {
      policy: {
        listPolls: answer('policy', 'listPolls', {
          open: [OPEN_POLL, { ...OPEN_POLL, id: 'poll-both0001', audience: 'both', question: '社区里还缺什么？' }],
          closed: []
        })
      }
    })
    const u = new TestUtils()
    await u.mount(PollsPage, {})
    await waitUntil(() => text().includes('放学后，你最想去哪儿玩？'), 'the children’s poll')
    await click(u, byText('.ui-chip', '我是家长'))
    await waitUntil(() => !text().includes('放学后'), 'the children’s poll hidden')
    expect(text()).toContain('社区里还缺什么？')
  })

  it('shows a closed poll’s results as bars and every number in words', async () => {
    stubCloud(mockedCall, {
      policy: { listPolls: answer('policy', 'listPolls', { open: [], closed: [CLOSED_POLL] }) }
    })
    const u = new TestUtils()
    await u.mount(PollsPage, {})
    await waitUntil(() => text().includes('周末你最想和家人去哪里？'), 'the closed poll')
    expect(text()).toContain('现在没有问小朋友的投票')
    expect(text()).toContain('公园：12 票，占 60%（最多）')
    expect(text()).toContain('图书馆：8 票，占 40%')
    expect(text()).toContain('共 20 人参加（小朋友 15 人，家长 5 人）。')
    expect(text()).toContain('给小朋友：最多人选的是“公园”，一共 12 票！')
    expect(document.querySelectorAll('.poll-results .bar-chart__row')).toHaveLength(2)
  })

  it('asks and shows results in the words of whoever reads: a child its question, a parent the adult one', async () => {
    const closed = { ...CLOSED_POLL, questionForChildren: '周末你最想去哪里玩？' }
    const answered = { ...OPEN_POLL, id: 'poll-both0002', audience: 'both' as const, myAnswer: 1 }
    stubCloud(mockedCall, {
      policy: { listPolls: answer('policy', 'listPolls', { open: [answered], closed: [closed] }) }
    })
    const u = new TestUtils()
    await u.mount(PollsPage, {})
    await waitUntil(() => text().includes('周末你最想去哪里玩？'), 'the results in child words')
    expect(text()).not.toContain('周末你最想和家人去哪里？')
    await click(u, byText('.ui-chip', '我是家长'))
    await waitUntil(() => text().includes('周末你最想和家人去哪里？'), 'the results in adult words')
    // One answer per WeChat account: a parent reading the child's vote is told whose it may be.
    expect(text()).toContain('这个微信已经投过票，选的是“图书馆”。每个微信只能投一次')
  })
})
