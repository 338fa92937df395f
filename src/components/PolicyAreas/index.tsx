import { Text, View } from '@tarojs/components'
import type { PolicySummary } from '../../domain/policy/summary'
import './index.scss'

const ORDINALS = ['一', '二', '三', '四', '五', '六']

/** The plan's five areas, each with its field and task counts, read from the text. */
export function PolicyAreas({ facts }: { facts: Pick<PolicySummary, 'areas' | 'totals'> }) {
  return (
    <View className='policy-areas' ariaRole='list'>
      {facts.areas.map((a) => (
        <View
          key={a.order}
          className='policy-areas__tile'
          ariaRole='listitem'
          ariaLabel={`${a.shortTitle}：${a.fieldCount}个领域，${a.taskCount}项举措`}
        >
          <Text className='policy-areas__order'>{ORDINALS[a.order - 1]}</Text>
          <Text className='policy-areas__title'>{a.shortTitle}</Text>
          <Text className='policy-areas__counts'>
            {a.fieldCount} 个领域 · {a.taskCount} 项举措
          </Text>
        </View>
      ))}
      <View className='policy-areas__tile policy-areas__tile--total'>
        <Text className='policy-areas__title'>合计</Text>
        <Text className='policy-areas__counts'>
          {facts.totals.fields} 个领域 · {facts.totals.tasks} 项举措
        </Text>
      </View>
    </View>
  )
}
