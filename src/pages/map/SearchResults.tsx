// The name search's results, right under the field: a parent who typed a name sees the places
// at once, without scrolling past the filters and the map.
import { Text, View } from '@tarojs/components'
import { PlaceList } from '../../components/PlaceList'
import { EmptyState } from '../../components/ui/EmptyState'
import type { Place } from '../../domain/places'
import type { ListedPlace } from './view'

interface Props {
  query: string
  places: ListedPlace[]
  openNow: boolean
  now: number
  originLabel: string
  selectedId: string | null
  onOpen: (place: Place) => void
  onClear: () => void
}

export function SearchResults({ query, places, openNow, now, originLabel, selectedId, onOpen, onClear }: Props) {
  const scope = openNow ? '现在开放的地点' : '所有类别'
  return (
    <View className='map-page__results' ariaRole='region' ariaLabel='搜索结果'>
      {places.length === 0 ? (
        <EmptyState
          text={`没有名称含“${query.trim()}”的地点${openNow ? '（在现在开放的地点中）' : ''}。`}
          actionLabel='清除搜索'
          onAction={onClear}
        />
      ) : (
        <>
          <Text className='map-page__results-title'>
            找到 {places.length} 个地点（在{scope}中）
          </Text>
          <PlaceList
            places={places}
            now={now}
            originLabel={originLabel}
            selectedId={selectedId}
            onOpen={onOpen}
            onClearFilters={onClear}
          />
        </>
      )}
    </View>
  )
}
