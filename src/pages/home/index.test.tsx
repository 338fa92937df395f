import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { DISTRICT_EXAMPLES } from '../../domain/news'
import type { PublicSuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { useIntentStore } from '../../stores/useIntentStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { fireDidShow } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { BUNDLED_POLICY_SUMMARY } from '../../domain/policy/summary.generated'
import { useTargetProgressStore } from '../../stores/useTargetProgressStore'
import { NOTHING_ENTERED_ANSWER } from '../../../tests/fixtures/policy'
import HomePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const board = (items: PublicSuggestion[]) => ({ items, hasMore: false })
// Nothing published: home shows its bundled 有什么变化, and no target has a value yet.
const NO_NEWS = {
  policy: {
    news: answer('policy', 'news', { items: null }),
    progress: NOTHING_ENTERED_ANSWER
  }
}

describe('home page', () => {
  let switchTab: jest.SpyInstance
  beforeEach(() => {
    switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'switchTab:ok' }))
    mockedCall.mockReset()
    useIntentStore.setState({ mapCategory: null })
    useSuggestDraftStore.getState().reset(null)
  })
  afterEach(() => switchTab.mockRestore())

  const tile = (title: string) =>
    Array.from(document.querySelectorAll('.entry-tile')).find((t) => t.textContent?.includes(title)) as HTMLElement

  it('says what it is, and shows what has changed from bundled data even offline', async () => {
    stubCloud(mockedCall, {
      ...NO_NEWS,
      suggestions: { listPublic: failure('NETWORK', '网络连接失败，请检查网络后重试') }
    })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('从一米高度看城市')
    expect(document.querySelectorAll('.entry-tile')).toHaveLength(8)
    // Below the tiles, drawn once the first screen is up.
    await waitUntil(() => document.querySelector('.changes'), 'what has changed, below the tiles')
    for (const e of DISTRICT_EXAMPLES) expect(document.body.textContent).toContain(e.title)
  })

  it('asks for the targets and the board once the first screen is up, and again each time it shows', async () => {
    stubCloud(mockedCall, { ...NO_NEWS, suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) } })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await waitUntil(() => requestsTo(mockedCall, 'policy', 'progress').length === 1, 'the targets asked for')
    const boardAsks = requestsTo(mockedCall, 'suggestions', 'listPublic').length
    expect(boardAsks).toBeGreaterThan(0)
    await u.act(async () => fireDidShow())
    await waitUntil(() => requestsTo(mockedCall, 'policy', 'progress').length === 2, 'the targets asked again')
    expect(requestsTo(mockedCall, 'suggestions', 'listPublic').length).toBeGreaterThan(boardAsks)
  })

  it('takes a parent to the nearest childcare in one tap', async () => {
    stubCloud(mockedCall, { ...NO_NEWS, suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) } })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('最近的托育')
    await u.act(() => u.fireEvent.click(tile('最近的托育')))
    expect(useIntentStore.getState().mapCategory).toBe('childcare')
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/map/index' })
    await u.act(() => u.fireEvent.click(tile('儿童医院')))
    expect(useIntentStore.getState().mapCategory).toBe('children_hospital')
  })

  it('takes a parent to this week’s activities', async () => {
    stubCloud(mockedCall, { ...NO_NEWS, suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) } })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('本周活动')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      await u.act(() => u.fireEvent.click(tile('本周活动')))
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-activities/list/index?week=1' })
    } finally {
      navigateTo.mockRestore()
    }
  })

  it('takes a child straight to the children’s form', async () => {
    stubCloud(mockedCall, { ...NO_NEWS, suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) } })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('我是小朋友，我有建议')
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    try {
      await u.act(() => u.fireEvent.click(tile('我是小朋友')))
      expect(useSuggestDraftStore.getState().mode).toBe('child')
      expect(navigateTo).toHaveBeenCalledWith({ url: '/pkg-suggest/write/index' })
      // 快问快答 is one tap from home too.
      await u.act(() => u.fireEvent.click(tile('快问快答')))
      expect(navigateTo).toHaveBeenLastCalledWith({ url: '/pkg-polls/vote/index' })
    } finally {
      navigateTo.mockRestore()
    }
  })

  it('shows the 有什么变化 list a district admin published, in place of the bundled one', async () => {
    const published = [
      { id: 'demo-news', date: '2026-11', title: '示例：口袋公园开放', text: '示例内容。', source: '示例来源' }
    ]
    stubCloud(mockedCall, {
      policy: {
        news: answer('policy', 'news', { items: published, publishedAt: '2026-11-30T00:00:00Z' }),
        progress: NOTHING_ENTERED_ANSWER
      },
      suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) }
    })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('示例：口袋公园开放')
    expect(document.body.textContent).toContain('2026年11月')
    expect(document.body.textContent).not.toContain(DISTRICT_EXAMPLES[0].title)
  })

  it('adds adopted suggestions from the public board when they load', async () => {
    const adopted: PublicSuggestion = {
      id: 'p1',
      topic: 'parks_green',
      title: '枇杷山公园加装儿童秋千',
      text: '',
      status: 'adopted',
      supportCount: 3,
      createdAt: '2026-11-01T00:00:00Z',
      reply: '已纳入改造计划'
    }
    stubCloud(mockedCall, {
      ...NO_NEWS,
      suggestions: { listPublic: answer('suggestions', 'listPublic', board([adopted])) }
    })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.queries.waitForQueryByText('枇杷山公园加装儿童秋千')
    expect(document.body.textContent).toContain('已纳入改造计划')
  })

  it('shows each 2026 target with its entered value, date and source, and 暂无数据 for the rest', async () => {
    useTargetProgressStore.setState({ board: null, status: 'idle' })
    const [first, ...rest] = BUNDLED_POLICY_SUMMARY.targets
    stubCloud(mockedCall, {
      policy: {
        ...NO_NEWS.policy,
        progress: answer('policy', 'progress', {
          items: [
            {
              targetId: first.id,
              current: {
                targetId: first.id,
                value: 92,
                unit: '%',
                asOf: '2026-10-31',
                source: { document: '《社区托育点名录》', office: '区卫生健康委' },
                enteredAt: '2026-11-02T02:00:00.000Z',
                demo: true
              },
              related: { adopted: 0, closed: 0 },
              kids: '每 100 个社区里，已经有 92 个有托育机构啦，目标是 100 个。'
            },
            ...rest.map((t) => ({ targetId: t.id, current: null, related: { adopted: 0, closed: 0 }, kids: '' }))
          ],
          relatedComplete: true
        })
      },
      suggestions: { listPublic: answer('suggestions', 'listPublic', board([])) }
    })
    const u = new TestUtils()
    await u.mount(HomePage, {})
    await u.act(async () => fireDidShow())
    await u.queries.waitForQueryByText('现在 92%')
    const rows = Array.from(document.querySelectorAll('.target-board__row')).map((r) => r.textContent ?? '')
    expect(rows).toHaveLength(BUNDLED_POLICY_SUMMARY.targets.length)
    expect(rows[0]).toContain('截至 2026-10-31')
    expect(rows[0]).toContain('来源：区卫生健康委 · 《社区托育点名录》')
    // A value from the local demo seed says so.
    expect(rows[0]).toContain('演示数据')
    expect(rows.slice(1).every((r) => r.includes('暂无数据'))).toBe(true)
    // The 给小朋友 sentences are the 政策 tab's.
    expect(document.querySelectorAll('.target-board__kids')).toHaveLength(0)
  })
})
