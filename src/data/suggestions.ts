// Suggestions, as the citizen side sees them: one door for the pages of 提建议, the board and
// 我的数据 (the wire lives here and in src/domain/suggestions/api). What the main package sends
// and fetches itself — the outboxes at launch, 我的, the board preview — is suggestions-sync.ts.
import { PUBLIC_BOARD } from '../domain/suggestions/rules'
import type { BoardItem, Topic } from '../domain/suggestions/model'
import type { BoardFilter } from '../domain/suggestions/status'
import { useCloudPages } from '../hooks/useCloudPages'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'
import { fetchPublicSuggestions, sendFollowUp } from './suggestions-sync'

/** Changes a citizen makes; with useCalls(suggestionCalls) for the button's busy state. */
export const suggestionCalls = {
  support: action('suggestions', 'support'),
  withdraw: action('suggestions', 'withdraw'),
  deleteMyData: action('suggestions', 'deleteMyData'),
  deleteAllMyData: action('suggestions', 'deleteAllMyData'),
  followUp: sendFollowUp
}

/** One of my suggestions, as its author may see it. */
export function useMySuggestion(id: string) {
  return useCloudQuery('suggestions', { action: 'get', id })
}

/** Everything linked to my account (我的数据). */
export function useMyData() {
  return useCloudQuery('suggestions', { action: 'myData' })
}

/** Suggestions like the one being written (我也想要); null waits. */
export function useSimilar(request: { topic: Topic; street?: string; placeId?: string } | null) {
  return useCloudQuery('suggestions', request === null ? null : { action: 'similar', ...request })
}

/** The board's figures by street and month; asked only while shown. */
export function useBoardStats(shown: boolean) {
  return useCloudQuery('suggestions', shown ? { action: 'stats' } : null)
}

/** The public board of one street (undefined: the whole district), a page at a time. */
export function usePublicBoard(street: string | undefined, state: BoardFilter) {
  return useCloudPages<BoardItem, number>(`${street ?? ''}:${state}`, async (skip) => {
    const r = await fetchPublicSuggestions({ ...(street ? { street } : {}), state, ...(skip ? { skip } : {}) })
    return r.ok
      ? { ok: true, data: { items: r.data.items, next: r.data.hasMore ? (skip ?? 0) + PUBLIC_BOARD.page : null } }
      : r
  })
}
