import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { answer, failure, stubCloud } from '../../../tests/setup/cloud-stub'
import { DISTRICT_EXAMPLES } from '../../domain/news'
import type { PublicSuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { useIntentStore } from '../../stores/useIntentStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import HomePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const board = (items: PublicSuggestion[]) => ({ items, hasMore: false })
// Nothing published: home shows its bundled 有什么变化.
const NO_NEWS = { policy: { news: answer('policy', 'news', { items: null }) } }

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
    expect(document.querySelectorAll('.entry-tile')).toHaveLength(6)
    for (const e of DISTRICT_EXAMPLES) expect(document.body.textContent).toContain(e.title)
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
    } finally {
      navigateTo.mockRestore()
    }
  })

  it('shows the 有什么变化 list a district admin published, in place of the bundled one', async () => {
    const published = [
      { id: 'demo-news', date: '2026-11', title: '示例：口袋公园开放', text: '示例内容。', source: '示例来源' }
    ]
    stubCloud(mockedCall, {
      policy: { news: answer('policy', 'news', { items: published, publishedAt: '2026-11-30T00:00:00Z' }) },
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
})
