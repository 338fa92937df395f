// Suggestions, as the citizen side sees them: one door for the pages, stores and outboxes of
// 提建议, 我的, the board and 我的数据 (the wire lives here and in src/domain/suggestions/api).
import { PUBLIC_BOARD } from '../domain/suggestions/rules'
import type { BoardItem, Topic } from '../domain/suggestions/model'
import type { BoardFilter } from '../domain/suggestions/status'
import { useCloudPages } from '../hooks/useCloudPages'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** Changes a citizen makes; with useCalls(suggestionCalls) for the button's busy state. */
export const suggestionCalls = {
  support: action('suggestions', 'support'),
  withdraw: action('suggestions', 'withdraw'),
  deleteMyData: action('suggestions', 'deleteMyData'),
  deleteAllMyData: action('suggestions', 'deleteAllMyData'),
  followUp: action('suggestions', 'followUp')
}

/** Sends one suggestion (the outbox's step; its client id makes a retry answer the stored one). */
export const submitSuggestion = action('suggestions', 'submit')
/** Sends one 解决了吗 answer (the follow-up outbox's step). */
export const sendFollowUp = suggestionCalls.followUp
export const fetchMySuggestions = action('suggestions', 'listMine')
export const fetchPublicSuggestions = action('suggestions', 'listPublic')

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
