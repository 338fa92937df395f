import { Text, View } from '@tarojs/components'
import type { PolicySummary } from '../../domain/policy/summary'
import './index.scss'

const ORDINALS = ['一', '二', '三', '四', '五', '六']

/** "12 个领域 · 15 项举措": a narrow tile breaks between the two, never inside 举措. */
function Counts({ fields, tasks }: { fields: number; tasks: number }) {
  return (
    <Text className='policy-areas__counts'>
      <Text className='policy-areas__count'>{fields} 个领域 · </Text>
      <Text className='policy-areas__count'>{tasks} 项举措</Text>
    </Text>
  )
}

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
          <Counts fields={a.fieldCount} tasks={a.taskCount} />
        </View>
      ))}
      <View className='policy-areas__tile policy-areas__tile--total'>
        <Text className='policy-areas__title'>合计</Text>
        <Counts fields={facts.totals.fields} tasks={facts.totals.tasks} />
      </View>
    </View>
  )
}
