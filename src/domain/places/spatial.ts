// Spatial queries over places: a static k-d tree (kdbush) built once per data set, nearest-n
// on the sphere with geokdbush, radius and viewport queries as a box search refined by
// haversine. The linear scans below are the baseline the benchmark compares against (and the
// reference the tests check the index with).
import KDBush from 'kdbush'
import { around } from 'geokdbush'
import { EARTH_RADIUS_M, haversineM, type BBox } from './geo'
import type { LatLng, Place } from './model'

export interface Located {
  location?: LatLng
}

export interface Hit<T> {
  place: T
  distanceM: number
}

export type PlacePredicate<T> = (place: T) => boolean

// Metres per degree of latitude on the same sphere as haversineM.
const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180
const RAD = Math.PI / 180

// Once the tree has found the hits of a radius query, sorting them by distance is most of the
// remaining cost. V8 sorts a Uint32Array of small integers far faster than anything with a
// comparator (or a Float64Array), so each hit becomes one integer: its distance quantised to
// the upper bits, its rank (input order, which breaks ties) in the lower ones, all under 2^30
// so the values stay small integers. With 1,000 hits within 500 m the distance step is under
// a millimetre; beyond ~4M hits a plain comparator sort takes over.
const KEY_BITS = 30

/**
 * asin for the half-chords of a radius query: below 0.001 (about 12 km) its series to x⁵ is exact
 * to far below a double's precision (the next term is 5x⁷/112) and several times cheaper than
 * Math.asin, which was most of a query's cost once the tree had found the hits.
 */
function asinSmall(x: number): number {
  if (x >= 0.001) return Math.asin(Math.min(1, x))
  const x2 = x * x
  return x * (1 + x2 * (1 / 6 + x2 * (3 / 40)))
}

/** The first `count` hits in nearest-first order; equal distances keep their input order. */
function sortHits<T>(
  items: readonly T[],
  positions: ArrayLike<number>,
  distances: ArrayLike<number>,
  count: number,
  maxDistanceM: number
): Array<Hit<T>> {
  const rankBits = Math.max(1, Math.ceil(Math.log2(count + 1)))
  const distanceBits = KEY_BITS - rankBits
  let order: ArrayLike<number>
  if (distanceBits < 8 || !(maxDistanceM > 0) || !Number.isFinite(maxDistanceM)) {
    order = Array.from({ length: count }, (_, i) => i).sort((a, b) => distances[a] - distances[b] || a - b)
  } else {
    const levels = 2 ** distanceBits
    const step = maxDistanceM / (levels - 1)
    const keys = new Uint32Array(count)
    for (let i = 0; i < count; i++) keys[i] = Math.min(levels - 1, Math.floor(distances[i] / step)) * 2 ** rankBits + i
    keys.sort()
    const rankMask = 2 ** rankBits - 1
    for (let k = 0; k < count; k++) keys[k] = keys[k] & rankMask
    order = keys
  }
  const hits = new Array<Hit<T>>(count)
  for (let k = 0; k < count; k++) {
    const i = order[k]
    hits[k] = { place: items[positions[i]], distanceM: distances[i] }
  }
  return hits
}

/**
 * Index over the places that have a location (others are skipped: they cannot be near
 * anything). Positions (0 … size-1) are stable for one index and serve as map marker ids.
 */
export class PlaceIndex<T extends Located = Place> {
  readonly items: readonly T[]
  private readonly tree: KDBush | null
  // Coordinates by position in typed arrays: reading them for the hits of a query stays in
  // cache, where following each place object to its location would not.
  private readonly lat: Float64Array
  private readonly lng: Float64Array
  private readonly cosLat: Float64Array
  // Sine and cosine of each half angle: a radius query takes the sine of a difference of half
  // angles as sin a·cos b − cos a·sin b, with no trigonometry per candidate (most of its cost).
  private readonly sinHalfLat: Float64Array
  private readonly cosHalfLat: Float64Array
  private readonly sinHalfLng: Float64Array
  private readonly cosHalfLng: Float64Array

  constructor(places: readonly T[]) {
    this.items = places.filter(
      (p) => p.location && Number.isFinite(p.location.latitude) && Number.isFinite(p.location.longitude)
    )
    const n = this.items.length
    this.lat = new Float64Array(n)
    this.lng = new Float64Array(n)
    this.cosLat = new Float64Array(n)
    this.sinHalfLat = new Float64Array(n)
    this.cosHalfLat = new Float64Array(n)
    this.sinHalfLng = new Float64Array(n)
    this.cosHalfLng = new Float64Array(n)
    if (n === 0) {
      this.tree = null
      return
    }
    const tree = new KDBush(n)
    this.items.forEach((p, i) => {
      const { latitude, longitude } = p.location as LatLng
      this.lat[i] = latitude
      this.lng[i] = longitude
      this.cosLat[i] = Math.cos(latitude * RAD)
      this.sinHalfLat[i] = Math.sin((latitude * RAD) / 2)
      this.cosHalfLat[i] = Math.cos((latitude * RAD) / 2)
      this.sinHalfLng[i] = Math.sin((longitude * RAD) / 2)
      this.cosHalfLng[i] = Math.cos((longitude * RAD) / 2)
      tree.add(longitude, latitude)
    })
    this.tree = tree.finish()
  }

