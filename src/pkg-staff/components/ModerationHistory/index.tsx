// A suggestion's moderation history, newest first: when, who (name and role), what and why.
import { Text, View } from '@tarojs/components'
import type { ModerationEntry } from '../../../domain/staff/api'
import { describeModeration } from '../../../domain/staff/moderation'
import { EmptyState } from '../../../components/ui/EmptyState'
import './index.scss'

export function ModerationHistory({ items }: { items: ModerationEntry[] }) {
  if (items.length === 0) return <EmptyState text='还没有审核记录。' />
  return (
    <View className='moderation-history' ariaRole='list'>
      {items.map((e) => {
        const d = describeModeration(e)
        return (
          <View key={`${e.at}-${e.op}`} className='moderation-history__item' ariaRole='listitem'>
            <Text className='moderation-history__what'>{d.what}</Text>
            <Text className='moderation-history__when'>{d.when}</Text>
          </View>
        )
      })}
    </View>
  )
}
