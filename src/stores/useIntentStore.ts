import { create } from 'zustand'

// Where one page sends the user to a tab with something already chosen. Tabs cannot receive
// query parameters (switchTab drops them), so the intent waits here until the tab takes it.

export interface SuggestionPrefill {
  source: 'policy' | 'place'
  /** Id of the policy answer or place the suggestion is about. */
  refId: string
  /** What the suggestion is about, shown to the user. */
  topic: string
}

interface IntentState {
  mapCategory: 'childcare' | null
  suggestion: SuggestionPrefill | null
  openMap(category: 'childcare'): void
  prefillSuggestion(prefill: SuggestionPrefill): void
  takeMapCategory(): 'childcare' | null
  takeSuggestion(): SuggestionPrefill | null
}

export const useIntentStore = create<IntentState>((set, get) => ({
  mapCategory: null,
  suggestion: null,
  openMap: (category) => set({ mapCategory: category }),
  prefillSuggestion: (prefill) => set({ suggestion: prefill }),
  takeMapCategory() {
    const c = get().mapCategory
    set({ mapCategory: null })
    return c
  },
  takeSuggestion() {
    const s = get().suggestion
    set({ suggestion: null })
    return s
  }
}))
