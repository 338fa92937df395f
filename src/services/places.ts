// Places from the cloud, and the last answer kept on the device so the list and the detail
// pages still work without signal. The app loads every place the district has, a page of 100
// at a time, and filters and sorts on the phone: no location ever leaves the device for a
// "nearby" query. At 10,000 places the copy is several MB: more than one storage key may hold
// (WeChat: 1 MB per key, 10 MB in all), so it is kept as a file (see services/files).
import { ok, type CloudResult } from '../domain/errors'
import { MAX_PAGE_SIZE, type Place } from '../domain/places'
import { callCloud } from './cloud'
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

const brokenAnswer = { ok: false as const, error: { code: 'INTERNAL' as const, message: '服务暂时不可用，请稍后重试' } }

/** Every place, all pages; an error as soon as one page fails (a half list would mislead). */
export async function fetchAllPlaces(now = Date.now()): Promise<CloudResult<PlacesSnapshot>> {
  const byId = new Map<string, Place>()
  let dataVersion = ''
  // The first answer's total bounds the paging: a bad answer cannot make it go on for ever.
  let lastPage = 1
  for (let page = 1; page <= lastPage; page++) {
    const r = await callCloud('places', { action: 'list', page, pageSize: MAX_PAGE_SIZE })
    if (!r.ok) return r
    if (!Array.isArray(r.data?.places)) return brokenAnswer
    if (page === 1) lastPage = Math.ceil((Number(r.data.total) || 0) / MAX_PAGE_SIZE) + 1
    // Keyed by id: a place moved across a page boundary by an import mid-load is listed once.
    for (const p of r.data.places) byId.set(p.id, p)
    dataVersion = r.data.dataVersion
    if (!r.data.hasMore) return ok({ places: [...byId.values()], dataVersion, savedAt: new Date(now).toISOString() })
    if (r.data.places.length === 0) return brokenAnswer
  }
  return brokenAnswer
}

/** The district's data version: two indexed reads on the server, a few bytes on the wire. */
export async function fetchPlacesVersion(): Promise<CloudResult<string>> {
  const r = await callCloud('places', { action: 'version' })
  if (!r.ok) return r
  return typeof r.data?.dataVersion === 'string' ? ok(r.data.dataVersion) : brokenAnswer
}

export function fetchPlace(id: string) {
  return callCloud('places', { action: 'get', id })
}
