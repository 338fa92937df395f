import type { ReactElement } from 'react'
import type { LatLng, Place } from '../../domain/places'
import type { Implements } from '../../platform-contract'

/** Shared by index.weapp.tsx (WeChat <map>) and index.h5.tsx (the offline plane). */
export interface PlaceMapProps {
  /** The places that pass the filters (the map shows those in and near the viewport). */
  places: readonly Place[]
  /** Where the list measures from; the map starts there and "回到中心" returns there. */
  origin: LatLng
  /** The user's position (GCJ-02), when known: drawn as a dot. */
  user: LatLng | null
  selectedId: string | null
  /** Frame every place of `places` (a name search's results), and again whenever they change. */
  fitTo?: boolean
  /** Smaller when the list sheet is expanded. */
  compact?: boolean
  onSelect: (place: Place) => void
  onOpen: (place: Place) => void
  /** "我的位置" tapped while the position is unknown: the page asks for it. */
  onLocate: () => void
}

/** What both platform files of ./index offer. */
export interface PlaceMapPlatform {
  PlaceMap: (props: PlaceMapProps) => ReactElement | null
}

export type PlaceMapPlatforms = [
  Implements<PlaceMapPlatform, typeof import('./index.weapp')>,
  Implements<PlaceMapPlatform, typeof import('./index.h5')>
]
