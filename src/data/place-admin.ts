// 新增或修改地点, 机构照片 and 儿童友好路线 (district admins): the place as stored now, its photos, the
// routes with who saved them, and the saves that add or rewrite them.
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** Changes; with useCalls(placeAdminCalls) for the button's busy state. */
export const placeAdminCalls = {
  savePlace: action('places', 'savePlace'),
  savePlacePhotos: action('places', 'savePlacePhotos'),
  saveWalkRoute: action('places', 'saveWalkRoute')
}

/** The place to edit as stored now; null (a new place) waits for nothing. */
export function usePlaceToEdit(id: string | null) {
  return useCloudQuery('places', id ? { action: 'get', id } : null)
}

/** A place's photos with their ids and who confirmed them (the edit page). */
export function usePlacePhotos(placeId: string | null) {
  return useCloudQuery('places', placeId ? { action: 'placePhotos', placeId } : null)
}

/** Every route, 停用 ones too; asked only for a caller who may manage them (the page says so to anyone else). */
export function useStaffWalkRoutes(asked = true) {
  return useCloudQuery('places', asked ? { action: 'staffWalkRoutes' } : null)
}