  get size(): number {
    return this.items.length
  }

  /** The place at a position (a marker id), if any. */
  at(position: number): T | undefined {
    return this.items[position]
  }

  /** The n nearest places (optionally matching `filter`, optionally within maxDistanceM), nearest first. */
  nearest(lat: number, lng: number, n: number, filter?: PlacePredicate<T>, maxDistanceM?: number): Array<Hit<T>> {
    if (!this.tree || n <= 0) return []
    const predicate = filter ? (pos: number) => filter(this.items[pos]) : undefined
    const maxKm = maxDistanceM === undefined ? Infinity : maxDistanceM / 1000
    const positions = around(this.tree, lng, lat, n, maxKm, predicate)
    const distances = positions.map((pos) => haversineM(lat, lng, this.lat[pos], this.lng[pos]))
    // Re-sorted on our own distances so ties order exactly as in within() and the scans.
    const order = positions.map((_, i) => i).sort((a, b) => distances[a] - distances[b] || positions[a] - positions[b])
    return order.map((i) => ({ place: this.items[positions[i]], distanceM: distances[i] }))
  }

  /** Every place within radiusM (optionally matching `filter`), nearest first. */
  within(lat: number, lng: number, radiusM: number, filter?: PlacePredicate<T>): Array<Hit<T>> {
    if (!this.tree || !(radiusM >= 0)) return []
    // A box that surely contains the circle (widened by 0.1 % for rounding), then the exact test.
    const dLat = (radiusM / M_PER_DEG) * 1.001
    const dLng = dLat / Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180))
    // Equal distances (the same building) keep the tree's order: deterministic for one index.
    const candidates = this.tree.range(lng - dLng, lat - dLat, lng + dLng, lat + dLat)
    // The haversine test without its asin: compare the half-chord term against the radius's.
    const maxH = Math.sin(radiusM / EARTH_RADIUS_M / 2) ** 2
    const cosQ = Math.cos(lat * RAD)
    const [sinQLat, cosQLat] = [Math.sin((lat * RAD) / 2), Math.cos((lat * RAD) / 2)]
    const [sinQLng, cosQLng] = [Math.sin((lng * RAD) / 2), Math.cos((lng * RAD) / 2)]
    const positions = new Uint32Array(candidates.length)
    const distances = new Float64Array(candidates.length)
    const { cosLat, sinHalfLat, cosHalfLat, sinHalfLng, cosHalfLng } = this
    let count = 0
    for (let k = 0; k < candidates.length; k++) {
      const pos = candidates[k]
      const a = sinHalfLat[pos] * cosQLat - cosHalfLat[pos] * sinQLat
      const b = sinHalfLng[pos] * cosQLng - cosHalfLng[pos] * sinQLng
      const h = a * a + cosQ * cosLat[pos] * (b * b)
      if (h > maxH || (filter && !filter(this.items[pos]))) continue
      positions[count] = pos
      distances[count] = 2 * EARTH_RADIUS_M * asinSmall(Math.sqrt(h))
      count++
    }
    return sortHits(this.items, positions, distances, count, radiusM)
  }

  /** Positions of the places inside a box (unordered); see markers.ts. */
  positionsInBounds(box: BBox): number[] {
    return this.tree ? this.tree.range(box.west, box.south, box.east, box.north) : []
  }

  /** The places inside a box, in index order. */
  inBounds(box: BBox, filter?: PlacePredicate<T>): T[] {
    const positions = this.positionsInBounds(box).sort((a, b) => a - b)
    const places = positions.map((pos) => this.items[pos])
    return filter ? places.filter(filter) : places
  }
}

/** Baseline: nearest n by computing every distance (keeps a sorted top-n, no full sort). */
export function linearNearest<T extends Located>(
  places: readonly T[],
  lat: number,
  lng: number,
  n: number,
  filter?: PlacePredicate<T>
): Array<Hit<T>> {
  const top: Array<Hit<T>> = []
  if (n <= 0) return top
  for (const place of places) {
    if (!place.location || (filter && !filter(place))) continue
    const distanceM = haversineM(lat, lng, place.location.latitude, place.location.longitude)
    if (top.length === n && distanceM >= top[n - 1].distanceM) continue
    if (top.length === n) top.pop()
    // Insertion into the sorted buffer; equal distances keep input order.
    const hit = { place, distanceM }
    let i = top.length
    top.push(hit)
    for (; i > 0 && top[i - 1].distanceM > distanceM; i--) top[i] = top[i - 1]
    top[i] = hit
  }
  return top
}

/** Baseline: every place within radiusM by computing every distance, nearest first. */
export function linearWithin<T extends Located>(
  places: readonly T[],
  lat: number,
  lng: number,
  radiusM: number,
  filter?: PlacePredicate<T>
): Array<Hit<T>> {
  const positions: number[] = []
  const distances: number[] = []
  places.forEach((place, pos) => {
    if (!place.location || (filter && !filter(place))) return
    const distanceM = haversineM(lat, lng, place.location.latitude, place.location.longitude)
    if (distanceM > radiusM) return
    positions.push(pos)
    distances.push(distanceM)
  })
  // The same ordering step as the index, so the benchmark compares the search alone.
  return sortHits(places, positions, distances, positions.length, radiusM)
}
