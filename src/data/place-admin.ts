// 新增或修改地点 and 儿童友好路线 (district admins): the place as stored now, the routes with who saved
// them, and the saves that add or rewrite them.
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** Changes; with useCalls(placeAdminCalls) for the button's busy state. */
export const placeAdminCalls = {
  savePlace: action('places', 'savePlace'),
  saveWalkRoute: action('places', 'saveWalkRoute')
}

/** The place to edit as stored now; null (a new place) waits for nothing. */
export function usePlaceToEdit(id: string | null) {
  return useCloudQuery('places', id ? { action: 'get', id } : null)
}

/** Every route, 停用 ones too. */
export function useStaffWalkRoutes() {
  return useCloudQuery('places', { action: 'staffWalkRoutes' })
}
