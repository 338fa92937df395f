// 新增或修改地点 (district admins): the place as stored now, and the save that adds or rewrites it.
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** Changes; with useCalls(placeAdminCalls) for the button's busy state. */
export const placeAdminCalls = {
  savePlace: action('places', 'savePlace')
}

/** The place to edit as stored now; null (a new place) waits for nothing. */
export function usePlaceToEdit(id: string | null) {
  return useCloudQuery('places', id ? { action: 'get', id } : null)
}
