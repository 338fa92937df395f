// Where distances are measured from: the user's position when they chose to share it, else a
// chosen street (the centre of its places), else the district centre. The map tab's list and a
// place's detail page say the same distance from the same point.
import { DISTRICT, findStreet } from '../streets'
import { originForStreet } from './filters'
import type { LatLng, Place } from './model'

export interface Origin {
  kind: 'user' | 'street' | 'district'
  point: LatLng
  /** "你的位置", "上清寺街道（大致中心）", "渝中区中心（大致）". */
  label: string
}

export function originOf(s: {
  user: LatLng | null
  street: string | null
  originMode: 'user' | 'street'
  places: readonly Place[]
}): Origin {
  if (s.user && s.originMode === 'user') return { kind: 'user', point: s.user, label: '你的位置' }
  const street = s.street ? findStreet(s.street) : undefined
  // Street centres are not published: the centre of that street's places stands in (filters.ts).
  if (street)
    return { kind: 'street', point: originForStreet(street.code, s.places), label: `${street.name}街道（大致中心）` }
  return {
    kind: 'district',
    point: { latitude: DISTRICT.centre.latitude, longitude: DISTRICT.centre.longitude },
    label: '渝中区中心（大致）'
  }
}

/** How far a place is, in the words of the detail page ("距你约 1.2 km"). */
export function distanceFrom(origin: Origin, meters: string): string {
  return origin.kind === 'user' ? `距你约 ${meters}` : `距${origin.label}约 ${meters}`
}
