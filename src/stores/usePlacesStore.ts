// Places for the map tab and the detail page: the list (bundled copy → cached copy → cloud),
// the filters, and where distances are measured from (the user's position, or a street when
// location is refused or unknown — the list is never a dead end).
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { CloudError } from '../domain/errors'
import { CONFIRMED_PLACES, type CareType, type Gcj02Point, type Place, type PlaceCategory } from '../domain/places'
import { locate as locateDevice, openLocationSettings, type LocateFailure } from '../services/location'
import { fetchAllPlaces, fetchPlacesVersion } from '../data/places'
import { readCachedPlaces, writeCachedPlaces } from '../services/places'
import { taroStorage } from '../services/storage'

export type PlacesSource = 'bundled' | 'cache' | 'cloud'
export type LocationStatus = 'idle' | 'locating' | 'granted' | LocateFailure

export interface PlaceFilters {
  category: PlaceCategory | null
  openNow: boolean
  /** The childcare criteria apply only while the 托育 category is chosen. */
  careTypes: CareType[]
  ageMonths: number | null
  publicBenefit: boolean
  registered: boolean
  /** 月费不超过 (yuan); null: any fee, unknown included. */
  maxMonthlyFee: number | null
  /** 有余位: a count above 0 confirmed in the last 30 days. */
  freePlaces: boolean
}

/** The childcare criteria all off (they apply only while 托育 is chosen). */
export const NO_CHILDCARE_FILTERS = {
  careTypes: [],
  ageMonths: null,
  publicBenefit: false,
  registered: false,
  maxMonthlyFee: null,
  freePlaces: false
} satisfies Partial<PlaceFilters>

export const NO_FILTERS: PlaceFilters = { category: null, openNow: false, ...NO_CHILDCARE_FILTERS }

// A tab shown again within this time does not ask the cloud again; after it, the cloud is asked
// for the data version first, and the whole list (100 places a call) only when it changed.
const REFRESH_AFTER_MS = 5 * 60 * 1000

interface PlacesState {
  places: Place[]
  source: PlacesSource
  /** When the shown copy came from the cloud (ISO), for "离线：显示 … 保存的数据". */
  savedAt: string | null
  /** The cloud's data version of the list in hand (null: the bundled copy). */
  dataVersion: string | null
  loading: boolean
  /** The last refresh failed; the copy in hand is still shown. */
  error: CloudError | null
  fetchedAtMs: number
  filters: PlaceFilters
  user: Gcj02Point | null
  locationStatus: LocationStatus
  /** The user once chose to sort by their position: later visits may locate without asking again. */
  optedIn: boolean
  /** The street chosen to measure from when location is refused or unavailable. */
  street: string | null
  originMode: 'user' | 'street'
  refresh(force?: boolean): Promise<void>
  /** A place the detail page fetched on its own (newer than the list, or not in it). */
  upsert(place: Place): void
  setFilters(change: Partial<PlaceFilters>): void
  locate(): Promise<void>
  chooseStreet(code: string | null): void
  openSettings(): Promise<void>
}

function initialPlaces(): Pick<PlacesState, 'places' | 'source' | 'savedAt' | 'dataVersion'> {
  const cached = readCachedPlaces()
  // The bundled copy holds confirmed facts only; it stands in until the cloud has answered once.
  if (cached && cached.places.length)
    return { places: cached.places, source: 'cache', savedAt: cached.savedAt, dataVersion: cached.dataVersion || null }
  return { places: [...CONFIRMED_PLACES], source: 'bundled', savedAt: null, dataVersion: null }
}

export const usePlacesStore = create<PlacesState>()(
  persist(
    (set, get) => ({
      ...initialPlaces(),
      loading: false,
      error: null,
      fetchedAtMs: 0,
      filters: NO_FILTERS,
      user: null,
      locationStatus: 'idle',
      optedIn: false,
      street: null,
      originMode: 'user',

      async refresh(force = false) {
        const { loading, fetchedAtMs } = get()
        if (loading || (!force && fetchedAtMs && Date.now() - fetchedAtMs < REFRESH_AFTER_MS)) return
        set({ loading: true })
        const held = get().dataVersion
        if (!force && held) {
          const v = await fetchPlacesVersion()
          // Unchanged: the list in hand is the district's list (a failed check is tried next time).
          if (v.ok && v.data === held) {
            set({ source: 'cloud', loading: false, error: null, fetchedAtMs: Date.now() })
            return
          }
        }
        const r = await fetchAllPlaces()
        if (!r.ok) {
          set({ loading: false, error: r.error })
          return
        }
        // An empty collection (a new environment before the first import) must not hide the
        // confirmed places the app ships with.
        if (r.data.places.length === 0) {
          set({ loading: false, error: null, fetchedAtMs: Date.now() })
          return
        }
        writeCachedPlaces(r.data)
        set({
          places: r.data.places,
          source: 'cloud',
          savedAt: r.data.savedAt,
          dataVersion: r.data.dataVersion,
          loading: false,
          error: null,
          fetchedAtMs: Date.now()
        })
      },

      upsert(place) {
        const places = get().places
        const i = places.findIndex((p) => p.id === place.id)
        set({ places: i < 0 ? [...places, place] : places.map((p) => (p.id === place.id ? place : p)) })
      },

      setFilters(change) {
        set({ filters: { ...get().filters, ...change } })
      },

      async locate() {
        if (get().locationStatus === 'locating') return
        set({ locationStatus: 'locating', optedIn: true })
        const r = await locateDevice()
        if (r.ok) set({ user: r.point, locationStatus: 'granted', originMode: 'user' })
        // A refusal is remembered as a choice: no asking again by itself on the next visit.
        else
          set({
            user: null,
            locationStatus: r.reason,
            originMode: 'street',
            optedIn: r.reason === 'unavailable' ? get().optedIn : false
          })
      },

      chooseStreet(code) {
        set({ street: code, originMode: 'street' })
      },

      async openSettings() {
        const outcome = await openLocationSettings()
        if (outcome === 'granted') await get().locate()
      }
    }),
    {
      name: 'places-prefs',
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ optedIn: s.optedIn, street: s.street })
    }
  )
)
