// Under the browser plane (index.h5.tsx): its note and scale, and the buttons, so nothing covers a pin.
import { Text, View } from '@tarojs/components'

interface Props {
  /** Nothing is selected: the bar is the plane's last row. */
  last: boolean
  bar: { px: number; label: string }
  onLocate: () => void
  onRecentre: () => void
  onZoom: (delta: number) => void
}

export function PlaneBar({ last, bar, onLocate, onRecentre, onZoom }: Props) {
  return (
    <View className={`place-plane__bar ${last ? 'place-plane__bar--last' : ''}`}>
      <View className='place-plane__legend'>
        <Text className='place-plane__note'>示意图</Text>
        <View className='place-plane__scale'>
          <View className='place-plane__scale-bar' style={{ width: `${Math.round(bar.px)}px` }} />
          <Text className='place-plane__scale-label'>{bar.label}</Text>
        </View>
      </View>
      <View className='place-plane__controls'>
        <View
          className='place-plane__control place-plane__control--wide place-plane__locate'
          ariaRole='button'
          ariaLabel='定位到我的位置'
          onClick={onLocate}
        >
          定位
        </View>
        <View
          className='place-plane__control place-plane__control--wide place-plane__recentre'
          ariaRole='button'
          ariaLabel='居中（回到中心）'
          onClick={onRecentre}
        >
          居中
        </View>
        <View
          className='place-plane__control place-plane__zoom-in'
          ariaRole='button'
          ariaLabel='放大'
          onClick={() => onZoom(1)}
        >
          ＋
        </View>
        <View
          className='place-plane__control place-plane__zoom-out'
          ariaRole='button'
          ariaLabel='缩小'
          onClick={() => onZoom(-1)}
        >
          －
        </View>
      </View>
    </View>
  )
}
