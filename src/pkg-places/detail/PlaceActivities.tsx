// 这里的活动: the activities staff published at this place and not yet over, soonest first, each
// a line to its page. Nothing is shown while there are none (or while asking): a place page is
// about the place.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { chinaDateTime } from '../../domain/clock'
import { usePlaceActivities } from '../../data/places'
import { Row } from './sections'

export function PlaceActivities({ placeId }: { placeId: string }) {
  const coming = usePlaceActivities(placeId).data?.items ?? []
  if (coming.length === 0) return null
  return (
    <View className='place-detail__card place-detail__activities'>
      <Row label='这里的活动'>
        {coming.map((a) => (
          <View
            key={a.id}
            className='place-detail__activity'
            ariaRole='link'
            onClick={() => void Taro.navigateTo({ url: `/pkg-activities/detail/index?id=${encodeURIComponent(a.id)}` })}
          >
            <Text>
              {chinaDateTime(a.startAt)} · {a.title}
              {a.status === 'cancelled' ? '（已取消）' : ''} ›
            </Text>
          </View>
        ))}
      </Row>
    </View>
  )
}
