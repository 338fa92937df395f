// Where a suggestion is, for the staff who handle it: the place or the name and address the map
// gave, or "手机定位的点" — and the point opened in the phone's map app, never raw numbers.
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/ui/Button'
import type { SuggestionLocation } from '../../domain/suggestions/model'
import { NAVIGATION_AVAILABLE, openMapTo } from '../../services/open-location'

const SOURCE_WORDS: Record<SuggestionLocation['source'], string> = {
  place: '地点',
  map: '地图上选的点',
  current: '提建议时手机定位的点',
  street: '街道的大致中心'
}

export function CaseLocation({ location }: { location: SuggestionLocation }) {
  const name = location.placeName ?? SOURCE_WORDS[location.source]
  return (
    <View className='staff-case__location'>
      <Text className='muted'>
        位置：{name}
        {location.address ? ` · ${location.address}` : ''}
        {location.placeName ? `（${SOURCE_WORDS[location.source]}）` : ''}
      </Text>
      {NAVIGATION_AVAILABLE ? (
        <Button
          variant='text'
          size='small'
          className='staff-case__open-map'
          onClick={() => void openMapTo({ ...location, name, address: location.address })}
        >
          在地图上看
        </Button>
      ) : null}
    </View>
  )
}
