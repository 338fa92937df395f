// Places for the page tests: the confirmed copy plus a few 示例 childcare centres with known
// positions, so distances and filters have clear answers. Used only by *.test.tsx.
import { CONFIRMED_PLACES, parseHours, type Place } from '../../domain/places'
import { useFavouritesStore } from '../../stores/useFavouritesStore'
import { NO_FILTERS, usePlacesStore } from '../../stores/usePlacesStore'

const weekdays = (() => {
  const r = parseHours('Mo-Fr 07:30-18:00; PH off')
  if (!r.ok) throw new Error('fixture hours')
  return r.hours
})()

const childcare = (
  id: string,
  name: string,
  street: string,
  latitude: number,
  longitude: number,
  extra: Partial<NonNullable<Place['childcare']>>
): Place => ({
  id,
  name,
  category: 'childcare',
  street,
  address: '示例地址',
  location: { latitude, longitude, approximate: true },
  phones: [],
  hours: weekdays,
  facilities: ['nursing_room'],
  childcare: { careTypes: ['full_day'], ageMonths: { min: 12, max: 36 }, ...extra },
  source: '示例数据：仅供本地开发演示，并非真实机构',
  demo: true
})

/** 上清寺 (north-west), 解放碑 (east), 大坪 (far west). */
export const CHILDCARE: Place[] = [
  childcare('demo-a', '示例托育园（上清寺 1）', '500103005', 29.565, 106.55, {
    careTypes: ['full_day', 'half_day'],
    publicBenefit: true,
    registered: true,
    ageMonths: { min: 6, max: 36 }
  }),
  childcare('demo-b', '示例托育园（解放碑 1）', '500103003', 29.56, 106.579, {
    careTypes: ['hourly'],
    publicBenefit: false,
    registered: true
  }),
  childcare('demo-c', '示例托育园（大坪 1）', '500103012', 29.541, 106.52, {
    careTypes: ['full_day'],
    publicBenefit: true,
    registered: false,
    ageMonths: { min: 18, max: 36 }
  })
]

export const ALL_PLACES: Place[] = [...CONFIRMED_PLACES, ...CHILDCARE]

/** A cloud answer to places.list with every fixture on one page. */
export const listAnswer = (places: Place[] = ALL_PLACES) => ({
  ok: true as const,
  data: { places, total: places.length, page: 1, pageSize: 100, hasMore: false, dataVersion: `${places.length}:t` }
})

/** Back to a first run: bundled copy, no filters, no location, nothing saved. */
export function resetPlaceStores(): void {
  usePlacesStore.setState({
    places: [...CONFIRMED_PLACES],
    source: 'bundled',
    savedAt: null,
    loading: false,
    error: null,
    fetchedAtMs: 0,
    filters: NO_FILTERS,
    user: null,
    locationStatus: 'idle',
    optedIn: false,
    street: null,
    originMode: 'user'
  })
  useFavouritesStore.setState({ items: [] })
}

export const cardNames = (): string[] =>
  Array.from(document.querySelectorAll('.place-card .place-card__name')).map((n) => n.textContent ?? '')
