import TestUtils from '@tarojs/test-utils-react'
import { answer, deferred, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import type { ResponseOf } from '../../domain/cloud-api'
import type { CloudResult } from '../../domain/errors'
import type { PublicSuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import SuggestionBoardPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

type ListAnswer = CloudResult<ResponseOf<'suggestions', 'listPublic'>>
const adopted = (id: string, title: string, street?: string): PublicSuggestion => ({
  id,
  topic: 'parks_green',
  title,
  text: '',
  ...(street ? { street } : {}),
  status: 'adopted',
  supportCount: 3,
  createdAt: '2026-11-28T02:00:00Z'
})
const list = (...items: PublicSuggestion[]) => answer('suggestions', 'listPublic', { items, hasMore: false })
const titles = () => Array.from(document.querySelectorAll('.board__title')).map((t) => t.textContent)

describe('public board', () => {
  beforeEach(() => mockedCall.mockReset())

  it('lists the adopted suggestions; 我也想要 shows the new count and turns into 已支持', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: list(adopted('p1', '公园加饮水点')),
        support: answer('suggestions', 'support', { supportCount: 4, added: true })
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await u.queries.waitForQueryByText('公园加饮水点')
    await click(u, byText('.board__foot button, .board__foot taro-button-core', '我也想要 3'))
    await waitUntil(() => document.body.textContent?.includes('✓ 已支持 4'), 'the new count, supported')
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([{ id: 'p1' }])
    expect(document.querySelector('.board__supported')?.getAttribute('aria-label')).toBe('已支持，共 4 人支持')
  })

  it('shows 已支持 on what the server says I supported, and sends nothing for it', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: answer('suggestions', 'listPublic', {
          items: [
            { ...adopted('p1', '公园加饮水点'), supportedByMe: true },
            { ...adopted('p2', '路口加护栏'), supportedByMe: false }
          ],
          hasMore: false
        })
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await u.queries.waitForQueryByText('路口加护栏')
    const feet = Array.from(document.querySelectorAll('.board__foot')).map((f) => f.textContent)
    expect(feet[0]).toContain('✓ 已支持 3')
    expect(feet[1]).toContain('👍 我也想要 3')
    await click(u, document.querySelector('.board__supported'))
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([])
  })

  it('loads 20 more at a time with 加载更多, from where the list ends, per street', async () => {
    const page = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => adopted(`p${from + i}`, `建议 ${from + i}`, '500103003'))
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: (r) =>
          answer(
            'suggestions',
            'listPublic',
            r.skip ? { items: page(21, 3), hasMore: false } : { items: page(1, 20), hasMore: true }
          )
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await waitUntil(() => titles().length === 20, 'the first page')
    await click(u, byText('.board__more', '加载更多'))
    await waitUntil(() => titles().length === 23, 'the next page appended')
    expect(titles().slice(19)).toEqual(['建议 20', '建议 21', '建议 22', '建议 23'])
    expect(document.querySelector('.board__more')).toBeNull()
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await waitUntil(() => requestsTo(mockedCall, 'suggestions', 'listPublic').length === 3, 'the street asked')
    expect(requestsTo(mockedCall, 'suggestions', 'listPublic')).toEqual([
      { state: 'taken' },
      { state: 'taken', skip: 20 },
      { street: '500103003', state: 'taken' }
    ])
  })

  it('shows what the district is still working on under 办理中, with each one’s status, in the chosen street', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: (r) =>
          list(
            ...(r.state === 'open'
              ? [{ ...adopted('o1', '校门口加斑马线', r.street), status: 'in_progress' as const }]
              : [adopted('p1', '公园加饮水点', r.street)])
          )
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await u.queries.waitForQueryByText('公园加饮水点')
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await click(u, byText('.board__states .ui-chip', '办理中'))
    await u.queries.waitForQueryByText('校门口加斑马线')
    expect(titles()).toEqual(['校门口加斑马线'])
    expect(document.querySelector('.board__head')?.textContent).toContain('办理中')
    expect(requestsTo(mockedCall, 'suggestions', 'listPublic').at(-1)).toEqual({ street: '500103003', state: 'open' })
    expect(document.querySelector('.board__states [aria-checked="true"]')?.textContent).toContain('办理中')
  })

  it('shows the figures per month and per street as bars with their numbers in words', async () => {
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: list(),
        stats: answer('suggestions', 'stats', {
          byStreetMonth: [
            { street: '500103003', month: '2026-11', submitted: 6, adopted: 2 },
            { street: '500103005', month: '2026-11', submitted: 3, adopted: 0 },
            { street: '500103003', month: '2026-10', submitted: 4, adopted: 1 }
          ],
          since: '2025-12-01T00:00:00.000Z',
          complete: true
        })
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    expect(requestsTo(mockedCall, 'suggestions', 'stats')).toEqual([]) // only when asked for
    await click(u, byText('.segment-tabs__tab', '数字统计'))
    await waitUntil(() => document.querySelector('.board__by-month .board-figures__row'), 'the figures')
    const rows = (sel: string) =>
      Array.from(document.querySelectorAll(`${sel} .board-figures__row`)).map((r) => r.getAttribute('aria-label'))
    expect(rows('.board__by-month')).toEqual(['2026年11月：提交 9 条，采纳 2 条', '2026年10月：提交 4 条，采纳 1 条'])
    expect(rows('.board__by-street')).toEqual(['解放碑：提交 10 条，采纳 3 条', '上清寺：提交 3 条，采纳 0 条'])
    expect(document.querySelector('.board__by-month .board-figures__row')?.textContent).toContain('提交 9采纳 2')

    await click(u, byText('.street-picker__streets .ui-chip', '上清寺'))
    await waitUntil(() => rows('.board__by-month').length === 1, 'one street')
    expect(rows('.board__by-month')).toEqual(['2026年11月：提交 3 条，采纳 0 条'])
    expect(document.querySelector('.board__by-street')).toBeNull()
    expect(document.querySelector('.board__by-month')?.textContent).toContain('上清寺每月的建议')
  })

  it('shows the last street picked even when the earlier answer comes later', async () => {
    const pending: Array<ReturnType<typeof deferred<ListAnswer>>> = []
    stubCloud(mockedCall, {
      suggestions: {
        listPublic: () => {
          const d = deferred<ListAnswer>()
          pending.push(d)
          return d.promise
        }
      }
    })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await click(u, byText('.street-picker__streets .ui-chip', '解放碑'))
    await waitUntil(() => pending.length === 2, 'the street request')
    await u.act(async () => pending[1].resolve(list(adopted('j1', '解放碑的建议', '500103003'))))
    await u.act(async () => pending[0].resolve(list(adopted('a1', '全区的建议'))))
    await waitUntil(() => titles().length === 1, 'one item')
    expect(titles()).toEqual(['解放碑的建议'])
    expect(requestsTo(mockedCall, 'suggestions', 'listPublic')).toEqual([
      { state: 'taken' },
      { street: '500103003', state: 'taken' }
    ])
  })

  it('says why it failed, asks again on 重试, and says when there is nothing yet', async () => {
    let offline = true
    stubCloud(mockedCall, { suggestions: { listPublic: () => (offline ? failure('TIMEOUT') : list()) } })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await u.queries.waitForQueryByText('请求超时，请稍后重试')
    offline = false
    await click(u, byText('.ui-error__retry', '重试'))
    await u.queries.waitForQueryByText('目前还没有已采纳和已办结的公示建议。')
    expect(document.querySelector('.ui-error')).toBeNull()
  })
})
