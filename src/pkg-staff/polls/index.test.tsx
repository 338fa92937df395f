import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { OPEN_POLL } from '../../../tests/fixtures/polls'
import { DAY_MS, chinaDate } from '../../domain/clock'
import type { StaffPoll } from '../../domain/polls/egress'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffPollsPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const errorOf = (cls: string) => document.querySelector(`.poll-fields__${cls} .ui-field__error`)?.textContent

const staffPoll = (over: Partial<StaffPoll> = {}): StaffPoll => {
  const { myAnswer: _mine, ...poll } = OPEN_POLL
  return {
    ...poll,
    status: 'draft',
    createdAt: '2026-12-07T02:00:00.000Z',
    createdByName: '示例街道管理员',
    openedAt: null,
    closedAt: null,
    closedByName: null,
    answered: 0,
    manageable: true,
    ...over
  }
}

describe('快问快答 (staff)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('a street admin asks in their own street: errors beside each field first, then one save kept across a lost answer', async () => {
    let attempts = 0
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin', '示例街道管理员')) },
      policy: {
        staffPolls: answer('policy', 'staffPolls', { polls: [], councilRound: null }),
        createPoll: (req) =>
          ++attempts === 1
            ? failure('NETWORK')
            : answer('policy', 'createPoll', {
                poll: staffPoll({ id: (req.poll as { id: string }).id, question: '周末想去哪儿？' }),
                replayed: true
              })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffPollsPage, {})
    await waitUntil(() => text().includes('还没有发起过投票'), 'the empty list')
    await waitUntil(() => text().includes('解放碑街道'), 'the street admin’s scope')
    // A street admin is offered their street only, never the district.
    expect(byText('.poll-fields__scope .ui-chip', '全区')).toBeUndefined()

    // Each picture names its option until staff write their own words.
    const optionWords = (i: number) =>
      (
        document.querySelector(
          `.poll-fields__option-${i} input, .poll-fields__option-${i} textarea`
        ) as HTMLInputElement
      )?.value
    expect([optionWords(0), optionWords(1)]).toEqual(['公园', '图书馆'])
    // A picture picked before any words of one's own brings its name; picked back, the first.
    await click(u, document.querySelectorAll('.poll-fields__option')[0].querySelectorAll('.ui-chip')[1])
    expect(optionWords(0)).toBe('游乐场')
    await click(u, document.querySelectorAll('.poll-fields__option')[0].querySelectorAll('.ui-chip')[0])
    expect(optionWords(0)).toBe('公园')
    await click(u, document.querySelector('.poll-fields__add'))
    await click(u, document.querySelector('.staff-polls__save'))
    expect(errorOf('question')).toContain('请填写问题')
    expect(errorOf('option-2')).toContain('请填写第 3 个选项的文字')
    expect(requestsTo(mockedCall, 'policy', 'createPoll')).toEqual([])

    await type(u, '.poll-fields__question', '周末想去哪儿？')
    await type(u, '.poll-fields__option-2', '游泳池')
    await click(u, document.querySelectorAll('.poll-fields__option')[2].querySelectorAll('.ui-chip')[4])
    expect(optionWords(2)).toBe('游泳池')
    await click(u, document.querySelector('.staff-polls__save'))
    await waitUntil(() => text().includes('网络'), 'the lost answer')
    await click(u, document.querySelector('.staff-polls__save'))
    await waitUntil(() => document.querySelectorAll('.staff-polls__poll').length === 1, 'the saved poll')
    const sent = requestsTo(mockedCall, 'policy', 'createPoll')
    expect(sent).toHaveLength(2)
    expect(sent[1]).toEqual(sent[0])
    const today = chinaDate(Date.now())
    expect(sent[0].poll).toMatchObject({
      question: '周末想去哪儿？',
      street: '500103003',
      audience: 'children',
      startsOn: today,
      // Two weeks unless changed: a poll nobody re-dated does not end the day it starts.
      endsOn: chinaDate(Date.now() + 13 * DAY_MS),
      options: [
        { picture: 'park', label: '公园' },
        { picture: 'library', label: '图书馆' },
        { picture: 'swim', label: '游泳池' }
      ]
    })
  })

  it('opens a draft and closes an open poll after asking; results show once closed', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin', '示例区级管理员')) },
      policy: {
        staffPolls: answer('policy', 'staffPolls', { polls: [staffPoll()], councilRound: null }),
        openPoll: answer('policy', 'openPoll', {
          poll: staffPoll({ status: 'open', openedAt: '2026-12-07T03:00:00.000Z', answered: 3 })
        }),
        closePoll: answer('policy', 'closePoll', {
          poll: staffPoll({
            status: 'closed',
            openedAt: '2026-12-07T03:00:00.000Z',
            closedAt: '2026-12-08T03:00:00.000Z',
            answered: 20,
            results: { counts: [12, 8], total: 20, respondents: { child: 20, parent: 0 } }
          })
        })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffPollsPage, {})
    await waitUntil(() => document.querySelector('.staff-polls__open'), 'the draft with 开始')
    expect(text()).toContain('未开始')
    // Not begun: nothing to end early.
    expect(document.querySelector('.staff-polls__close')).toBeNull()
    await click(u, document.querySelector('.staff-polls__open'))
    await waitUntil(() => text().includes('进行中'), 'the open poll')
    expect(text()).toContain('已有 3 人参加')
    expect(document.querySelector('.staff-polls__open')).toBeNull()
    await click(u, document.querySelector('.staff-polls__close'))
    await waitUntil(() => text().includes('结果：公园 12 票，图书馆 8 票'), 'the results')
    expect(modal).toHaveBeenCalledTimes(1)
    expect(requestsTo(mockedCall, 'policy', 'closePoll')).toEqual([{ id: OPEN_POLL.id }])
    expect(document.querySelector('.staff-polls__close')).toBeNull()
    modal.mockRestore()
  })

  it('a poll may be asked for the children’s council round under way, and says so', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin', '示例区级管理员')) },
      policy: {
        staffPolls: answer('policy', 'staffPolls', {
          polls: [],
          councilRound: { id: '2026-Q4', label: '2026 年第四季度' }
        }),
        createPoll: (req) =>
          answer('policy', 'createPoll', {
            poll: staffPoll({ id: (req.poll as { id: string }).id, councilRound: '2026 年第四季度' }),
            replayed: false
          })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffPollsPage, {})
    await waitUntil(() => byText('.poll-fields__council .ui-chip', '2026 年第四季度议事'), 'the round to link')
    expect(byText('.poll-fields__council .ui-chip', '不关联')?.getAttribute('aria-checked')).toBe('true')
    await click(u, byText('.poll-fields__council .ui-chip', '2026 年第四季度议事'))
    await type(u, '.poll-fields__question', '放学后你最想去哪里？')
    await type(u, '.poll-fields__option-0', '公园')
    await type(u, '.poll-fields__option-1', '图书馆')
    await click(u, byText('.poll-fields__scope .ui-chip', '全区'))
    await click(u, document.querySelector('.staff-polls__save'))
    await waitUntil(() => text().includes('为2026 年第四季度儿童议事会而问'), 'the linked poll')
    expect(requestsTo(mockedCall, 'policy', 'createPoll')[0].poll).toMatchObject({ councilRoundId: '2026-Q4' })
  })

  it('a community worker is told who runs it, and gets no form the server would refuse', async () => {
    stubCloud(mockedCall, { user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) } })
    const u = new TestUtils()
    await u.mount(StaffPollsPage, {})
    await waitUntil(() => text().includes('快问快答由街道管理员和区级管理员发起'), 'the refusal')
    expect(document.querySelector('.staff-polls__form')).toBeNull()
    expect(requestsTo(mockedCall, 'policy', 'staffPolls')).toEqual([])
  })
})
