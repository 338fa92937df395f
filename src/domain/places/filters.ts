// Filtering and ordering places the way the list and the map need it. The same predicate runs
// in the cloud function (nearby) and on the phone (cached list), so both agree.
import { DISTRICT, findStreet } from '../streets'
import { chinaDate } from '../clock'
import { hasFreshFreePlaces, monthlyFeeAtMost } from './childcare-facts'
import { distanceM } from './geo'
import { isInCategory, type CareType, type LatLng, type Place, type PlaceCategory } from './model'
import { isOpenAt, type Instant } from './open-state'
import type { HolidayCalendar } from '../calendar/china-days'

export interface PlaceFilter {
  /** Any of these categories (empty or absent: all). */
  categories?: PlaceCategory[]
  street?: string
  /** Open at the context's `now`; unknown hours never count as open. */
  openNow?: boolean
  /** Childcare offering at least one of these care types. */
  careTypes?: CareType[]
  /** Childcare whose age range includes this age (months); unknown ranges do not match. */
  ageMonths?: number
  /** true: only 普惠 childcare; false or absent: no restriction. */
  publicBenefit?: boolean
  /** true: only registered (备案) childcare; false or absent: no restriction. */
  registered?: boolean
  /** Childcare with a monthly fee (全日托 or 半日托) at or under this many yuan; unknown fees do not match. */
  maxMonthlyFee?: number
  /** true: only childcare with free places confirmed recently (childcare-facts.ts). */
  freePlaces?: boolean
}

export interface FilterContext {
  now?: Instant
  /** Which China dates (YYYY-MM-DD) are public holidays, for openNow (default: the official calendar). */
  holidays?: HolidayCalendar
}

/** Whether the filter asks anything only childcare can answer (then other places drop out). */
export function hasChildcareCriteria(filter: PlaceFilter): boolean {
  return Boolean(
    filter.careTypes?.length ||
    filter.ageMonths !== undefined ||
    filter.publicBenefit ||
    filter.registered ||
    filter.maxMonthlyFee !== undefined ||
    filter.freePlaces
  )
}

/** A predicate for the filter, usable with Array.filter and PlaceIndex queries. */
export function placeMatcher(filter: PlaceFilter, ctx: FilterContext = {}): (place: Place) => boolean {
  const categories = filter.categories?.length ? filter.categories : null
  const childcareOnly = hasChildcareCriteria(filter)
  const now = ctx.now ?? Date.now()
  const today = filter.freePlaces ? chinaDate(typeof now === 'number' ? now : now.valueOf()) : ''
  return (place) => {
    if (categories && !categories.some((c) => isInCategory(place, c))) return false
    if (filter.street && place.street !== filter.street) return false
    if (childcareOnly) {
      const c = place.childcare
      if (!c) return false
      if (filter.careTypes?.length && !filter.careTypes.some((t) => c.careTypes.includes(t))) return false
      if (
        filter.ageMonths !== undefined &&
        !(c.ageMonths && c.ageMonths.min <= filter.ageMonths && filter.ageMonths <= c.ageMonths.max)
      )
        return false
      if (filter.publicBenefit && c.publicBenefit !== true) return false
      if (filter.registered && c.registered !== true) return false
      if (filter.maxMonthlyFee !== undefined && !monthlyFeeAtMost(c, filter.maxMonthlyFee)) return false
      if (filter.freePlaces && !hasFreshFreePlaces(c, today)) return false
    }
    if (filter.openNow && (place.closed || !isOpenAt(place.hours, now, ctx.holidays))) return false
    return true
  }
}

export function filterPlaces<P extends Place>(places: readonly P[], filter: PlaceFilter, ctx: FilterContext = {}): P[] {
  const match = placeMatcher(filter, ctx)
  return places.filter(match)
}

/** Name order by code point (the same on every device and in the cloud), then id. */
export function compareByName(a: Place, b: Place): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Nearest first from `origin` (GCJ-02). Equal distances (to the metre) fall back to the name,
 * then the id, so the order never flickers between renders. Places without a location come
 * last, by name, without a distance.
 */
export function sortByDistance<P extends Place>(
  places: readonly P[],
  origin: LatLng
): Array<P & { distanceM?: number }> {
  const withDistance = places.map((p) => ({ ...p, distanceM: p.location ? distanceM(origin, p.location) : undefined }))
  return withDistance.sort((a, b) => {
    if (a.distanceM === undefined || b.distanceM === undefined) {
      if (a.distanceM !== b.distanceM) return a.distanceM === undefined ? 1 : -1
      return compareByName(a, b)
    }
    return Math.round(a.distanceM) - Math.round(b.distanceM) || compareByName(a, b)
  })
}

/**
 * Where to measure from when the user refuses location and picks a street: street centres are
 * not published (streets.ts), so the centre of that street's located places, or the district
 * centre when it has none.
 */
export function originForStreet(street: string | undefined, places: readonly Place[]): LatLng {
  const located = places.filter((p) => p.street === street && p.location)
  if (!street || located.length === 0)
    return { latitude: DISTRICT.centre.latitude, longitude: DISTRICT.centre.longitude }
  return centreOf(located)
}

function centreOf(located: readonly Place[]): LatLng {
  const sum = located.reduce(
    (acc, p) => ({ latitude: acc.latitude + p.location!.latitude, longitude: acc.longitude + p.location!.longitude }),
    { latitude: 0, longitude: 0 }
  )
  return { latitude: sum.latitude / located.length, longitude: sum.longitude / located.length }
}

export interface StreetLabel extends LatLng {
  code: string
  /** Short name (解放碑). */
  name: string
}

/**
 * Where to write each street's name on a map without a base map: at the centre of its located
 * places (the same stand-in as originForStreet), for the streets that have any.
 */
export function streetLabels(places: readonly Place[]): StreetLabel[] {
  const byStreet = new Map<string, Place[]>()
  for (const p of places) {
    if (!p.street || !p.location) continue
    const list = byStreet.get(p.street)
    if (list) list.push(p)
    else byStreet.set(p.street, [p])
  }
  const labels: StreetLabel[] = []
  for (const [code, located] of byStreet) {
    const street = findStreet(code)
    if (street) labels.push({ code, name: street.name, ...centreOf(located) })
  }
  return labels.sort((a, b) => a.code.localeCompare(b.code))
}
