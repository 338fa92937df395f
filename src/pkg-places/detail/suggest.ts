// 对这里提建议: the suggestion form opens about this place, pinned to its point.
import { writeAbout } from '../../components/ModeChooser/open-form'
import type { Place } from '../../domain/places'

// The suggestion form keeps at most this many characters of a place name (validate.ts).
const PLACE_NAME_MAX = 60

export function suggestAbout(place: Place): void {
  const loc = place.location
  writeAbout({
    source: 'place',
    refId: place.id,
    topic: place.name,
    ...(loc
      ? {
          location: {
            latitude: loc.latitude,
            longitude: loc.longitude,
            source: 'place' as const,
            placeId: place.id,
            placeName: Array.from(place.name).slice(0, PLACE_NAME_MAX).join('')
          }
        }
      : {})
  })
}
