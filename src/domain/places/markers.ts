// What the page hands to WeChat's <Map markers>: only places in and near the viewport, as the
// smallest marker objects the map needs, capped in number. Every marker update goes through
// setData (serialised and sent across threads), so its size is the cost that matters; the
// benchmark measures it with markerPayloadSize.
import { bboxCentre, expandBBox, type BBox } from './geo'
import { categoryInfo, type MarkerIconKey, type Place } from './model'
import type { PlaceIndex } from './spatial'

export interface MapMarker {
  /** The place's position in the PlaceIndex: look the place up with index.at(id) on tap. */
  id: number
  latitude: number
  longitude: number
  iconPath: string
  width: number
  height: number
  joinCluster: true
  callout: { content: string; display: 'BYCLICK' }
}

export interface MarkerOptions {
  /** Fraction of the viewport added on every side, so a small pan shows no empty edge (0.25). */
  margin?: number
  /** At most this many markers; when more are in range, the ones nearest the centre win (150). */
  max?: number
  filter?: (place: Place) => boolean
  /** Icon file for a category icon key; default /assets/markers/<key>.png. */
  iconPath?: (icon: MarkerIconKey) => string
  /** Icon size in px (28). */
  size?: number
}

export interface MarkerUpdate {
  markers: MapMarker[]
  /** Places in the expanded viewport (after the filter) before the cap. */
  inRange: number
  capped: boolean
}

export const DEFAULT_MAX_MARKERS = 150
const CALLOUT_CHARS = 10

// 6 decimals ≈ 0.1 m: more digits only add bytes.
const round6 = (x: number) => Math.round(x * 1e6) / 1e6

function defaultIconPath(icon: MarkerIconKey): string {
  return `/assets/markers/${icon}.png`
}

/** A short callout title: the name cut to ten characters. */
export function calloutTitle(name: string): string {
  const chars = Array.from(name)
  return chars.length > CALLOUT_CHARS ? `${chars.slice(0, CALLOUT_CHARS - 1).join('')}…` : name
}

export function markersForViewport(
  index: PlaceIndex<Place>,
  viewport: BBox,
  options: MarkerOptions = {}
): MarkerUpdate {
  const { margin = 0.25, max = DEFAULT_MAX_MARKERS, filter, iconPath = defaultIconPath, size = 28 } = options
  let positions = index.positionsInBounds(expandBBox(viewport, margin))
  if (filter) positions = positions.filter((pos) => filter(index.at(pos) as Place))
  const inRange = positions.length
  if (positions.length > max) {
    // Planar distance to the centre is enough to rank at viewport scale.
    const centre = bboxCentre(viewport)
    const k = Math.cos((centre.latitude * Math.PI) / 180)
    const d2 = (pos: number) => {
      const l = index.at(pos)!.location!
      return (l.latitude - centre.latitude) ** 2 + ((l.longitude - centre.longitude) * k) ** 2
    }
    positions = positions
      .map((pos) => [pos, d2(pos)] as const)
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, max)
      .map(([pos]) => pos)
  }
  // Ascending ids keep consecutive updates similar, which keeps the map's own diff cheap.
  positions.sort((a, b) => a - b)
  const markers = positions.map((pos): MapMarker => {
    const place = index.at(pos)!
    return {
      id: pos,
      latitude: round6(place.location!.latitude),
      longitude: round6(place.location!.longitude),
      iconPath: iconPath(categoryInfo(place.category).icon),
      width: size,
      height: size,
      joinCluster: true,
      callout: { content: calloutTitle(place.name), display: 'BYCLICK' }
    }
  })
  return { markers, inRange, capped: inRange > markers.length }
}

/** UTF-8 length of a string, without TextEncoder (not every mini-program runtime has it). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Serialised size of a marker update as setData sends it: characters and UTF-8 bytes. */
export function markerPayloadSize(markers: MapMarker[]): { chars: number; bytes: number } {
  const json = JSON.stringify({ markers })
  return { chars: json.length, bytes: utf8Length(json) }
}
