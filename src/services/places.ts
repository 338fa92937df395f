// Places from the cloud, and the last answer kept on the device so the list and the detail
// pages still work without signal. The district has a few hundred places at most (see
// cloudfunctions/places/place-cache.ts), so the app loads them all, a page of 100 at a time,
// and filters and sorts on the phone: no location ever leaves the device for a "nearby" query.
import { ok, type CloudResult } from '../domain/errors'
import { MAX_PAGE_SIZE, type Place } from '../domain/places'
import { callCloud } from './cloud'
import { taroStorage } from './storage'

const CACHE_KEY = 'places-cache'
// 30 pages × 100: far above district scale; a guard against paging for ever on a bad answer.
const MAX_PAGES = 30

export interface PlacesSnapshot {
  places: Place[]
  dataVersion: string
  /** ISO time the cloud gave this answer. */
  savedAt: string
}

export function readCachedPlaces(): PlacesSnapshot | null {
  const raw = taroStorage.getItem(CACHE_KEY)
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
    void taroStorage.setItem(CACHE_KEY, JSON.stringify(snapshot))
  } catch {
    // Storage full (WeChat allows 10 MB): the list still works from memory this session.
  }
}

/** Every place, all pages; an error as soon as one page fails (a half list would mislead). */
export async function fetchAllPlaces(now = Date.now()): Promise<CloudResult<PlacesSnapshot>> {
  const places: Place[] = []
  let dataVersion = ''
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await callCloud('places', { action: 'list', page, pageSize: MAX_PAGE_SIZE })
    if (!r.ok) return r
    if (!Array.isArray(r.data?.places))
      return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } }
    places.push(...r.data.places)
    dataVersion = r.data.dataVersion
    if (!r.data.hasMore) break
  }
  return ok({ places, dataVersion, savedAt: new Date(now).toISOString() })
}

export function fetchPlace(id: string) {
  return callCloud('places', { action: 'get', id })
}
