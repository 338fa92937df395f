import gcoord from 'gcoord'
import {
  deviceLocationToGcj02,
  distanceM,
  expandBBox,
  formatDistance,
  haversineM,
  isInsideYuzhong,
  regionToBBox,
  toGcj02FromWgs84
} from './geo'

describe('haversine distance', () => {
  it('measures a degree of latitude and a short hop in Yuzhong', () => {
    expect(haversineM(29, 106, 30, 106)).toBeCloseTo(111195, -1)
    // 枇杷山公园 → 重庆医科大学附属儿童医院: about 0.9 km apart.
    const d = distanceM({ latitude: 29.5547, longitude: 106.5657 }, { latitude: 29.562635, longitude: 106.56104 })
    expect(d).toBeGreaterThan(900)
    expect(d).toBeLessThan(1000)
    expect(haversineM(29.55, 106.56, 29.55, 106.56)).toBe(0)
  })

  it('is symmetric', () => {
    expect(haversineM(29.53, 106.51, 29.58, 106.6)).toBeCloseTo(haversineM(29.58, 106.6, 29.53, 106.51), 6)
  })
})

describe('formatDistance', () => {
  it.each([
    [0, '10 m'],
    [4, '10 m'],
    [847, '850 m'],
    [994, '990 m'],
    [996, '1.0 km'],
    [1234, '1.2 km'],
    [9949, '9.9 km'],
    [12345, '12 km'],
    [NaN, ''],
    [-5, '']
  ])('%p m → %p', (m, text) => {
    // Written here with a plain space; the number and its unit are held together by a no-break space.
    expect(formatDistance(m)).toBe(text.replace(' ', '\u00a0'))
  })
})

describe('GCJ-02 boundary', () => {
  const wgs = { latitude: 29.5559, longitude: 106.565 }

  it('converts WGS-84 once with gcoord, a few hundred metres in Chongqing', () => {
    const gcj = toGcj02FromWgs84(wgs)
    expect(gcj.datum).toBe('gcj02')
    const shift = distanceM(wgs, gcj)
    expect(shift).toBeGreaterThan(100)
    expect(shift).toBeLessThan(800)
    const [lng, lat] = gcoord.transform([gcj.longitude, gcj.latitude], gcoord.GCJ02, gcoord.WGS84)
    expect(distanceM(wgs, { latitude: lat, longitude: lng })).toBeLessThan(1)
  })

  it('never converts a point twice', () => {
    const once = toGcj02FromWgs84(wgs)
    expect(toGcj02FromWgs84(once)).toEqual(once)
  })

  it('passes WeChat GCJ-02 locations through and converts browser WGS-84 ones', () => {
    expect(deviceLocationToGcj02(wgs, 'gcj02')).toEqual({ ...wgs, datum: 'gcj02' })
    expect(deviceLocationToGcj02(wgs, 'wgs84')).toEqual(toGcj02FromWgs84(wgs))
  })
})

describe('isInsideYuzhong', () => {
  it.each([
    ['district centre', 29.5559, 106.565],
    ['红岩革命纪念馆 (west edge)', 29.57, 106.516],
    ['重医附一院 (south-west)', 29.53665, 106.519417],
    ['朝天门 (east tip)', 29.5645, 106.5865]
  ])('accepts %s', (_name, lat, lng) => {
    expect(isInsideYuzhong(lat, lng)).toBe(true)
  })

  it.each([
    ['swapped lat/lng', 106.565, 29.5559],
    ['沙坪坝', 29.559, 106.452],
    ['北碚', 29.805, 106.396],
    ['Beijing', 39.9, 116.4],
    ['zero', 0, 0],
    ['not a number', NaN, 106.56]
  ])('rejects %s', (_name, lat, lng) => {
    expect(isInsideYuzhong(lat, lng)).toBe(false)
  })
})

describe('bounding boxes', () => {
  it('reads a WeChat region and grows it by a fraction', () => {
    const box = regionToBBox({
      southwest: { latitude: 29.55, longitude: 106.56 },
      northeast: { latitude: 29.56, longitude: 106.58 }
    })
    expect(box).toEqual({ south: 29.55, west: 106.56, north: 29.56, east: 106.58 })
    const big = expandBBox(box, 0.5)
    expect(big.south).toBeCloseTo(29.545, 9)
    expect(big.east).toBeCloseTo(106.59, 9)
  })
})
