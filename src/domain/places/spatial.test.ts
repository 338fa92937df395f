import { generatePlaces } from '../../../tests/fixtures/places/generate'
import { seededRandom } from '../seeded-random'
import { YUZHONG_BBOX } from './geo'
import type { Place } from './model'
import { linearNearest, linearWithin, PlaceIndex } from './spatial'

const ids = (hits: Array<{ place: Place }>) => hits.map((h) => h.place.id)

describe('PlaceIndex against the linear scans', () => {
  const places = generatePlaces(5000, 42)
  const index = new PlaceIndex(places)
  const random = seededRandom(7)
  const queries = Array.from({ length: 50 }, () => ({
    lat: YUZHONG_BBOX.south + random() * (YUZHONG_BBOX.north - YUZHONG_BBOX.south),
    lng: YUZHONG_BBOX.west + random() * (YUZHONG_BBOX.east - YUZHONG_BBOX.west)
  }))

  it('finds the same nearest 20, nearest first, with distances in metres', () => {
    for (const { lat, lng } of queries) {
      const fast = index.nearest(lat, lng, 20)
      const slow = linearNearest(places, lat, lng, 20)
      expect(ids(fast)).toEqual(ids(slow))
      for (let i = 0; i < 20; i++) expect(fast[i].distanceM).toBeCloseTo(slow[i].distanceM, 6)
      for (let i = 1; i < 20; i++) expect(fast[i].distanceM).toBeGreaterThanOrEqual(fast[i - 1].distanceM)
    }
  })

  it('finds the same places within 500 m, and none beyond', () => {
    for (const { lat, lng } of queries) {
      const fast = index.within(lat, lng, 500)
      expect(ids(fast)).toEqual(ids(linearWithin(places, lat, lng, 500)))
      expect(fast.every((h) => h.distanceM <= 500)).toBe(true)
    }
  })

  it('applies a filter and a maximum distance to nearest', () => {
    const parks = (p: Place) => p.category === 'park'
    const { lat, lng } = queries[0]
    const fast = index.nearest(lat, lng, 10, parks, 800)
    expect(fast.every((h) => h.place.category === 'park' && h.distanceM <= 800)).toBe(true)
    expect(ids(fast)).toEqual(ids(linearWithin(places, lat, lng, 800, parks).slice(0, 10)))
    expect(ids(index.within(lat, lng, 800, parks))).toEqual(ids(linearWithin(places, lat, lng, 800, parks)))
  })

  it('returns the places inside a box', () => {
    const box = { south: 29.55, west: 106.55, north: 29.56, east: 106.57 }
    const inside = places.filter((p) => {
      const l = p.location!
      return l.latitude >= box.south && l.latitude <= box.north && l.longitude >= box.west && l.longitude <= box.east
    })
    expect(
      index
        .inBounds(box)
        .map((p) => p.id)
        .sort()
    ).toEqual(inside.map((p) => p.id).sort())
  })
})

describe('PlaceIndex edge cases', () => {
  it('skips places without a location and copes with an empty set', () => {
    const [a, b] = generatePlaces(2, 3)
    const nowhere: Place = { ...b, id: 'nowhere', location: undefined }
    const index = new PlaceIndex([a, nowhere])
    expect(index.size).toBe(1)
    expect(index.at(0)?.id).toBe(a.id)
    expect(ids(index.nearest(29.55, 106.56, 5))).toEqual([a.id])
    const empty = new PlaceIndex<Place>([])
    expect(empty.nearest(29.55, 106.56, 5)).toEqual([])
    expect(empty.within(29.55, 106.56, 500)).toEqual([])
    expect(empty.inBounds(YUZHONG_BBOX)).toEqual([])
    expect(linearNearest([nowhere], 29.55, 106.56, 3)).toEqual([])
  })

  it('finds places exactly at the point with radius 0, and orders twins the same way every time', () => {
    const [a, b, c] = generatePlaces(3, 11)
    const twin = { ...b, id: 'twin', location: a.location }
    const index = new PlaceIndex([a, b, twin, c])
    const { latitude, longitude } = a.location!
    expect(ids(index.within(latitude, longitude, 0))).toEqual(
      ids(new PlaceIndex([a, b, twin, c]).within(latitude, longitude, 0))
    )
    expect(ids(index.within(latitude, longitude, 0)).sort()).toEqual([a.id, 'twin'].sort())
    expect(index.within(latitude, longitude, 0).every((h) => h.distanceM === 0)).toBe(true)
    expect(index.within(latitude, longitude, -1)).toEqual([])
  })

  it('returns fewer than n when fewer exist, and nothing for n = 0', () => {
    const index = new PlaceIndex(generatePlaces(3, 9))
    expect(index.nearest(29.55, 106.56, 10)).toHaveLength(3)
    expect(index.nearest(29.55, 106.56, 0)).toEqual([])
  })
})
