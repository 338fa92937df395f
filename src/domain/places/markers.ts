// What the page hands to WeChat's <Map markers>: only places in and near the viewport, as the
// smallest marker objects the map needs, at most `max` of them. Every marker update goes through
// setData (serialised and sent across threads), so its size is the cost that matters; the
// benchmark measures it with markerPayloadSize.
//
// Every place in range is counted. Up to `max`, each is a marker of its own with joinCluster,
// and WeChat's clustering (initMarkerCluster) merges the crowded ones into numbered bubbles:
// it has them all, so its numbers are right. Past `max` (sending them all would blow the setData
// budget), the places are grouped here, on a grid of at most `max` cells over the range: a cell
// with one place keeps its marker, a cell with more becomes one marker with the count on it, and
// nothing joins WeChat's clusters then (it would count a group as one place).
import { bboxCentre, expandBBox, type BBox } from './geo'
import { categoryInfo, type MarkerIconKey, type Place } from './model'
import type { PlaceIndex } from './spatial'

export interface MarkerLabel {
  content: string
  color: string
  bgColor: string
  fontSize: number
  padding: number
  borderRadius: number
}

export interface MapMarker {
  /** A place: its position in the PlaceIndex (index.at(id)); a group: GROUP_MARKER_BASE + its cell. */
  id: number
  latitude: number
  longitude: number
  iconPath: string
  width: number
  height: number
  joinCluster: boolean
  /** A place: its name on a tap. */
  callout?: { content: string; display: 'BYCLICK' }
  /** A group: how many places it stands for. */
  label?: MarkerLabel
  ariaLabel?: string
}

/** Places that share one marker, past the budget. */
export interface PlaceGroup {
  markerId: number
  count: number
  /** The members' positions in the PlaceIndex. */
  positions: number[]
  /** The members' bounds: a tap zooms to it. */
  box: BBox
}

export interface MarkerOptions {
  /** Fraction of the viewport added on every side, so a small pan shows no empty edge (0.25). */
  margin?: number
  /** At most this many markers; past it, places are grouped (150). */
  max?: number
  filter?: (place: Place) => boolean
  /** Icon file for a category icon key; default /assets/markers/<key>.png. */
  iconPath?: (icon: MarkerIconKey) => string
  /** Icon size in px (28). */
  size?: number
  /** A position that always gets a marker of its own (the chosen place). */
  keep?: number
}

export interface MarkerUpdate {
  markers: MapMarker[]
  /** Places in the expanded viewport (after the filter): each is a marker or counted in a group. */
  inRange: number
  groups: PlaceGroup[]
}

export const DEFAULT_MAX_MARKERS = 150
/** Marker ids from here on are groups (WeChat takes ids of up to nine digits). */
export const GROUP_MARKER_BASE = 100_000_000
const CALLOUT_CHARS = 10
// White on this blue: contrast 6.7:1.
const GROUP_LABEL = { color: '#ffffff', bgColor: '#1d4ed8', fontSize: 12, padding: 4, borderRadius: 10 } as const

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

/** Positions to grid cells over `box`: at most `max` cells, about square on the ground. */
function gridCells(index: PlaceIndex<Place>, positions: number[], box: BBox, max: number): Map<number, number[]> {
  const k = Math.cos((bboxCentre(box).latitude * Math.PI) / 180)
  const width = Math.max(1e-9, (box.east - box.west) * k)
  const height = Math.max(1e-9, box.north - box.south)
  const cols = Math.max(1, Math.min(max, Math.floor(Math.sqrt((max * width) / height))))
  const rows = Math.max(1, Math.floor(max / cols))
  const cells = new Map<number, number[]>()
  for (const pos of positions) {
    const l = index.at(pos)!.location!
    const x = Math.min(cols - 1, Math.max(0, Math.floor(((l.longitude - box.west) * k * cols) / width)))
    const y = Math.min(rows - 1, Math.max(0, Math.floor(((box.north - l.latitude) * rows) / height)))
    const cell = y * cols + x
    const members = cells.get(cell)
    if (members) members.push(pos)
    else cells.set(cell, [pos])
  }
  return cells
}

export function markersForViewport(
  index: PlaceIndex<Place>,
  viewport: BBox,
  options: MarkerOptions = {}
): MarkerUpdate {
  const { margin = 0.25, max = DEFAULT_MAX_MARKERS, filter, iconPath = defaultIconPath, size = 28, keep } = options
  const range = expandBBox(viewport, margin)
  let positions = index.positionsInBounds(range)
  if (filter) positions = positions.filter((pos) => filter(index.at(pos) as Place))
  const inRange = positions.length
  const grouping = inRange > max

  const placeMarker = (pos: number): MapMarker => {
    const place = index.at(pos)!
    return {
      id: pos,
      latitude: round6(place.location!.latitude),
      longitude: round6(place.location!.longitude),
      iconPath: iconPath(categoryInfo(place.category).icon),
      width: size,
      height: size,
      joinCluster: !grouping,
      callout: { content: calloutTitle(place.name), display: 'BYCLICK' }
    }
  }
  // Ascending ids keep consecutive updates similar, which keeps the map's own diff cheap.
  if (!grouping) return { markers: positions.sort((a, b) => a - b).map(placeMarker), inRange, groups: [] }

  const kept = keep !== undefined && positions.includes(keep) ? keep : undefined
  const rest = kept === undefined ? positions : positions.filter((p) => p !== kept)
  const singles: number[] = kept === undefined ? [] : [kept]
  const groups: PlaceGroup[] = []
  const markers: MapMarker[] = []
  // One cell fewer when the chosen place takes a marker of its own.
  for (const [cell, members] of gridCells(index, rest, range, kept === undefined ? max : max - 1)) {
    if (members.length === 1) {
      singles.push(members[0])
      continue
    }
    const box = { south: 90, west: 180, north: -90, east: -180 }
    const icons = new Map<MarkerIconKey, number>()
    let lat = 0
    let lng = 0
    for (const pos of members) {
      const place = index.at(pos)!
      const { latitude, longitude } = place.location!
      lat += latitude
      lng += longitude
      box.south = Math.min(box.south, latitude)
      box.north = Math.max(box.north, latitude)
      box.west = Math.min(box.west, longitude)
      box.east = Math.max(box.east, longitude)
      const icon = categoryInfo(place.category).icon
      icons.set(icon, (icons.get(icon) ?? 0) + 1)
    }
    // The group wears the icon of its most common kind of place.
    const icon = [...icons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
    const markerId = GROUP_MARKER_BASE + cell
    groups.push({ markerId, count: members.length, positions: members.sort((a, b) => a - b), box })
    markers.push({
      id: markerId,
      latitude: round6(lat / members.length),
      longitude: round6(lng / members.length),
      iconPath: iconPath(icon),
      width: size,
      height: size,
      joinCluster: false,
      label: { content: String(members.length), ...GROUP_LABEL },
      ariaLabel: `这里有 ${members.length} 个地点，点按放大`
    })
  }
  markers.push(...singles.map(placeMarker))
  markers.sort((a, b) => a.id - b.id)
  groups.sort((a, b) => a.markerId - b.markerId)
  return { markers, inRange, groups }
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
