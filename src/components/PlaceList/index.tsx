// The list under the map: every place that passes the filters, nearest first, with where the
// distances are measured from said in words. Long lists grow a page at a time, so a district
// full of records never renders hundreds of cards at once.
import { Text, View } from '@tarojs/components'
import { Button } from '../ui/Button'
import { useEffect, useState } from 'react'
import type { Place } from '../../domain/places'
import { useFavouritesStore } from '../../stores/useFavouritesStore'
import { PlaceCard } from '../PlaceCard'
import './index.scss'

const PAGE = 20

interface Props {
  places: Array<Place & { distanceM?: number }>
  now: number
  /** "你的位置", "上清寺街道（大致中心）"… */
  originLabel: string
  selectedId: string | null
  onOpen: (place: Place) => void
  onClearFilters: () => void
}

export function PlaceList({ places, now, originLabel, selectedId, onOpen, onClearFilters }: Props) {
  const [shown, setShown] = useState(PAGE)
  const favourites = useFavouritesStore((s) => s.items)
  const toggle = useFavouritesStore((s) => s.toggle)
  // A new filter starts from the top of a fresh page.
  useEffect(() => setShown(PAGE), [places.length, originLabel])
  const saved = new Set(favourites.map((f) => f.id))
  // The place chosen on the map comes first, so a tap on a marker always shows its card.
  const selected = selectedId ? places.find((p) => p.id === selectedId) : undefined
  const rest = selected ? places.filter((p) => p.id !== selectedId) : places
  const visible = [...(selected ? [selected] : []), ...rest.slice(0, shown)]

  return (
    <View className='place-list'>
      <Text className='place-list__summary'>
        共 {places.length} 个地点 · 按距离从近到远（从{originLabel}算起）
      </Text>
      {places.length === 0 ? (
        <View className='place-list__empty'>
          <Text>没有符合条件的地点。</Text>
          <Button block className='place-list__clear' onClick={onClearFilters}>
            清除筛选
          </Button>
        </View>
      ) : (
        visible.map((p) => (
          <PlaceCard
            key={p.id}
            place={p}
            now={now}
            selected={p.id === selectedId}
            favourite={saved.has(p.id)}
            onOpen={onOpen}
            onToggleFavourite={toggle}
          />
        ))
      )}
      {rest.length > shown ? (
        <Button block className='place-list__more' onClick={() => setShown(shown + PAGE)}>
          再显示 {Math.min(PAGE, rest.length - shown)} 个（还有 {rest.length - shown} 个）
        </Button>
      ) : null}
    </View>
  )
}
