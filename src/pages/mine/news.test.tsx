// 我的建议 on the 我的 tab: news (a staff step or a reply I have not seen) is marked 新消息 and
// counted on the tab's badge; a child's suggestion says where it is in a child's words; opening
// a suggestion makes its news seen.
import TestUtils from '@tarojs/test-utils-react'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { waitUntil } from '../../../tests/setup/wait'
import type { WhoAmI } from '../../domain/cloud-api'
import { CHILD_STATUS_WORDS } from '../../domain/suggestions/child-words'
import type { MySuggestion } from '../../domain/suggestions/model'
import { callCloud } from '../../services/cloud'
import { showMineBadge } from '../../services/tab-badge'
import { watchNewsBadge } from '../../stores/news-badge'
import { useMySuggestionsStore } from '../../stores/useMySuggestionsStore'
import { useSeenStore } from '../../stores/useSeenStore'
import { mountDetail } from '../../../tests/setup/mount-detail'
import MinePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/tab-badge', () => ({ showMineBadge: jest.fn(), MINE_TAB_INDEX: 4 }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedBadge = showMineBadge as jest.MockedFunction<typeof showMineBadge>

const citizen: WhoAmI = { idHint: '…a1b2', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'local' }
const base: MySuggestion = {
  id: 'k1',
  mode: 'child',
  topic: 'play',
  title: '想要秋千',
  text: '想要秋千',
  photoFileIds: [],
  onBehalfOfChild: false,
  visibility: 'visible',
  status: 'adopted',
  history: [
    { status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' },
    { status: 'adopted', at: '2026-11-03T00:00:00Z', by: '王老师' }
  ],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-03T00:00:00Z'
}
const adultNoNews: MySuggestion = {
  ...base,
  id: 'a1',
  mode: 'adult',
  title: '路灯不亮',
  status: 'submitted',
  history: [base.history[0]]
}

describe('news about my suggestions', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedBadge.mockReset()
    useSeenStore.setState({ seen: {} })
    useMySuggestionsStore.setState({ items: [], status: 'idle', error: null })
    stubCloud(mockedCall, {
      user: { whoami: answer('user', 'whoami', citizen) },
      suggestions: {
        listMine: answer('suggestions', 'listMine', { items: [base, adultNoNews] }),
        get: answer('suggestions', 'get', base)
      }
    })
  })

  it('marks 新消息, says a child’s status in child words, and the badge counts news until it is opened', async () => {
    const stop = watchNewsBadge()
    const u = new TestUtils()
    await u.mount(MinePage, {})
    await waitUntil(() => document.querySelectorAll('.my-suggestions__item').length === 2, 'the list')
    const [kid, adult] = Array.from(document.querySelectorAll('.my-suggestions__item'))
    expect(kid.textContent).toContain('新消息')
    expect(kid.textContent).toContain(CHILD_STATUS_WORDS.adopted)
    expect(adult.textContent).not.toContain('新消息')
    expect(adult.textContent).not.toContain(CHILD_STATUS_WORDS.submitted)
    expect(mockedBadge).toHaveBeenLastCalledWith('1')

    // Opening it is seeing it: the badge goes, and the child's page speaks in child words.
    await mountDetail(mockedCall, base)
    await waitUntil(() => useSeenStore.getState().seen.k1, 'seen')
    expect(useSeenStore.getState().seen).toEqual({ k1: '2026-11-03T00:00:00Z' })
    expect(mockedBadge).toHaveBeenLastCalledWith(null)
    expect(document.querySelector('.suggestion-detail__now')?.textContent).toBe(CHILD_STATUS_WORDS.adopted)
    expect(document.querySelector('.suggestion-detail__timeline')?.textContent).toContain('你把建议送出去了。')
    stop()
  })
})
