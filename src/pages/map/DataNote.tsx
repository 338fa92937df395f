// Which copy of the places the list shows, in words: the bundled confirmed places on first run,
// the copy saved on the device when the cloud cannot be reached, and a word about 示例 records.
import { Text, View } from '@tarojs/components'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { chinaDateTime } from '../../domain/clock'

export function DataNote() {
  const source = usePlacesStore((s) => s.source)
  const savedAt = usePlacesStore((s) => s.savedAt)
  const loading = usePlacesStore((s) => s.loading)
  const error = usePlacesStore((s) => s.error)
  const hasDemo = usePlacesStore((s) => s.places.some((p) => p.demo))
  const refresh = usePlacesStore((s) => s.refresh)

  const lines: string[] = []
  if (source === 'bundled')
    lines.push(error ? '暂时连不上服务，先显示随小程序附带的已核实地点。' : '显示随小程序附带的已核实地点。')
  else if (source === 'cache' && error) lines.push(`离线：显示 ${chinaDateTime(savedAt ?? '', false)} 保存的数据。`)
  if (loading) lines.push('正在更新…')
  if (hasDemo) lines.push('标“示例”的是演示数据，并非真实机构。')
  if (!lines.length && !error) return null

  return (
    <View className='map-page__note' ariaRole={error ? 'alert' : undefined}>
      <Text className='muted'>{lines.join(' ')}</Text>
      {error && !loading ? (
        <View className='map-page__retry' ariaRole='button' ariaLabel='重新加载地点' onClick={() => void refresh(true)}>
          重试
        </View>
      ) : null}
    </View>
  )
}
