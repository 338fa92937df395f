import { create } from 'zustand'
import type { PlaceCategory } from '../domain/places/model'

/** A category the map tab can be opened on (childcare from the policy targets, hospitals from home). */
export type MapCategory = PlaceCategory

// Where one page sends the user to a tab with something already chosen. Tabs cannot receive
// query parameters (switchTab drops them), so the intent waits here until the tab takes it.

interface IntentState {
  mapCategory: MapCategory | null
  openMap(category: MapCategory): void
  takeMapCategory(): MapCategory | null
}

export const useIntentStore = create<IntentState>((set, get) => ({
  mapCategory: null,
  openMap: (category) => set({ mapCategory: category }),
  takeMapCategory() {
    const c = get().mapCategory
    set({ mapCategory: null })
    return c
  }
}))
