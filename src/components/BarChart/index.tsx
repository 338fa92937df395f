import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  rows: Array<{ label: string; count: number }>
}

/** Plain bars from views: renders the same in both builds, with no chart library. Each bar says its number. */
export function BarChart({ title, rows }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <View className='bar-chart' ariaLabel={title}>
      <Text className='bar-chart__title'>{title}</Text>
      {rows.length === 0 ? <Text className='muted'>暂无数据</Text> : null}
      {rows.map((r) => (
        <View key={r.label} className='bar-chart__row' ariaLabel={`${r.label} ${r.count}`}>
          <Text className='bar-chart__label'>{r.label}</Text>
          <View className='bar-chart__track'>
            <View className='bar-chart__bar' style={{ width: `${(r.count / max) * 100}%` }} />
          </View>
          <Text className='bar-chart__count'>{r.count}</Text>
        </View>
      ))}
    </View>
  )
}
