// Browser: Taro's H5 chooseLocation needs a Tencent Maps key and its network, which the local
// build has neither of; the form offers the app's own places instead (LocationField).
import type { LatLng } from '../domain/places'
import type { PickResult } from './pick-location-types'

export type { PickedPoint, PickResult } from './pick-location-types'

export const MAP_PICKER = false

export async function pickOnMap(_near?: LatLng): Promise<PickResult> {
  return { ok: false, reason: 'unsupported' }
}
