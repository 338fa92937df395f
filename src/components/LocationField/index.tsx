// 位置（可不填） on the adult form, as the home screen promises ("文字、照片和位置"): the phone's
// position, or a point picked on WeChat's map shown back with the name and address the map gave;
// in the browser build, which has no map picker, one of the app's places. Adults only: a child
// gives a street or a place (isPreciseLocation). Said plainly: staff see it, the public never.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isInsideYuzhong, linearNearest, OUTSIDE_YUZHONG, type Place } from '../../domain/places'
import { retentionSentence } from '../../domain/suggestions/retention-text'
import type { SuggestionLocation } from '../../domain/suggestions/model'
import { locate } from '../../services/location'
import { MAP_PICKER, pickOnMap } from '../../services/pick-location'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { Button, ButtonRow } from '../ui/Button'
import { locateProblem } from './locate-problem'
import { PlacePickSheet } from './PlacePickSheet'
import './index.scss'

interface Props {
  value?: SuggestionLocation
  error?: string
  onChange: (location: SuggestionLocation | undefined) => void
}

/** What else the form offers: WeChat's map, or (in the browser build) one of the app's places. */
const OTHER_WAY = MAP_PICKER ? '在地图上选' : '选一个地点'
/** A known place this close to a point names it for the writer ("靠近 枇杷山公园"). */
const NEAR_M = 300

function nearText(location: SuggestionLocation, places: readonly Place[]): string {
  const [hit] = linearNearest(places, location.latitude, location.longitude, 1, (p) => !p.closed)
  return hit && hit.distanceM <= NEAR_M ? `（靠近 ${hit.place.name}）` : ''
}

/** What the chosen location is called on the form: its name and address, never raw numbers. */
function describe(location: SuggestionLocation, places: readonly Place[]): { name: string; address?: string } {
  if (location.source === 'current') return { name: `我现在的位置${nearText(location, places)}` }
  if (location.source === 'place') return { name: location.placeName ?? '所选地点' }
  return { name: location.placeName || `地图上选的点${nearText(location, places)}`, address: location.address }
}

export function LocationField({ value, error, onChange }: Props) {
  const places = usePlacesStore((s) => s.places)
  const [busy, setBusy] = useState(false)
  const [choosing, setChoosing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const locateMe = async () => {
    setBusy(true)
    setProblem(null)
    const r = await locate()
    setBusy(false)
    if (!r.ok) return setProblem(locateProblem(r.reason, `${OTHER_WAY}，或只选街道和社区`))
    if (!isInsideYuzhong(r.point.latitude, r.point.longitude))
      return setProblem(`你现在不在渝中区：可以${OTHER_WAY}，或只选街道和社区`)
    onChange({ latitude: r.point.latitude, longitude: r.point.longitude, source: 'current' })
  }
  const pick = async () => {
    setProblem(null)
    const r = await pickOnMap(value)
    if (!r.ok)
      return r.reason === 'cancel' || r.reason === 'unsupported'
        ? undefined
        : setProblem(locateProblem(r.reason, '只选街道和社区'))
    const { latitude, longitude, name, address } = r.picked
    if (!isInsideYuzhong(latitude, longitude)) return setProblem(OUTSIDE_YUZHONG)
    onChange({
      latitude,
      longitude,
      source: 'map',
      ...(name ? { placeName: name } : {}),
      ...(address ? { address } : {})
    })
  }
  const shown = value ? describe(value, places) : null

  return (
    <View className='location-field'>
      <Text className='location-field__label'>位置（可不填）</Text>
      <Text className='muted location-field__note'>
        位置只给处理建议的工作人员看，不公开。{retentionSentence('location')}
      </Text>
      {shown ? (
        <View className='location-field__chosen' ariaRole='group' ariaLabel={`已附位置：${shown.name}`}>
          <Text className='location-field__name'>📍 {shown.name}</Text>
          {shown.address ? <Text className='muted location-field__address'>{shown.address}</Text> : null}
          <Button variant='text' size='small' className='location-field__remove' onClick={() => onChange(undefined)}>
            不附位置
          </Button>
        </View>
      ) : null}
      <ButtonRow className='location-field__actions'>
        <Button className='location-field__mine' busy={busy} onClick={() => void locateMe()}>
          使用我的位置
        </Button>
        {MAP_PICKER ? (
          <Button className='location-field__pick' onClick={() => void pick()}>
            在地图上选
          </Button>
        ) : (
          <Button className='location-field__pick' onClick={() => setChoosing(true)}>
            选一个地点
          </Button>
        )}
      </ButtonRow>
      {problem ? (
        <View ariaRole='alert'>
          <Text className='location-field__error location-field__problem'>{problem}</Text>
        </View>
      ) : null}
      {error ? <Text className='location-field__error'>{error}</Text> : null}
      <PlacePickSheet
        open={choosing}
        places={places}
        onClose={() => setChoosing(false)}
        onPick={(p) => {
          setChoosing(false)
          setProblem(null)
          if (p.location)
            onChange({
              latitude: p.location.latitude,
              longitude: p.location.longitude,
              source: 'place',
              placeId: p.id,
              placeName: p.name
            })
        }}
      />
    </View>
  )
}
