// Distances and datums. Everything in the app is GCJ-02; the only WGS-84 source is the browser's
// geolocation (H5), converted once here at the boundary. GCJ-02's offset is smooth at city
// scale, so great-circle distances between GCJ-02 points are as good as between WGS-84 ones.
import { wgs84ToGcj02 } from './datum'
import type { LatLng } from './model'

/** Mean Earth radius; the same value geokdbush uses, so index and linear scans agree. */
export const EARTH_RADIUS_M = 6371e3
const RAD = Math.PI / 180

export function haversineM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD
  const dLng = (lng2 - lng1) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function distanceM(a: LatLng, b: LatLng): number {
  return haversineM(a.latitude, a.longitude, b.latitude, b.longitude)
}

/** Between a number and its unit: a line never breaks there (关怀模式's narrow columns did: "150↵m"). */
const NO_BREAK = '\u00a0'

/** "850 m", "1.2 km", "12 km" (to 10 m under a kilometre, one decimal under ten). */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return ''
  if (metres < 995) return `${Math.max(10, Math.round(metres / 10) * 10)}${NO_BREAK}m`
  const km = metres / 1000
  return `${km < 9.95 ? km.toFixed(1) : Math.round(km)}${NO_BREAK}km`
}

/** A point known to be GCJ-02: the only kind the rest of the app accepts from a device. */
export interface Gcj02Point extends LatLng {
  datum: 'gcj02'
}

/**
 * Converts a WGS-84 point (browser geolocation) to GCJ-02. A point already tagged
 * GCJ-02 comes back unchanged: converting twice would shift it by another few hundred metres.
 */
export function toGcj02FromWgs84(point: LatLng & { datum?: 'wgs84' | 'gcj02' }): Gcj02Point {
  if (point.datum === 'gcj02') return { latitude: point.latitude, longitude: point.longitude, datum: 'gcj02' }
  const [latitude, longitude] = wgs84ToGcj02(point.latitude, point.longitude)
  return { latitude, longitude, datum: 'gcj02' }
}

/**
 * The boundary for device locations: WeChat's getLocation({type:'gcj02'}) already answers in
 * GCJ-02, the browser only in WGS-84. Pass what the API said it returned.
 */
export function deviceLocationToGcj02(point: LatLng, reported: 'wgs84' | 'gcj02'): Gcj02Point {
  return toGcj02FromWgs84({ latitude: point.latitude, longitude: point.longitude, datum: reported })
}

export interface BBox {
  south: number
  west: number
  north: number
  east: number
}

/**
 * Yuzhong with a margin, for catching swapped, mistyped or wrong-datum coordinates, not for
 * drawing the border. The district (23.24 km², centre about 29.5559 N, 106.5650 E) spans
 * roughly 106.50–106.60 E and 29.53–29.58 N; its confirmed places reach 106.516 E (红岩村) and
 * 29.5367 N (袁家岗). We add about 1 km on every side (0.01° of latitude ≈ 1.11 km, 0.01° of
 * longitude ≈ 0.97 km here) so a point on the edge, or rough by a few hundred metres, is not
 * rejected. The box also covers some riverbank of 江北/南岸/沙坪坝/九龙坡: coordinates there
 * pass this check and must be caught by the address or zoning code, never by this box.
 */
export const YUZHONG_BBOX: BBox = { south: 29.52, west: 106.49, north: 29.59, east: 106.61 }

export function isInsideBBox(lat: number, lng: number, box: BBox): boolean {
  return lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east
}

/** What a form says of a point outside the district (the adult form's location, a place's position). */
export const OUTSIDE_YUZHONG = '这个位置不在渝中区，请重新选择'

export function isInsideYuzhong(lat: number, lng: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lng) && isInsideBBox(lat, lng, YUZHONG_BBOX)
}

/** Grows a box by a fraction of its size on every side (0.25 → 50 % wider and taller). */
export function expandBBox(box: BBox, fraction: number): BBox {
  const dLat = (box.north - box.south) * fraction
  const dLng = (box.east - box.west) * fraction
  return { south: box.south - dLat, west: box.west - dLng, north: box.north + dLat, east: box.east + dLng }
}

/** WeChat's MapContext.getRegion() answer → a BBox. */
export function regionToBBox(region: { southwest: LatLng; northeast: LatLng }): BBox {
  return {
    south: region.southwest.latitude,
    west: region.southwest.longitude,
    north: region.northeast.latitude,
    east: region.northeast.longitude
  }
}

export function bboxCentre(box: BBox): LatLng {
  return { latitude: (box.south + box.north) / 2, longitude: (box.west + box.east) / 2 }
}
