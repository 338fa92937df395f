import gcoord from 'gcoord'
import { gcj02ToWgs84, wgs84ToGcj02 } from './datum'

// Points across Yuzhong and beyond; gcoord (a test-only reference here) must agree.
const POINTS: Array<[number, number]> = [
  [29.5559, 106.565],
  [29.5367, 106.516],
  [29.59, 106.61],
  [39.9087, 116.3975],
  [22.5431, 114.0579]
]

describe('datum', () => {
  it.each(POINTS)('WGS-84 → GCJ-02 at %p, %p agrees with gcoord', (lat, lng) => {
    const [gLng, gLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02)
    const [a, b] = wgs84ToGcj02(lat, lng)
    expect(a).toBeCloseTo(gLat, 9)
    expect(b).toBeCloseTo(gLng, 9)
  })

  it.each(POINTS)('GCJ-02 → WGS-84 at %p, %p inverts the forward transform', (lat, lng) => {
    const [gLat, gLng] = wgs84ToGcj02(lat, lng)
    const [wLat, wLng] = gcj02ToWgs84(gLat, gLng)
    expect(wLat).toBeCloseTo(lat, 9)
    expect(wLng).toBeCloseTo(lng, 9)
    // gcoord's inverse stops earlier (off by up to about 10 cm); ours iterates to the exact point.
    const [rLng, rLat] = gcoord.transform([gLng, gLat], gcoord.GCJ02, gcoord.WGS84)
    expect(Math.abs(wLat - rLat)).toBeLessThan(1e-5)
    expect(Math.abs(wLng - rLng)).toBeLessThan(1e-5)
  })

  it('leaves points outside China as they are', () => {
    expect(wgs84ToGcj02(51.5, -0.12)).toEqual([51.5, -0.12])
    expect(gcj02ToWgs84(51.5, -0.12)).toEqual([51.5, -0.12])
  })
})
