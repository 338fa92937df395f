import { create } from 'zustand'
import type { PlaceCategory } from '../domain/places/model'
import type { SuggestionLocation } from '../domain/suggestions/model'

/** A category the map tab can be opened on (childcare from the policy targets, hospitals from home). */
export type MapCategory = PlaceCategory

// Where one page sends the user to a tab with something already chosen. Tabs cannot receive
// query parameters (switchTab drops them), so the intent waits here until the tab takes it.

export interface SuggestionPrefill {
  source: 'policy' | 'place'
  /** Id of the policy answer or place the suggestion is about. */
  refId: string
  /** What the suggestion is about, shown to the user. */
  topic: string
  /** Where it is: a place card passes the place's own point (GCJ-02), source 'place'. */
  location?: SuggestionLocation
}

interface IntentState {
  mapCategory: MapCategory | null
  suggestion: SuggestionPrefill | null
  openMap(category: MapCategory): void
  prefillSuggestion(prefill: SuggestionPrefill): void
  takeMapCategory(): MapCategory | null
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
