// 我收藏的地点, for the mine tab: saved places (kept on the device), newest first, each opening
// its detail page. Names come from the current places list when it has them (a renamed place
// shows its new name), else from what was saved.
import { Text, View } from '@tarojs/components'
import { Button } from '../ui/Button'
import Taro from '@tarojs/taro'
import { categoryInfo } from '../../domain/places'
import { useFavouritesStore } from '../../stores/useFavouritesStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { CategoryIcon } from '../CategoryIcon'
import './index.scss'

export function FavouritePlaces() {
  const items = useFavouritesStore((s) => s.items)
  const remove = useFavouritesStore((s) => s.remove)
  const places = usePlacesStore((s) => s.places)

  if (items.length === 0) {
    return (
      <View className='favourite-places favourite-places--empty'>
        <Text className='muted'>还没有收藏的地点。在“找地方”里点地点旁的“☆ 收藏”，常去的地方就会出现在这里。</Text>
        <Button className='favourite-places__go' onClick={() => Taro.switchTab({ url: '/pages/map/index' })}>
          去找地方
        </Button>
      </View>
    )
  }

  const byId = new Map(places.map((p) => [p.id, p]))
  return (
    <View className='favourite-places'>
      {items.map((f) => {
        const current = byId.get(f.id)
        const name = current?.name ?? f.name
        const category = current?.category ?? f.category
        const demo = current?.demo ?? f.demo
        return (
          <View key={f.id} className='favourite-places__item'>
            <View
              className='favourite-places__open'
              ariaRole='button'
              ariaLabel={`${name}${demo ? '（示例）' : ''}，查看详情`}
              onClick={() => Taro.navigateTo({ url: `/pkg-places/detail/index?id=${encodeURIComponent(f.id)}` })}
            >
              <CategoryIcon category={category} size='small' />
              <View className='favourite-places__text'>
                <Text className='favourite-places__name'>{name}</Text>
                <Text className='muted'>
                  {categoryInfo(category).label}
                  {demo ? ' · 示例' : ''}
                </Text>
              </View>
              <Text className='favourite-places__chevron'>›</Text>
            </View>
            <View
              className='favourite-places__remove'
              ariaRole='button'
              ariaLabel={`取消收藏${name}`}
              onClick={() => remove(f.id)}
            >
              取消收藏
            </View>
          </View>
        )
      })}
    </View>
  )
}
