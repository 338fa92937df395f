// Places: spatial index vs a linear haversine scan over the same generated places, in the same
// process (nearest-20 and within-500 m, median per query), and the size of the marker update
// the map page hands to <Map> with 10k places. Goals (issue "places"): index ≥ 50× faster than
// the scan at 100k and under 1 ms a query; marker update ≤ 50 KB.
//   npx tsx scripts/bench/places.ts
import { seededRandom } from '../../src/domain/seeded-random'
import { generatePlaces } from '../../tests/fixtures/places/generate'
import { YUZHONG_BBOX } from '../../src/domain/places/geo'
import { markerPayloadSize, markersForViewport, type MapMarker } from '../../src/domain/places/markers'
import { linearNearest, linearWithin, PlaceIndex } from '../../src/domain/places/spatial'
import { figure, line } from './figures.cjs'

const SIZES = [1_000, 10_000, 100_000]
const RADIUS_M = 500
// About what a phone shows at zoom 15 (≈ 1.6 km × 2.8 km), in the middle of the district.
const PHONE_VIEW = { south: 29.5435, west: 106.557, north: 29.5685, east: 106.573 }

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function queryPoints(count: number, seed: number): Array<[number, number]> {
  const random = seededRandom(seed)
  const b = YUZHONG_BBOX
  return Array.from({ length: count }, () => [
    b.south + random() * (b.north - b.south),
    b.west + random() * (b.east - b.west)
  ])
}

/** Median µs per query; each query timed on its own after a warm-up pass. */
function perQuery(points: Array<[number, number]>, fn: (lat: number, lng: number) => unknown): number {
  for (const [lat, lng] of points.slice(0, Math.min(50, points.length))) fn(lat, lng)
  const samples = points.map(([lat, lng]) => {
    const start = process.hrtime.bigint()
    fn(lat, lng)
    return Number(process.hrtime.bigint() - start) / 1000
  })
  return median(samples)
}

const us = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`)
const pad = (s: string, n: number) => s.padStart(n)

console.log('\nplaces: spatial index (kdbush/geokdbush) vs linear haversine scan, median per query')
console.log(
  `${pad('places', 8)} ${pad('build', 9)} │ ${pad('nearest-20', 11)} ${pad('scan', 10)} ${pad('ratio', 8)} │ ${pad(`within ${RADIUS_M}m`, 11)} ${pad('scan', 10)} ${pad('ratio', 8)} ${pad('hits', 6)}`
)
let verdict = { ratio: 0, nearestUs: 0, withinUs: 0 }
for (const n of SIZES) {
  const places = generatePlaces(n, 2026)
  const buildStart = process.hrtime.bigint()
  const index = new PlaceIndex(places)
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6
  // Fewer scan queries at 100k: each one walks every place.
  const indexPoints = queryPoints(2000, 7)
  const scanPoints = indexPoints.slice(0, n >= 100_000 ? 200 : 1000)
  const nearest = perQuery(indexPoints, (lat, lng) => index.nearest(lat, lng, 20))
  const nearestScan = perQuery(scanPoints, (lat, lng) => linearNearest(places, lat, lng, 20))
  const within = perQuery(indexPoints, (lat, lng) => index.within(lat, lng, RADIUS_M))
  const withinScan = perQuery(scanPoints, (lat, lng) => linearWithin(places, lat, lng, RADIUS_M))
  const hits = median(indexPoints.slice(0, 200).map(([lat, lng]) => index.within(lat, lng, RADIUS_M).length))
  console.log(
    `${pad(n.toLocaleString('en'), 8)} ${pad(`${buildMs.toFixed(1)} ms`, 9)} │ ${pad(us(nearest), 11)} ${pad(us(nearestScan), 10)} ${pad(`${(nearestScan / nearest).toFixed(0)}×`, 8)} │ ${pad(us(within), 11)} ${pad(us(withinScan), 10)} ${pad(`${(withinScan / within).toFixed(0)}×`, 8)} ${pad(String(hits), 6)}`
  )
  if (n === 100_000)
    verdict = { ratio: Math.min(nearestScan / nearest, withinScan / within), nearestUs: nearest, withinUs: within }
}
const section = 'places'
for (const f of [
  figure({
    id: 'places.index-vs-scan',
    section,
    label: 'index vs linear scan at 100k (slower of two)',
    value: verdict.ratio,
    unit: '×',
    goal: { op: '>=', value: 50 }
  }),
  figure({
    id: 'places.nearest-100k',
    section,
    label: 'nearest-20 at 100k places',
    value: verdict.nearestUs,
    unit: 'µs',
    goal: { op: '<', value: 1000 }
  }),
  figure({
    id: 'places.within-100k',
    section,
    label: `within ${RADIUS_M} m at 100k places`,
    value: verdict.withinUs,
    unit: 'µs',
    goal: { op: '<', value: 1000 }
  })
])
  console.log(line(f))

const places = generatePlaces(10_000, 2026)
const index = new PlaceIndex(places)
const start = process.hrtime.bigint()
const update = markersForViewport(index, PHONE_VIEW)
const markersMs = Number(process.hrtime.bigint() - start) / 1e6
const size = markerPayloadSize(update.markers)
// Baselines: every place in range as a marker (no cap), and every place at once (no viewport).
const uncapped = markerPayloadSize(markersForViewport(index, PHONE_VIEW, { max: Infinity }).markers)
const everything: MapMarker[] = markersForViewport(index, YUZHONG_BBOX, { max: Infinity, margin: 0 }).markers
const all = markerPayloadSize(everything)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log('\nplaces: <Map> marker update, 10k places, phone-sized viewport (+25 % margin)')
// `?? []`: the same file measures releases from before groups existed (they dropped places).
const groups = update.groups ?? []
const counted =
  update.markers.filter((m) => !groups.some((g) => g.markerId === m.id)).length +
  groups.reduce((n, g) => n + g.count, 0)
console.log(
  `  markers sent            ${update.markers.length} for ${update.inRange} in range (${groups.length} groups of ${groups.reduce((n, g) => n + g.count, 0)} places)`
)
console.log(
  `  setData payload         ${kb(size.bytes)} UTF-8 (${size.chars.toLocaleString('en')} chars), built in ${markersMs.toFixed(2)} ms`
)
console.log(`  baseline: all in range  ${kb(uncapped.bytes)}`)
console.log(`  baseline: all 10k       ${kb(all.bytes)}`)
console.log(
  line(
    figure({
      id: 'places.counted',
      section,
      label: 'places counted on the map ÷ places in range',
      value: counted / update.inRange,
      unit: '×',
      goal: { op: '==', value: 1 }
    })
  )
)
console.log(
  line(
    figure({
      id: 'places.marker-update',
      section,
      label: 'marker update, 10k places, phone viewport',
      value: Math.round((size.bytes / 1024) * 10) / 10,
      unit: 'KB',
      goal: { op: '<=', value: 50 },
      tolerance: 0.05
    })
  )
)
