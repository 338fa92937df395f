// Keeps the 我的 tab's badge equal to the number of my suggestions with news I have not seen
// (src/domain/suggestions/child-words.ts): recomputed whenever the list or the seen marks change.
import { badgeText, newsCount } from '../domain/suggestions/child-words'
import { showMineBadge } from '../services/tab-badge'
import { useMySuggestionsStore } from './useMySuggestionsStore'
import { useSeenStore } from './useSeenStore'

export function currentNewsCount(): number {
  return newsCount(useMySuggestionsStore.getState().items, useSeenStore.getState().seen)
}

/** Starts following both stores; returns the stop function. */
export function watchNewsBadge(): () => void {
  const update = () => void showMineBadge(badgeText(currentNewsCount()))
  const stops = [useMySuggestionsStore.subscribe(update), useSeenStore.subscribe(update)]
  update()
  return () => stops.forEach((stop) => stop())
}
