// Where the platform has no map to pick on (the browser build): one of the app's places with a
// position, found by name (pinyin too), the first ones by name when nothing is typed.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { categoryInfo, compareByName, searchPlacesByName, type Place } from '../../domain/places'
import { Field } from '../ui/Field'
import { Sheet } from '../ui/Sheet'

interface Props {
  open: boolean
  places: readonly Place[]
  onClose: () => void
  onPick: (place: Place) => void
}

const SHOWN = 8

export function PlacePickSheet({ open, places, onClose, onPick }: Props) {
  const [query, setQuery] = useState('')
  const located = places.filter((p) => p.location && !p.closed)
  const found = (query.trim() ? searchPlacesByName(located, query) : [...located].sort(compareByName)).slice(0, SHOWN)
  return (
    <Sheet open={open} title='选一个地点' onClose={onClose}>
      <Field label='地点名称' value={query} maxLength={40} placeholder='如：枇杷山公园' onInput={setQuery} />
      <View className='location-field__places' ariaRole='list'>
        {found.map((p) => (
          <View key={p.id} className='location-field__place' ariaRole='button' onClick={() => onPick(p)}>
            <Text className='location-field__place-name'>{p.name}</Text>
            <Text className='muted'>{categoryInfo(p.category).label}</Text>
          </View>
        ))}
        {found.length === 0 ? <Text className='muted'>没有找到这个名字的地点，可以只选街道和社区。</Text> : null}
      </View>
    </Sheet>
  )
}
