import { generatePlaces } from './generate'
import { expandBBox, isInsideBBox } from './geo'
import { calloutTitle, markerPayloadSize, markersForViewport, utf8Length } from './markers'
import { CONFIRMED_PLACES } from './seed'
import { PlaceIndex } from './spatial'

// About what a phone shows at zoom 15 in Chongqing (≈ 1.6 km × 2.8 km).
const PHONE_VIEW = { south: 29.5435, west: 106.557, north: 29.5685, east: 106.573 }

describe('markersForViewport', () => {
  const places = generatePlaces(10000, 5)
  const index = new PlaceIndex(places)

  it('sends only places in and near the viewport, capped, as small marker objects', () => {
    const { markers, inRange, capped } = markersForViewport(index, PHONE_VIEW)
    expect(inRange).toBeGreaterThan(150)
    expect(capped).toBe(true)
    expect(markers).toHaveLength(150)
    const near = expandBBox(PHONE_VIEW, 0.25)
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
      expect(m.joinCluster).toBe(true)
      const place = index.at(m.id)!
      expect(m.iconPath).toMatch(/^\/assets\/markers\/[a-z-]+\.png$/)
      expect(m.latitude).toBeCloseTo(place.location!.latitude, 6)
    }
    expect(new Set(markers.map((m) => m.id)).size).toBe(markers.length)
  })

  it('keeps the serialised update under 50 KB with 10k places', () => {
    const { markers } = markersForViewport(index, PHONE_VIEW)
    const size = markerPayloadSize(markers)
    expect(size.bytes).toBeLessThanOrEqual(50 * 1024)
    expect(size.chars).toBe(JSON.stringify({ markers }).length)
  })

  it('prefers the places nearest the centre when it has to drop some', () => {
    const { markers } = markersForViewport(index, PHONE_VIEW, { max: 20 })
    const inner = { south: 29.553, west: 106.562, north: 29.559, east: 106.568 }
    expect(markers.every((m) => isInsideBBox(m.latitude, m.longitude, PHONE_VIEW))).toBe(true)
    const innerCount = index.inBounds(inner).length
    expect(markers.filter((m) => isInsideBBox(m.latitude, m.longitude, inner)).length).toBe(Math.min(20, innerCount))
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
    expect(hospital.callout.content).toBe('重庆医科大学附属儿…')
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
