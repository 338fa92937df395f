// Under the plane, not over it: the selected pin's name and the way into its details.
import { Text, View } from '@tarojs/components'
import type { Place } from '../../domain/places'

/** The selected pin's name over the plane, with a way into its details. */
export function SelectedTag({ place, onOpen }: { place?: Place; onOpen: (place: Place) => void }) {
  if (!place) return null
  return (
    <View
      className='place-plane__tag'
      ariaRole='button'
      ariaLabel={`查看${place.name}的详情`}
      onClick={() => onOpen(place)}
    >
      <Text className='place-plane__tag-name'>{place.name}</Text>
      <Text className='place-plane__tag-go'>详情 ›</Text>
    </View>
  )
}
