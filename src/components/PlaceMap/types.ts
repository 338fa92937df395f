import type { ReactElement } from 'react'
import type { LatLng, Place } from '../../domain/places'
import type { PublicWalkRoute } from '../../domain/places/walk-routes'
import type { Implements } from '../../platform-contract'

/** Shared by index.weapp.tsx (WeChat <map>) and index.h5.tsx (the offline plane). */
export interface PlaceMapProps {
  /** The places that pass the filters (the map shows those in and near the viewport). */
  places: readonly Place[]
  /** Where the list measures from; the map starts there and "回到中心" returns there. */
  origin: LatLng
  /** 儿童友好步行路线, drawn as lines under the pins (their names are in the list under the map). */
  routes?: ReadonlyArray<Pick<PublicWalkRoute, 'id' | 'points'>>
  /** The user's position (GCJ-02), when known: drawn as a dot. */
  user: LatLng | null
  selectedId: string | null
  /** Points to frame (a name search's results, a route tapped in the list): framed again when the key changes. */
  frame?: MapFrame | null
  /** Smaller when the list sheet is expanded. */
  compact?: boolean
  onSelect: (place: Place) => void
  onOpen: (place: Place) => void
  /** "我的位置" tapped while the position is unknown: the page asks for it. */
  onLocate: () => void
}

export interface MapFrame {
  key: string
  points: readonly LatLng[]
}

/** The default of `routes`: one array, so a render without routes sends the map nothing new. */
export const NO_ROUTES: NonNullable<PlaceMapProps['routes']> = []

/** What both platform files of ./index offer. */
export interface PlaceMapPlatform {
  PlaceMap: (props: PlaceMapProps) => ReactElement | null
}

export type PlaceMapPlatforms = [
  Implements<PlaceMapPlatform, typeof import('./index.weapp')>,
  Implements<PlaceMapPlatform, typeof import('./index.h5')>
]
