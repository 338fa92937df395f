// The last list of places kept on the device, so the list and the detail pages still work
// without signal (src/data/places asks the cloud). The app loads every place the district has, a page of 100
// at a time, and filters and sorts on the phone: no location ever leaves the device for a
// "nearby" query. At 10,000 places the copy is several MB: more than one storage key may hold
// (WeChat: 1 MB per key, 10 MB in all), so it is kept as a file (see services/files).
import type { Place } from '../domain/places'
import { readLargeCache, writeLargeCache } from './files'
import { taroStorage } from './storage'

const CACHE_NAME = 'places'
// Where earlier versions kept the copy in one storage key; freed on the next write.
const OLD_CACHE_KEY = 'places-cache'

export interface PlacesSnapshot {
  places: Place[]
  dataVersion: string
  /** ISO time the cloud gave this answer. */
  savedAt: string
}

export function readCachedPlaces(): PlacesSnapshot | null {
  const raw = readLargeCache(CACHE_NAME)
  if (typeof raw !== 'string') return null
  try {
    const snap = JSON.parse(raw) as PlacesSnapshot
    return Array.isArray(snap?.places) && typeof snap.savedAt === 'string' ? snap : null
  } catch {
    return null
  }
}

export function writeCachedPlaces(snapshot: PlacesSnapshot): void {
  try {
    void taroStorage.removeItem(OLD_CACHE_KEY)
  } catch {
    // Nothing stored there.
  }
  // Not written (the folder is full): the list still works from memory this session.
  writeLargeCache(CACHE_NAME, JSON.stringify(snapshot))
}
