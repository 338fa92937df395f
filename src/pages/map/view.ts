// What the map tab shows, derived from the store: which places pass the filters, nearest first
// (where distances are measured from: domain/places/origin.ts). Pure, so the page stays a thin layer of components.
import {
  filterPlaces,
  searchPlacesByName,
  sortByDistance,
  type LatLng,
  type Place,
  type PlaceFilter
} from '../../domain/places'
import type { PlaceFilters } from '../../stores/usePlacesStore'

function toPlaceFilter(f: PlaceFilters): PlaceFilter {
  const childcare = f.category === 'childcare'
  return {
    ...(f.category ? { categories: [f.category] } : {}),
    ...(f.openNow ? { openNow: true } : {}),
    ...(childcare && f.careTypes.length ? { careTypes: f.careTypes } : {}),
    ...(childcare && f.ageMonths !== null ? { ageMonths: f.ageMonths } : {}),
    ...(childcare && f.publicBenefit ? { publicBenefit: true } : {}),
    ...(childcare && f.registered ? { registered: true } : {}),
    ...(childcare && f.maxMonthlyFee !== null ? { maxMonthlyFee: f.maxMonthlyFee } : {}),
    ...(childcare && f.freePlaces ? { freePlaces: true } : {})
  }
}

export type ListedPlace = Place & { distanceM?: number }

/** The places that pass the filters, in the list's order (the map takes them unsorted). */
export function filteredPlaces(places: readonly Place[], filters: PlaceFilters, now: number): Place[] {
  return filterPlaces(places, toPlaceFilter(filters), { now })
}

/**
 * A name search looks in every category, whatever chip is chosen (a parent who knows the name
 * should not have to know its category); only 现在开放 still applies. A blank query searches nothing.
 */
export function searchedPlaces(places: readonly Place[], filters: PlaceFilters, now: number, query: string): Place[] {
  if (!query.trim()) return []
  return searchPlacesByName(filterPlaces(places, filters.openNow ? { openNow: true } : {}, { now }), query)
}

/** Nearest to the origin first; places without a location come last, by name. */
export function nearestFirst(places: readonly Place[], origin: LatLng): ListedPlace[] {
  return sortByDistance(places, origin)
}
