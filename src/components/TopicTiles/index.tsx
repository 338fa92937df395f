import { Text, View } from '@tarojs/components'
import { TOPICS, type Topic } from '../../domain/suggestions/model'
import './index.scss'
import { choiceProps } from '../a11y'

interface Props {
  value: Topic | null
  onChange: (topic: Topic) => void
  /** Big picture tiles for children; compact chips for adults. */
  size?: 'big' | 'compact'
}

export function TopicTiles({ value, onChange, size = 'big' }: Props) {
  return (
    <View className={`topic-tiles topic-tiles--${size}`} ariaRole='radiogroup'>
      {TOPICS.map((t) => (
        <View
          key={t.key}
          className={`topic-tiles__tile ${t.key === value ? 'topic-tiles__tile--selected' : ''}`}
          {...choiceProps('radio', t.key === value, t.label)}
          data-topic={t.key}
          onClick={() => onChange(t.key)}
        >
          <Text className='topic-tiles__emoji'>{t.emoji}</Text>
          <Text className='topic-tiles__label'>{t.label}</Text>
          {t.key === value ? <Text className='topic-tiles__check'>✓ 已选</Text> : null}
        </View>
      ))}
    </View>
  )
}
