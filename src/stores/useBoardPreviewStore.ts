// The newest adopted suggestions for the home page. Home shows the bundled district examples at
// once; these join them when (and if) the cloud answers.
import { create } from 'zustand'
import type { PublicSuggestion } from '../domain/suggestions/model'
import { fetchPublicSuggestions } from '../data/suggestions-sync'
import { singleFlight } from './single-flight'

interface BoardPreviewState {
  items: PublicSuggestion[]
  status: 'idle' | 'loading' | 'ready' | 'offline'
  refresh(): Promise<void>
}

export const useBoardPreviewStore = create<BoardPreviewState>((set) => ({
  items: [],
  status: 'idle',
  refresh: singleFlight(async () => {
    set({ status: 'loading' })
    const r = await fetchPublicSuggestions()
    if (r.ok) set({ status: 'ready', items: r.data.items.slice(0, 3) })
    else set({ status: 'offline' })
  })
}))
