// Saved places, kept on the device. Each entry keeps the name and category it had when saved,
// so the list on the mine tab reads well before the places list has loaded (or offline).
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Place, PlaceCategory } from '../domain/places'
import { taroStorage } from '../services/storage'

export interface FavouritePlace {
  id: string
  name: string
  category: PlaceCategory
  demo?: boolean
  /** ISO time it was saved. */
  savedAt: string
}

// Enough for any family's places; a guard against storage growing without bound.
export const MAX_FAVOURITES = 100

interface FavouritesState {
  items: FavouritePlace[]
  isFavourite(id: string): boolean
  /** Saves or unsaves; returns whether the place is saved afterwards. */
  toggle(place: Place): boolean
  remove(id: string): void
}

export const useFavouritesStore = create<FavouritesState>()(
  persist(
    (set, get) => ({
      items: [],
      isFavourite: (id) => get().items.some((f) => f.id === id),
      toggle(place) {
        if (get().isFavourite(place.id)) {
          get().remove(place.id)
          return false
        }
        const entry: FavouritePlace = {
          id: place.id,
          name: place.name,
          category: place.category,
          savedAt: new Date().toISOString(),
          ...(place.demo ? { demo: true } : {})
        }
        set({ items: [entry, ...get().items].slice(0, MAX_FAVOURITES) })
        return true
      },
      remove(id) {
        set({ items: get().items.filter((f) => f.id !== id) })
      }
    }),
    { name: 'place-favourites', storage: createJSONStorage(() => taroStorage), partialize: (s) => ({ items: s.items }) }
  )
)
