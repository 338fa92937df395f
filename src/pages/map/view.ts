// What the map tab shows, derived from the store: where distances are measured from, which
// places pass the filters, nearest first. Pure, so the page stays a thin layer of components.
import {
  filterPlaces,
  originForStreet,
  sortByDistance,
  type LatLng,
  type Place,
  type PlaceFilter
} from '../../domain/places'
import { DISTRICT, findStreet } from '../../domain/streets'
import type { PlaceFilters } from '../../stores/usePlacesStore'

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

function toPlaceFilter(f: PlaceFilters): PlaceFilter {
  const childcare = f.category === 'childcare'
  return {
    ...(f.category ? { categories: [f.category] } : {}),
    ...(f.openNow ? { openNow: true } : {}),
    ...(childcare && f.careTypes.length ? { careTypes: f.careTypes } : {}),
    ...(childcare && f.ageMonths !== null ? { ageMonths: f.ageMonths } : {}),
    ...(childcare && f.publicBenefit ? { publicBenefit: true } : {}),
    ...(childcare && f.registered ? { registered: true } : {})
  }
}

export type ListedPlace = Place & { distanceM?: number }

/** The places that pass the filters, in the list's order (the map takes them unsorted). */
export function filteredPlaces(places: readonly Place[], filters: PlaceFilters, now: number): Place[] {
  return filterPlaces(places, toPlaceFilter(filters), { now })
}

/** Nearest to the origin first; places without a location come last, by name. */
export function nearestFirst(places: readonly Place[], origin: LatLng): ListedPlace[] {
  return sortByDistance(places, origin)
}
