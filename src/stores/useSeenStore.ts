// When the author last looked at each of their suggestions (the news badge on the 我的 tab),
// kept on the device: looking is not something the server needs to know, it costs no write per
// view, and it works offline. Another phone starts with everything as news, which is harmless.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { markSeen, type SeenMap } from '../domain/suggestions/child-words'
import type { MySuggestion } from '../domain/suggestions/model'
import { taroStorage } from '../services/storage'

interface SeenState {
  seen: SeenMap
  /** The author opened it: its news so far is seen. `listed`: the ids still in 我的建议. */
  markSeen(item: MySuggestion, listed?: readonly string[]): void
}

export const useSeenStore = create<SeenState>()(
  persist(
    (set, get) => ({
      seen: {},
      markSeen(item, listed) {
        set({ seen: markSeen(get().seen, item, listed) })
      }
    }),
    { name: 'suggestions-seen', storage: createJSONStorage(() => taroStorage), partialize: (s) => ({ seen: s.seen }) }
  )
)
