import { Text, View } from '@tarojs/components'
import { categoryInfo, type Place } from '../../domain/places'

/** Category, 示例 for demo records, and 大致位置 for rough points — always as words. */
export function PlaceBadges({ place }: { place: Place }) {
  return (
    <View className='place-badges'>
      <Text className='place-badges__badge place-badges__badge--category'>{categoryInfo(place.category).label}</Text>
      {place.demo ? <Text className='place-badges__badge place-badges__badge--demo'>示例</Text> : null}
      {place.location?.approximate ? (
        <Text className='place-badges__badge place-badges__badge--approx'>大致位置</Text>
      ) : null}
    </View>
  )
}
