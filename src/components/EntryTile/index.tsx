import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  subtitle: string
  emoji: string
  onTap: () => void
}

/** A large, one-tap entry to a task (home page and other hubs). */
export function EntryTile({ title, subtitle, emoji, onTap }: Props) {
  return (
    <View
      className='entry-tile'
      ariaRole='button'
      ariaLabel={`${title}：${subtitle}`}
      hoverClass='entry-tile--pressed'
      onClick={onTap}
    >
      <Text className='entry-tile__emoji'>{emoji}</Text>
      <View className='entry-tile__text'>
        <Text className='entry-tile__title'>{title}</Text>
        <Text className='entry-tile__subtitle'>{subtitle}</Text>
      </View>
    </View>
  )
}
