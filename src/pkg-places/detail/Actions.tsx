// Call, navigate, save, share. Missing facts keep their button's place with a reason, so the
// page never guesses a number or a point.
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import type { Place } from '../../domain/places'
import { NAVIGATION_AVAILABLE, openMapTo } from '../../services/open-location'
import { callPhone } from '../../services/phone'
import { useFavouritesStore } from '../../stores/useFavouritesStore'

export function Actions({ place }: { place: Place }) {
  const favourite = useFavouritesStore((s) => s.items.some((f) => f.id === place.id))
  const toggle = useFavouritesStore((s) => s.toggle)
  const loc = place.location

  const navigate = () => {
    if (!loc) return
    void openMapTo({
      latitude: loc.latitude,
      longitude: loc.longitude,
      name: place.name,
      // WeChat's map page shows this line: the rough point is said there too.
      address: `${place.address ?? ''}${loc.approximate ? '（位置为大致位置）' : ''}`
    })
  }

  return (
    <View className='place-detail__actions'>
      {place.phones.length ? (
        place.phones.map((phone) => (
          <Button key={phone} className='place-detail__action place-detail__call' onClick={() => void callPhone(phone)}>
            拨打 {phone}
          </Button>
        ))
      ) : (
        <View className='place-detail__action place-detail__action--off place-detail__call-none'>
          <Text>电话：暂无</Text>
        </View>
      )}
      {loc ? (
        <Button variant='primary' className='place-detail__action place-detail__navigate' onClick={navigate}>
          {NAVIGATION_AVAILABLE ? '导航' : '导航（查看位置）'}
        </Button>
      ) : (
        <View className='place-detail__action place-detail__action--off'>
          <Text>暂无坐标，无法导航</Text>
        </View>
      )}
      {loc?.approximate ? (
        <Text className='place-detail__hint place-detail__approx'>
          位置为大致位置，可能偏差数百米，到附近后请再确认。
        </Text>
      ) : null}
      <View className='place-detail__row-buttons'>
        <Button className='place-detail__action place-detail__favourite' onClick={() => toggle(place)}>
          {favourite ? '★ 已收藏' : '☆ 收藏'}
        </Button>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='place-detail__action place-detail__share' openType='share'>
            分享
          </Button>
        ) : null}
      </View>
    </View>
  )
}
