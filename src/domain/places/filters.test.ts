import dayjs from 'dayjs'
import { DISTRICT } from '../streets'
import { demoPlaces } from './demo'
import {
  compareByName,
  filterPlaces,
  hasChildcareCriteria,
  originForStreet,
  placeMatcher,
  sortByDistance,
  streetLabels
} from './filters'
import { parseHours } from './hours'
import type { Place } from './model'
import { CONFIRMED_PLACES } from './seed'

const all = [...CONFIRMED_PLACES, ...demoPlaces()]
const names = (places: Place[]) => places.map((p) => p.name)

function base(id: string, fields: Partial<Place> = {}): Place {
  return { id, name: id, category: 'childcare', phones: [], facilities: [], source: 'test', ...fields }
}

describe('filterPlaces', () => {
  it('filters by categories and street', () => {
    const parks = filterPlaces(all, { categories: ['park'] })
    expect(parks.length).toBe(5)
    expect(parks.every((p) => p.category === 'park')).toBe(true)
    const jfb = filterPlaces(all, { street: '500103003', categories: ['childcare', 'children_home'] })
    expect(jfb.map((p) => p.id).sort()).toEqual([
      'demo-childcare-03',
      'demo-childcare-04',
      'demo-childcare-23',
      'demo-children-home-02'
    ])
    expect(filterPlaces(all, { categories: [] })).toHaveLength(all.length)
  })

  it('母婴室 finds a room of its own and any place that lists one among its facilities', () => {
    const room = base('room', { category: 'nursing_room' })
    const hospital = base('hospital', { category: 'hospital', facilities: ['nursing_room', 'parking'] })
    const park = base('park', { category: 'park', facilities: ['child_toilet'] })
    expect(names(filterPlaces([room, hospital, park], { categories: ['nursing_room'] }))).toEqual(['room', 'hospital'])
    // Other categories are their own: a hospital's facilities do not make it a park.
    expect(names(filterPlaces([room, hospital, park], { categories: ['hospital'] }))).toEqual(['hospital'])
  })

  it('keeps only childcare matching care type, age in months, 普惠 and 备案', () => {
    const a = base('a', {
      childcare: { careTypes: ['full_day'], ageMonths: { min: 6, max: 36 }, publicBenefit: true, registered: true }
    })
    const b = base('b', {
      childcare: {
        careTypes: ['hourly', 'temporary'],
        ageMonths: { min: 18, max: 36 },
        publicBenefit: false,
        registered: true
      }
    })
    const c = base('c', { childcare: { careTypes: ['half_day'] } })
    const park = base('park', { category: 'park' })
    const places = [a, b, c, park]
    expect(names(filterPlaces(places, { careTypes: ['temporary', 'half_day'] }))).toEqual(['b', 'c'])
    expect(names(filterPlaces(places, { ageMonths: 12 }))).toEqual(['a'])
    expect(names(filterPlaces(places, { ageMonths: 36 }))).toEqual(['a', 'b'])
    expect(names(filterPlaces(places, { publicBenefit: true }))).toEqual(['a'])
    expect(names(filterPlaces(places, { registered: true }))).toEqual(['a', 'b'])
    // "false" means no restriction, not "only the non-registered".
    expect(names(filterPlaces(places, { registered: false, publicBenefit: false }))).toEqual(['a', 'b', 'c', 'park'])
    expect(hasChildcareCriteria({ registered: false })).toBe(false)
  })

  it('keeps childcare with a monthly fee under the ceiling and free places confirmed in the last 30 days', () => {
    const cheap = base('cheap', {
      childcare: {
        careTypes: ['full_day', 'half_day'],
        fees: [
          { careType: 'full_day', yuan: 2800 },
          { careType: 'half_day', yuan: 1500 }
        ],
        freePlaces: { count: 2, confirmedOn: '2026-12-01' }
      }
    })
    const dear = base('dear', {
      childcare: {
        careTypes: ['full_day'],
        fees: [{ careType: 'full_day', yuan: 4200 }],
        freePlaces: { count: 5, confirmedOn: '2026-10-01' }
      }
    })
    const unknown = base('unknown', { childcare: { careTypes: ['full_day'] } })
    const places = [cheap, dear, unknown, base('park', { category: 'park' })]
    const now = new Date('2026-12-07T04:00:00Z')
    expect(names(filterPlaces(places, { maxMonthlyFee: 1500 }, { now }))).toEqual(['cheap'])
    expect(names(filterPlaces(places, { maxMonthlyFee: 5000 }, { now }))).toEqual(['cheap', 'dear'])
    // dear's count is 67 days old: a parent would be sent to a place that may be full.
    expect(names(filterPlaces(places, { freePlaces: true }, { now }))).toEqual(['cheap'])
    expect(names(filterPlaces(places, { freePlaces: true }, { now: dayjs('2027-01-01T04:00:00Z') }))).toEqual([])
    expect(hasChildcareCriteria({ maxMonthlyFee: 0 })).toBe(true)
  })

  it('filters on open now with the given instant and holidays; unknown hours never match', () => {
    const weekday = parseHours('Mo-Fr 08:00-18:00; PH off')
    if (!weekday.ok) throw new Error('bad hours')
    const open = base('open', { hours: weekday.hours })
    const unknown = base('unknown')
    const friday10 = dayjs('2026-11-27T10:00:00+08:00')
    expect(names(filterPlaces([open, unknown], { openNow: true }, { now: friday10 }))).toEqual(['open'])
    expect(filterPlaces([open], { openNow: true }, { now: friday10, holidays: new Set(['2026-11-27']) })).toEqual([])
    expect(filterPlaces([open], { openNow: true }, { now: dayjs('2026-11-28T10:00:00+08:00') })).toEqual([])
    // Confirmed closed for good (纠错): never open now, whatever its old hours say.
    expect(filterPlaces([{ ...open, closed: true }], { openNow: true }, { now: friday10 })).toEqual([])
  })

  it('gives a predicate usable with the spatial index', () => {
    const match = placeMatcher({ categories: ['museum'] })
    expect(CONFIRMED_PLACES.filter(match).map((p) => p.id)).toEqual(['three-gorges-museum', 'hongyan-memorial'])
  })
})

