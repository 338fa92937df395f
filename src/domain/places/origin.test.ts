import { DISTRICT } from '../streets'
import { distanceFrom, originOf } from './origin'
import type { Place } from './model'

const place = (id: string, street: string, latitude: number, longitude: number) =>
  ({ id, street, location: { latitude, longitude, approximate: true } }) as unknown as Place
const places = [place('a', '500103003', 29.56, 106.57), place('b', '500103003', 29.562, 106.58)]
const user = { latitude: 29.55, longitude: 106.56 }

describe('originOf', () => {
  it('the user’s position when they chose it, else the street’s centre, else the district’s', () => {
    expect(originOf({ user, street: '500103003', originMode: 'user', places })).toEqual({
      kind: 'user',
      point: user,
      label: '你的位置'
    })
    const street = originOf({ user, street: '500103003', originMode: 'street', places })
    expect(street).toMatchObject({ kind: 'street', label: '解放碑街道（大致中心）' })
    expect(street.point.latitude).toBeCloseTo(29.561, 9)
    expect(originOf({ user: null, street: null, originMode: 'user', places })).toEqual({
      kind: 'district',
      point: { ...DISTRICT.centre },
      label: '渝中区中心（大致）'
    })
    // An unknown street code falls back to the district.
    expect(originOf({ user: null, street: '999', originMode: 'street', places }).kind).toBe('district')
  })

  it('says from where a distance is measured', () => {
    const o = originOf({ user: null, street: '500103003', originMode: 'street', places })
    expect(distanceFrom(o, '1.2 km')).toBe('距解放碑街道（大致中心）约 1.2 km')
    expect(distanceFrom(originOf({ user, street: null, originMode: 'user', places }), '300 m')).toBe('距你约 300 m')
  })
})
