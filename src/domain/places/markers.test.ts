import { generatePlaces } from '../../../tests/fixtures/places/generate'
import { expandBBox, isInsideBBox } from './geo'
import { GROUP_MARKER_BASE, calloutTitle, markerPayloadSize, markersForViewport, utf8Length } from './markers'
import { CONFIRMED_PLACES } from './seed'
import { PlaceIndex } from './spatial'

// About what a phone shows at zoom 15 in Chongqing (≈ 1.6 km × 2.8 km).
const PHONE_VIEW = { south: 29.5435, west: 106.557, north: 29.5685, east: 106.573 }

describe('markersForViewport', () => {
  const places = generatePlaces(10000, 5)
  const index = new PlaceIndex(places)

  it('sends every place in and near the viewport as its own small marker when they fit the budget', () => {
    const small = { south: 29.552, west: 106.561, north: 29.557, east: 106.566 }
    const { markers, inRange, groups } = markersForViewport(index, small)
    expect(inRange).toBeLessThanOrEqual(150)
    expect(groups).toEqual([])
    expect(markers).toHaveLength(inRange)
    const near = expandBBox(small, 0.25)
    for (const m of markers) {
      expect(isInsideBBox(m.latitude, m.longitude, near)).toBe(true)
      expect(Object.keys(m).sort()).toEqual([
        'callout',
        'height',
        'iconPath',
        'id',
        'joinCluster',
        'latitude',
        'longitude',
        'width'
      ])
      // WeChat clusters them, and counts every place in range: all of them are there.
      expect(m.joinCluster).toBe(true)
      const place = index.at(m.id)!
      expect(m.iconPath).toMatch(/^\/assets\/markers\/[a-z-]+\.png$/)
      expect(m.latitude).toBeCloseTo(place.location!.latitude, 6)
    }
    expect(new Set(markers.map((m) => m.id)).size).toBe(markers.length)
  })

  it('past the budget, groups places on our side so that every place in range is counted, none dropped', () => {
    const { markers, inRange, groups } = markersForViewport(index, PHONE_VIEW)
    expect(inRange).toBeGreaterThan(150)
    expect(markers.length).toBeLessThanOrEqual(150)
    const singles = markers.filter((m) => m.id < GROUP_MARKER_BASE)
    // Each place in range is a marker of its own or counted in exactly one group.
    expect(singles.length + groups.reduce((n, g) => n + g.count, 0)).toBe(inRange)
    const counted = new Set([...singles.map((m) => m.id), ...groups.flatMap((g) => g.positions)])
    expect(counted.size).toBe(inRange)
    expect([...counted].sort((a, b) => a - b)).toEqual(
      index.positionsInBounds(expandBBox(PHONE_VIEW, 0.25)).sort((a, b) => a - b)
    )
    for (const g of groups) {
      const m = markers.find((x) => x.id === g.markerId)!
      expect(g.count).toBeGreaterThan(1)
      expect(m.label?.content).toBe(String(g.count))
      expect(m.ariaLabel).toBe(`这里有 ${g.count} 个地点，点按放大`)
      // Ours are final: WeChat must not merge them again (its bubble would count a group as one).
      expect(m.joinCluster).toBe(false)
      for (const pos of g.positions) {
        const l = index.at(pos)!.location!
        expect(isInsideBBox(l.latitude, l.longitude, g.box)).toBe(true)
      }
    }
    expect(singles.every((m) => !m.joinCluster)).toBe(true)
  })

  it('keeps the serialised update under 50 KB with 10k places', () => {
    const { markers } = markersForViewport(index, PHONE_VIEW)
    const size = markerPayloadSize(markers)
    expect(size.bytes).toBeLessThanOrEqual(50 * 1024)
    expect(size.chars).toBe(JSON.stringify({ markers }).length)
  })

  it('keeps the chosen place a marker of its own, even where its neighbours are grouped', () => {
    const all = markersForViewport(index, PHONE_VIEW)
    const grouped = all.groups[0].positions[0]
    const { markers, groups, inRange } = markersForViewport(index, PHONE_VIEW, { keep: grouped })
    expect(markers.some((m) => m.id === grouped)).toBe(true)
    expect(groups.some((g) => g.positions.includes(grouped))).toBe(false)
    expect(inRange).toBe(all.inRange)
  })

  it('applies a filter, custom icons, and is the same for the same input', () => {
    const opts = {
      filter: (p: { category: string }) => p.category === 'park',
      iconPath: (icon: string) => `/img/${icon}.png`
    }
    const a = markersForViewport(index, PHONE_VIEW, opts)
    expect(a.markers.every((m) => index.at(m.id)!.category === 'park' && m.iconPath === '/img/park.png')).toBe(true)
    expect(markersForViewport(index, PHONE_VIEW, opts)).toEqual(a)
  })

  it('skips places without a location and shows short callouts', () => {
    const real = new PlaceIndex(CONFIRMED_PLACES)
    const { markers } = markersForViewport(real, { south: 29.52, west: 106.49, north: 29.59, east: 106.61 })
    expect(markers).toHaveLength(12)
    const hospital = markers.find((m) => real.at(m.id)!.id === 'cq-children-hospital-yuzhong')!
    expect(hospital.callout?.content).toBe('重庆医科大学附属儿…')
    expect(hospital.iconPath).toBe('/assets/markers/hospital-children.png')
  })
})

describe('helpers', () => {
  it('cuts long names to ten characters', () => {
    expect(calloutTitle('鹅岭公园')).toBe('鹅岭公园')
    expect(Array.from(calloutTitle('重庆医科大学附属第一医院'))).toHaveLength(10)
  })

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3)
    expect(utf8Length('渝中')).toBe(6)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('😀')).toBe(4)
  })
})
