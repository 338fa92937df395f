// What both platform files of ./pick-location answer: a point the user picked on WeChat's map
// (GCJ-02, with the name and address the map gave), or why there is none.
import type { LatLng } from '../domain/places'
import type { Implements } from '../platform-contract'
import type { LocateFailure } from './location-types'

export interface PickedPoint extends LatLng {
  name: string
  address: string
}

export type PickResult =
  | { ok: true; picked: PickedPoint }
  /** cancel: the user closed the map; unsupported: no map picker on this platform. */
  | { ok: false; reason: LocateFailure | 'cancel' | 'unsupported' }

export interface PickLocationPlatform {
  /** Whether this platform has a map to pick a point on (WeChat's chooseLocation). */
  MAP_PICKER: boolean
  /** Opens the map (from a tap), centred on `near` when given. */
  pickOnMap: (near?: LatLng) => Promise<PickResult>
}

export type PickLocationPlatforms = [
  Implements<PickLocationPlatform, typeof import('./pick-location.weapp')>,
  Implements<PickLocationPlatform, typeof import('./pick-location.h5')>
]
