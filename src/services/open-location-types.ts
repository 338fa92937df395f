// What both platform files of ./open-location offer: navigation to a place, where the platform
// has a map app to hand it to.
import type { LatLng } from '../domain/places'
import type { Implements } from '../platform-contract'

export interface Destination extends LatLng {
  name: string
  address?: string
}

export interface OpenLocationPlatform {
  NAVIGATION_AVAILABLE: boolean
  openMapTo: (to: Destination) => Promise<boolean>
}

export type OpenLocationPlatforms = [
  Implements<OpenLocationPlatform, typeof import('./open-location.weapp')>,
  Implements<OpenLocationPlatform, typeof import('./open-location.h5')>
]
