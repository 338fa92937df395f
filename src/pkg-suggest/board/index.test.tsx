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

  it('lists the adopted suggestions; 我也想要 shows the new count', async () => {
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
    await waitUntil(() => document.body.textContent?.includes('我也想要 4'), 'the new count')
    expect(requestsTo(mockedCall, 'suggestions', 'support')).toEqual([{ id: 'p1' }])
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
    expect(requestsTo(mockedCall, 'suggestions', 'listPublic')).toEqual([{}, { street: '500103003' }])
  })

  it('says why it failed, asks again on 重试, and says when there is nothing yet', async () => {
    let offline = true
    stubCloud(mockedCall, { suggestions: { listPublic: () => (offline ? failure('TIMEOUT') : list()) } })
    const u = new TestUtils()
    await u.mount(SuggestionBoardPage, {})
    await u.queries.waitForQueryByText('请求超时，请稍后重试')
    offline = false
    await click(u, byText('.ui-error__retry', '重试'))
    await u.queries.waitForQueryByText('目前还没有公示的建议。')
    expect(document.querySelector('.ui-error')).toBeNull()
  })
})