describe('sortByDistance', () => {
  const origin = { latitude: 29.5559, longitude: 106.565 }

  it('puts the nearest first and gives the distance in metres', () => {
    const sorted = sortByDistance(CONFIRMED_PLACES, origin)
    expect(sorted[0].name).toBe('枇杷山公园')
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].distanceM === undefined) continue
      expect(sorted[i].distanceM!).toBeGreaterThanOrEqual(Math.round(sorted[i - 1].distanceM!) - 1)
    }
  })

  it('breaks ties by name then id, and puts places without a location last', () => {
    const here = { latitude: 29.56, longitude: 106.57, approximate: false }
    const places = [
      base('z', { name: '示例B', location: here }),
      base('y', { name: '示例A', location: here }),
      base('x', { name: '示例A', location: here }),
      base('w', { name: '示例0' })
    ]
    const sorted = sortByDistance(places, origin)
    expect(sorted.map((p) => p.id)).toEqual(['x', 'y', 'z', 'w'])
    expect(sorted[3].distanceM).toBeUndefined()
    expect(sortByDistance([...places].reverse(), origin).map((p) => p.id)).toEqual(['x', 'y', 'z', 'w'])
  })

  it('does not change its input', () => {
    const input = [...CONFIRMED_PLACES]
    sortByDistance(input, origin)
    expect(input).toEqual(CONFIRMED_PLACES)
    expect('distanceM' in input[0]).toBe(false)
  })
})

describe('originForStreet', () => {
  it('uses the centre of the street’s located places, else the district centre', () => {
    const places = [
      base('a', { street: '500103003', location: { latitude: 29.56, longitude: 106.57, approximate: true } }),
      base('b', { street: '500103003', location: { latitude: 29.562, longitude: 106.58, approximate: true } })
    ]
    const o = originForStreet('500103003', places)
    expect(o.latitude).toBeCloseTo(29.561, 9)
    expect(o.longitude).toBeCloseTo(106.575, 9)
    expect(originForStreet('500103013', places)).toEqual({ ...DISTRICT.centre })
    expect(originForStreet(undefined, places)).toEqual({ ...DISTRICT.centre })
  })

  it('compares names by code point', () => {
    expect(compareByName(base('1', { name: 'A' }), base('2', { name: 'B' }))).toBeLessThan(0)
  })
})

describe('streetLabels', () => {
  it('names each street with located places at their centre, by code; others get none', () => {
    const at = (latitude: number, longitude: number) => ({ location: { latitude, longitude, approximate: true } })
    const places = [
      base('a', { street: '500103003', ...at(29.56, 106.57) }),
      base('b', { street: '500103003', ...at(29.562, 106.58) }),
      base('c', { street: '500103001', ...at(29.55, 106.55) }),
      base('d', { street: '500103005' }), // no location: its street gets no label
      base('e', { ...at(29.5, 106.5) }), // no street
      base('f', { street: '999999999', ...at(29.5, 106.5) }) // not a Yuzhong street
    ]
    const labels = streetLabels(places)
    expect(labels.map((l) => [l.code, l.name])).toEqual([
      ['500103001', '七星岗'],
      ['500103003', '解放碑']
    ])
    expect(labels[1].latitude).toBeCloseTo(29.561, 9)
    expect(labels[1].longitude).toBeCloseTo(106.575, 9)
    expect(streetLabels([])).toEqual([])
  })
})
