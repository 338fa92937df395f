import { create } from 'zustand'
import type { CloudError } from '../domain/errors'
import type { LoadStatus } from '../domain/load-status'
import type { MySuggestion } from '../domain/suggestions/model'
import { fetchMySuggestions } from '../data/suggestions-sync'

interface MySuggestionsState {
  items: MySuggestion[]
  status: LoadStatus
  error: CloudError | null
  load(): Promise<void>
}

export const useMySuggestionsStore = create<MySuggestionsState>((set) => ({
  items: [],
  status: 'idle',
  error: null,
  async load() {
    set({ status: 'loading', error: null })
    const r = await fetchMySuggestions()
    // Offline: keep showing what was loaded before.
    if (r.ok) set({ status: 'ready', items: r.data.items })
    else set({ status: 'error', error: r.error })
  }
}))
