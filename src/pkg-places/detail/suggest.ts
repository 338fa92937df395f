// 对这里提建议: the suggestion form opens about this place, pinned to its point. Tabs take no
// query parameters, so the prefill waits in the intent store until the suggest tab takes it.
import Taro from '@tarojs/taro'
import type { Place } from '../../domain/places'
import { useIntentStore } from '../../stores/useIntentStore'

// The suggestion form keeps at most this many characters of a place name (validate.ts).
const PLACE_NAME_MAX = 60

export function suggestAbout(place: Place): void {
  const loc = place.location
  useIntentStore.getState().prefillSuggestion({
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
  void Taro.switchTab({ url: '/pages/suggest/index' })
}
