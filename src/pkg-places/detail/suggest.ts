// 对这里提建议: the suggestion form opens about this place, pinned to its point.
import { writeAbout } from '../../components/ModeChooser/open-form'
import type { Place } from '../../domain/places'
import { LIMITS } from '../../domain/suggestions/limits'
import { firstChars } from '../../domain/text'

export function suggestAbout(place: Place): void {
  const loc = place.location
  writeAbout({
    source: 'place',
    refId: place.id,
    about: place.name,
    ...(loc
      ? {
          location: {
            latitude: loc.latitude,
            longitude: loc.longitude,
            source: 'place' as const,
            placeId: place.id,
            placeName: firstChars(place.name, LIMITS.placeName)
          }
        }
      : {})
  })
}
