import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { CANDIDATES, CLOSED_ROUND, OPEN_ROUND, SELF_REP } from '../../../tests/fixtures/council'
import { callCloud } from '../../services/cloud'
import CouncilPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const NOBODY = { representative: null, round: OPEN_ROUND, candidates: [], picks: [] }

describe('儿童议事会 (citizens)', () => {
  beforeEach(() => mockedCall.mockReset())

  it('a child joins with the code from the street: a wrong code is refused beside the field, the right one shows the round', async () => {
    let joined = false
    stubCloud(mockedCall, {
      policy: {
        council: answer('policy', 'council', { current: OPEN_ROUND, rounds: [] }),
        councilMe: () =>
          answer(
            'policy',
            'councilMe',
            joined ? { representative: SELF_REP, round: OPEN_ROUND, candidates: CANDIDATES, picks: [] } : NOBODY
          ),
        joinCouncil: (req) => {
          if (req.code !== 'ABCD-EFGH')
            return failure('NOT_FOUND', '没有找到这个邀请码，请和爸爸妈妈一起问问街道的工作人员')
          joined = true
          return answer('policy', 'joinCouncil', { representative: SELF_REP, replayed: false })
        }
      }
    })
    const u = new TestUtils()
    await u.mount(CouncilPage, {})
    await waitUntil(() => text().includes('请和爸爸妈妈一起，输入工作人员给的邀请码'), 'the join card')
    expect(text()).toContain('2026 年第四季度议事正在进行，区里结束这一次议事后公布大家的选择。')
    await type(u, '.council-join__code', 'ZZZZ-ZZZZ')
    await click(u, document.querySelector('.council-join__send'))
    await waitUntil(() => text().includes('没有找到这个邀请码'), 'the refusal')
    await type(u, '.council-join__code', 'ABCD-EFGH')
    await click(u, document.querySelector('.council-join__send'))
    await waitUntil(() => text().includes('你好，小星星！'), 'the representative’s round')
    expect(text()).toContain('你是解放碑街道的小代表。')
    expect(text()).toContain('学校门口加一个斑马线')
    expect(requestsTo(mockedCall, 'policy', 'joinCouncil')).toEqual([{ code: 'ZZZZ-ZZZZ' }, { code: 'ABCD-EFGH' }])
  })

  it('a representative picks at most three; the fourth is refused in words; the picks are saved whole', async () => {
    stubCloud(mockedCall, {
      policy: {
        council: answer('policy', 'council', { current: OPEN_ROUND, rounds: [] }),
        councilMe: answer('policy', 'councilMe', {
          representative: SELF_REP,
          round: OPEN_ROUND,
          candidates: CANDIDATES,
          picks: ['council-s3']
        }),
        pickCouncil: (req) => answer('policy', 'pickCouncil', { picks: req.picks as string[] })
      }
    })
    const u = new TestUtils()
    await u.mount(CouncilPage, {})
    await waitUntil(() => text().includes('已选 1 条，最多 3 条'), 'the saved pick')
    expect(byText('.council-picks__item', '图书馆周末开晚一点')?.getAttribute('aria-checked')).toBe('true')
    // Children's first, marked as theirs.
    expect(Array.from(document.querySelectorAll('.council-picks__title')).map((e) => e.textContent)).toEqual([
      '🛝 学校门口加一个斑马线',
      '🛝 图书馆周末开晚一点',
      '🛝 操场边上装饮水机',
      '🛝 公园里多放几个秋千'
    ])
    await click(u, byText('.council-picks__item', '学校门口加一个斑马线'))
    await click(u, byText('.council-picks__item', '操场边上装饮水机'))
    await click(u, byText('.council-picks__item', '公园里多放几个秋千'))
    expect(text()).toContain('最多选 3 条哦，先取消一条再选')
    expect(text()).toContain('已选 3 条')
    await click(u, document.querySelector('.council-picks__save'))
    await waitUntil(() => text().includes('保存好啦！你选了 3 条。'), 'saved')
    expect(requestsTo(mockedCall, 'policy', 'pickCouncil')).toEqual([
      { roundId: '2026-Q4', picks: ['council-s3', 'council-s1', 'council-s4'] }
    ])
  })

  it('everyone reads a closed round: how many picked each, the answer for children and adults, where it stands now', async () => {
    stubCloud(mockedCall, {
      policy: {
        council: answer('policy', 'council', { current: null, rounds: [CLOSED_ROUND] }),
        councilMe: answer('policy', 'councilMe', { ...NOBODY, round: null })
      }
    })
    const u = new TestUtils()
    await u.mount(CouncilPage, {})
    await waitUntil(() => text().includes('2026 年第三季度议事结果'), 'the closed round')
    expect(text()).toContain('解放碑街道 · 5 位小代表')
    expect(text()).toContain('4 位小代表选了它')
    expect(text()).toContain('给小朋友：明年春天，学校门口会有斑马线啦！')
    expect(text()).toContain('区里的答复（会做，预计 2027-03-31 前完成）：交巡警将在学校门口施划斑马线。')
    expect(text()).toContain('现在：已采纳')
    expect(text()).toContain('区里正在准备答复。')
    // The poll asked for the round, with its results in words.
    expect(text()).toContain('这一次议事问大家的问题')
    expect(text()).toContain('公园：12 票，占 60%（最多）')
    expect(document.querySelectorAll('.council-round__items .council-item')).toHaveLength(2)
  })
})
