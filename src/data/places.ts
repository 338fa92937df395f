// Places from the cloud: the whole district's list (kept on the device by usePlacesStore through
// services/places), its data version, one place, and 地点导入 (the wire lives here and in
// src/domain/places/api).
import { ok, type CloudResult } from '../domain/errors'
import { MAX_PAGE_SIZE, type Place } from '../domain/places'
import type { PlacesSnapshot } from '../services/places'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

const listPage = action('places', 'list')
const version = action('places', 'version')

/** Changes to places; with useCalls(placeCalls) for the button's busy state. */
export const placeCalls = {
  /** District admins: a registry export, checked (dryRun) or written. */
  importPlaces: action('places', 'import')
}

const brokenAnswer = { ok: false as const, error: { code: 'INTERNAL' as const, message: '服务暂时不可用，请稍后重试' } }

/** Every place, all pages; an error as soon as one page fails (a half list would mislead). */
export async function fetchAllPlaces(now = Date.now()): Promise<CloudResult<PlacesSnapshot>> {
  const byId = new Map<string, Place>()
  let dataVersion = ''
  // The first answer's total bounds the paging: a bad answer cannot make it go on for ever.
  let lastPage = 1
  for (let page = 1; page <= lastPage; page++) {
    const r = await listPage({ page, pageSize: MAX_PAGE_SIZE })
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
  const r = await version()
  if (!r.ok) return r
  return typeof r.data?.dataVersion === 'string' ? ok(r.data.dataVersion) : brokenAnswer
}

/** One place as stored now (the detail page, when the device's copy is older or lacks it). */
export const fetchPlace = (id: string) => action('places', 'get')({ id })

/**
 * A place page's 这里的活动: the activities function's list at one place. Here, not in
 * ./activities, so the place page does not carry the activity pages' calls.
 */
export const usePlaceActivities = (placeId: string) => useCloudQuery('activities', { action: 'list', placeId })

/** 联系我的社区: a street's offices (entered, or 暂无); null waits until a street is chosen. */
export const useOffices = (street: string | null) =>
  useCloudQuery('places', street ? { action: 'offices', street } : null)

/** Street and district admins: the offices of a street with each one's edit form. */
export const useStaffOffices = (street: string | null) =>
  useCloudQuery('places', street ? { action: 'staffOffices', street } : null)

export const officeCalls = {
  /** An office's facts, with source and date; the same save again is answered as stored. */
  saveOffice: action('places', 'saveOffice')
}
