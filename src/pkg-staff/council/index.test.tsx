import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, pickDate, type } from '../../../tests/setup/interact'
import { DAY_MS, chinaDate } from '../../domain/clock'
import { waitUntil } from '../../../tests/setup/wait'
import { whoAmIAs } from '../../../tests/fixtures/staff'
import { CANDIDATES, OPEN_ROUND } from '../../../tests/fixtures/council'
import type { StaffItem, StaffRepresentative, StaffRound } from '../../domain/council/egress'
import { callCloud } from '../../services/cloud'
import { useSessionStore } from '../../stores/useSessionStore'
import StaffCouncilPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const errorOf = (cls: string) => document.querySelector(`.rep-fields__${cls} .ui-field__error`)?.textContent

const REP: StaffRepresentative = {
  id: 'rep-1',
  street: '500103003',
  streetLabel: '解放碑街道',
  nickname: '小星星',
  ageGroup: '10to13',
  guardian: { relation: 'mother', phone: '138****5678', agreedOn: '2026-12-01', recordedByName: '示例街道管理员' },
  invite: 'ABCD-EFGH',
  inviteExpired: false,
  joinedAt: null,
  createdAt: '2026-12-07T02:00:00.000Z',
  createdByName: '示例街道管理员',
  endedAt: null,
  endedByName: null,
  active: true
}
const ROUND: StaffRound = {
  ...OPEN_ROUND,
  openedAt: '2026-10-02T02:00:00.000Z',
  openedByName: '示例区级管理员',
  closedByName: null
}
const ITEM: StaffItem = {
  id: '2026-Q3:council-s1',
  roundId: '2026-Q3',
  street: '500103003',
  streetLabel: '解放碑街道',
  suggestionId: 'council-s1',
  picks: 4,
  suggestion: CANDIDATES[0],
  answer: null
}

// A month on: the answer's day may not be before today.
const BY_ON = chinaDate(Date.now() + 30 * DAY_MS)

describe('儿童议事会 (staff)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    useSessionStore.setState({ me: null, status: 'idle' })
  })

  it('a street admin adds a representative: errors beside each field, then the code to read out to the guardian', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin', '示例街道管理员')) },
      policy: {
        staffCouncil: answer('policy', 'staffCouncil', { representatives: [], rounds: [], items: [] }),
        addRepresentative: (req) => {
          const sent = req.representative as Record<string, unknown>
          if (sent.street !== '500103003') return failure('FORBIDDEN', '街道管理员只能管理本街道的小代表')
          return answer('policy', 'addRepresentative', { representative: REP, replayed: false })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(StaffCouncilPage, {})
    await waitUntil(() => text().includes('还没有小代表'), 'the empty list')
    // A street admin does not open rounds.
    expect(document.querySelector('.staff-council__open')).toBeNull()
    await click(u, document.querySelector('.staff-council__save'))
    expect(errorOf('nickname')).toContain('请填写小代表的昵称')
    expect(text()).toContain('请选择小代表的年龄段')
    expect(text()).toContain('请确认监护人已经同意孩子担任小代表')
    expect(requestsTo(mockedCall, 'policy', 'addRepresentative')).toEqual([])

    await type(u, '.rep-fields__nickname', '小星星')
    await click(u, byText('.rep-fields__age .ui-chip', '10—13岁'))
    await click(u, byText('.rep-fields__relation .ui-chip', '妈妈'))
    await type(u, '.rep-fields__phone', '13812345678')
    await click(u, document.querySelector('.rep-fields__consent'))
    await click(u, document.querySelector('.staff-council__save'))
    await waitUntil(() => text().includes('邀请码 ABCD-EFGH'), 'the invitation code')
    expect(text()).toContain('监护人：妈妈 138****5678')
    const [sent] = requestsTo(mockedCall, 'policy', 'addRepresentative')
    expect(sent.representative).toMatchObject({
      street: '500103003',
      nickname: '小星星',
      ageGroup: '10to13',
      guardianRelation: 'mother',
      guardianPhone: '13812345678',
      consent: true
    })
  })

  it('an invitation not used in time says it expired and how to go on, without the code', async () => {
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('street_admin', '示例街道管理员')) },
      policy: {
        staffCouncil: answer('policy', 'staffCouncil', {
          representatives: [{ ...REP, invite: null, inviteExpired: true }],
          rounds: [],
          items: []
        })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffCouncilPage, {})
    await waitUntil(() => text().includes('邀请码已过期（30 天内没有使用）'), 'the expired invitation')
    expect(text()).toContain('请先“不再担任”，征得监护人同意后重新添加')
    expect(text()).not.toContain('ABCD-EFGH')
  })

  it('the district closes the round after asking, and answers a picked suggestion in adult and child words', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', whoAmIAs('district_admin', '示例区级管理员')) },
      policy: {
        staffCouncil: answer('policy', 'staffCouncil', { representatives: [REP], rounds: [ROUND], items: [ITEM] }),
        closeRound: answer('policy', 'closeRound', { round: { ...ROUND, status: 'closed' }, items: [] }),
        answerCouncilItem: (req) =>
          answer('policy', 'answerCouncilItem', {
            item: {
              ...ITEM,
              answer: {
                ...(req.answer as { plan: 'will'; byOn: string; words: string; wordsForChildren: string }),
                answeredAt: '2026-12-07T02:00:00.000Z',
                answeredByName: '示例区级管理员'
              }
            }
          })
      }
    })
    const u = new TestUtils()
    await u.mount(StaffCouncilPage, {})
    await waitUntil(() => text().includes('4 位小代表选了它'), 'the picked suggestion')
    await click(u, document.querySelector('.staff-council__close'))
    await waitUntil(() => requestsTo(mockedCall, 'policy', 'closeRound').length === 1, 'the close')
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '结束2026 年第四季度议事？' }))

    await click(u, document.querySelector('.council-answer__send'))
    expect(text()).toContain('请写明会怎么做')
    // No day is offered as a promise: one is picked.
    expect(document.querySelector('.council-answer__by')?.textContent).toContain('请选择')
    expect(text()).toContain('请填写预计什么时候做好')
    expect(requestsTo(mockedCall, 'policy', 'answerCouncilItem')).toEqual([])
    await type(u, '.council-answer__words', '交巡警将在学校门口施划斑马线。')
    await type(u, '.council-answer__kids', '学校门口会有斑马线啦！')
    await pickDate(u, '.council-answer__by', BY_ON)
    await click(u, document.querySelector('.council-answer__send'))
    await waitUntil(() => text().includes('已答复（会做'), 'the answer')
    expect(requestsTo(mockedCall, 'policy', 'answerCouncilItem')[0]).toMatchObject({
      id: ITEM.id,
      answer: {
        plan: 'will',
        byOn: BY_ON,
        words: '交巡警将在学校门口施划斑马线。',
        wordsForChildren: '学校门口会有斑马线啦！'
      }
    })
    modal.mockRestore()
  })

  it('a community worker is told who runs it, and gets no form the server would refuse', async () => {
    stubCloud(mockedCall, { user: { whoami: answer('user', 'whoami', whoAmIAs('community_worker')) } })
    const u = new TestUtils()
    await u.mount(StaffCouncilPage, {})
    await waitUntil(() => text().includes('小代表由街道管理员和区级管理员添加'), 'the refusal')
    expect(document.querySelector('.staff-council__form')).toBeNull()
    expect(requestsTo(mockedCall, 'policy', 'staffCouncil')).toEqual([])
  })
})
