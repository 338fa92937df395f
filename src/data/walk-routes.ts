// 儿童友好步行路线 on the map (main package: the map tab draws them). The admin page's calls are
// in data/place-admin, so the map does not carry them.
import { useCloudQuery } from '../hooks/useCloudQuery'

/** The routes anyone sees on the map (none until an admin enters one). */
export function useWalkRoutes() {
  return useCloudQuery('places', { action: 'walkRoutes' })
}
