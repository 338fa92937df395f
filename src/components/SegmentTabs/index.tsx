import { View } from '@tarojs/components'
import './index.scss'

interface Props<K extends string> {
  options: Array<{ key: K; label: string }>
  value: K
  onChange: (key: K) => void
}

/** Two or three mutually exclusive views of the same content (e.g. 原文回答 / 给小朋友). */
export function SegmentTabs<K extends string>({ options, value, onChange }: Props<K>) {
  return (
    <View className='segment-tabs' ariaRole='tablist'>
      {options.map((o) => (
        <View
          key={o.key}
          className={`segment-tabs__tab ${o.key === value ? 'segment-tabs__tab--active' : ''}`}
          ariaRole='tab'
          ariaLabel={o.key === value ? `${o.label}（已选中）` : o.label}
          data-key={o.key}
          onClick={() => onChange(o.key)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
