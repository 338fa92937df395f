// One place in the list: what it is, how far, whether it is open, and a way to save it. The
// card's main area opens the detail page; the star beside it (a sibling, not a nested button)
// saves without opening.
import { Text, View } from '@tarojs/components'
import { Fragment } from 'react'
import type { Place } from '../../domain/places'
import { CategoryIcon } from '../CategoryIcon'
import { StatusTag } from '../ui/StatusTag'
import { PlaceBadges } from './Badges'
import { childcareTags, distanceText, openLine } from './facts'
import './index.scss'

export { PlaceBadges } from './Badges'
export { ageText, childcareTags, distanceText, openLine, UNKNOWN } from './facts'

interface Props {
  place: Place & { distanceM?: number }
  now: number
  favourite: boolean
  selected?: boolean
  onOpen: (place: Place) => void
  onToggleFavourite: (place: Place) => void
}

export function PlaceCard({ place, now, favourite, selected = false, onOpen, onToggleFavourite }: Props) {
  const open = openLine(place, now)
  const distance = distanceText(place)
  const tags = childcareTags(place, now)
  return (
    <View className={`place-card ${selected ? 'place-card--selected' : ''}`} data-place-id={place.id}>
      <View
        className='place-card__main'
        ariaRole='button'
        ariaLabel={`${place.name}${place.demo ? '（示例）' : ''}${distance ? `，${distance}` : ''}，${open.text}${selected ? '，地图上已选中' : ''}`}
        onClick={() => onOpen(place)}
      >
        <CategoryIcon category={place.category} />
        <View className='place-card__body'>
          <View className='place-card__top'>
            <Text className='place-card__name'>{place.name}</Text>
            {distance ? <Text className='place-card__distance'>{distance}</Text> : null}
          </View>
          <PlaceBadges place={place} />
          <View className='place-card__open'>
            <StatusTag label={open.text} tone={open.tone} />
          </View>
          <Text className='place-card__line'>{place.address ?? '地址：暂无'}</Text>
          {tags.length ? (
            // Each tag whole on its line (非普惠, 余位 3…): the row breaks between tags and after a
            // 、 in a list of care types, never inside a word. The separators sit outside the
            // unbreakable pieces, or there is nowhere to break and the line runs off the card.
            <Text className='place-card__line place-card__tags'>
              {tags.map((t, i) => (
                <Fragment key={t}>
                  {i ? ' · ' : ''}
                  {t.split('、').map((piece, j) => (
                    <Fragment key={piece}>
                      {j ? '、' : ''}
                      <Text className='place-card__tag'>{piece}</Text>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </Text>
          ) : null}
          {selected ? <Text className='place-card__selected'>◉ 地图上已选中</Text> : null}
        </View>
      </View>
      <View
        className={`place-card__fav ${favourite ? 'place-card__fav--on' : ''}`}
        ariaRole='button'
        ariaLabel={favourite ? `取消收藏${place.name}` : `收藏${place.name}`}
        onClick={() => onToggleFavourite(place)}
      >
        <Text className='place-card__star'>{favourite ? '★' : '☆'}</Text>
        <Text className='place-card__fav-label'>{favourite ? '已收藏' : '收藏'}</Text>
      </View>
    </View>
  )
}
