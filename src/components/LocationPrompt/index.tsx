// Where distances are measured from, and the way to change it. Location is asked only from
// here, when the user taps, after saying why; a refusal explains how to turn it back on and
// offers a street instead, so the list always has an order.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CAN_OPEN_SETTINGS, SETTINGS_HINT } from '../../services/location'
import type { LocationStatus } from '../../stores/usePlacesStore'
import { StreetPicker } from '../StreetPicker'
import { Button, ButtonRow } from '../ui/Button'
import './index.scss'

interface Props {
  status: LocationStatus
  originKind: 'user' | 'street' | 'district'
  originLabel: string
  street: string | null
  onLocate: () => void
  onOpenSettings: () => void
  onChooseStreet: (code: string | null) => void
}

const PURPOSE = '用你的位置把最近的地方排在前面。位置只在手机上用来计算距离，不上传、不保存。'

export function LocationPrompt({
  status,
  originKind,
  originLabel,
  street,
  onLocate,
  onOpenSettings,
  onChooseStreet
}: Props) {
  const [picking, setPicking] = useState(false)
  const refused = status === 'denied' || status === 'privacy' || status === 'unavailable'
  // Refused: the streets open by themselves until one is chosen, then fold away like otherwise.
  const showPicker = picking || (refused && !street)

  // Once a street is chosen, the refusal is answered: say what the list does now, not the refusal.
  const settled = refused && Boolean(street) && originKind === 'street'
  let message: string
  if (settled) message = `已按${originLabel}排序。想按你的位置排序，可以重新定位。`
  else if (status === 'locating') message = '正在获取你的位置…'
  else if (status === 'denied') message = SETTINGS_HINT
  else if (status === 'privacy')
    message = '你还没有同意《隐私保护指引》，所以不能使用位置。可以重新选择，或先按街道排序。'
  else if (status === 'unavailable')
    message = '暂时无法获取你的位置（请确认手机已打开定位并有信号）。可以重试，或先按街道排序。'
  else if (originKind === 'user') message = '已按你的位置排序。'
  else message = PURPOSE

  // Sorted from the user's position and nothing to decide: one line, so the list comes sooner.
  if (originKind === 'user' && !refused && !picking && status !== 'locating') {
    return (
      <View className='location-prompt location-prompt--settled'>
        <Text className='location-prompt__origin'>📍 已按你的位置排序</Text>
        <Button variant='text' size='small' className='location-prompt__street' onClick={() => setPicking(true)}>
          按街道排序
        </Button>
      </View>
    )
  }

  return (
    <View
      className={`location-prompt ${refused && !settled ? 'location-prompt--refused' : ''}`}
      ariaRole={refused && !settled ? 'alert' : undefined}
    >
      <Text className='location-prompt__origin'>📍 距离从：{originLabel}</Text>
      <Text className='location-prompt__message'>{message}</Text>
      <ButtonRow className='location-prompt__actions'>
        {status === 'denied' && CAN_OPEN_SETTINGS ? (
          <Button variant='primary' className='location-prompt__settings' onClick={onOpenSettings}>
            去设置
          </Button>
        ) : null}
        {originKind !== 'user' && status !== 'locating' && !(status === 'denied' && CAN_OPEN_SETTINGS) ? (
          <Button variant='primary' className='location-prompt__locate' onClick={onLocate}>
            {refused ? '重新定位' : '使用我的位置'}
          </Button>
        ) : null}
        {!refused || street ? (
          <Button className='location-prompt__street' onClick={() => setPicking(!picking)}>
            {picking ? '收起街道' : originKind === 'street' ? '换一个街道' : '按街道排序'}
          </Button>
        ) : null}
      </ButtonRow>
      {showPicker ? (
        <View className='location-prompt__streets'>
          <Text className='location-prompt__label'>选一个街道，从它的大致中心算距离：</Text>
          <StreetPicker
            street={street ?? undefined}
            onChange={(code) => {
              onChooseStreet(code ?? null)
              if (code) setPicking(false)
            }}
          />
        </View>
      ) : null}
    </View>
  )
}
