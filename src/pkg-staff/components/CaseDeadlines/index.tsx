import { Text, View } from '@tarojs/components'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { caseDeadlineText } from '../../../domain/staff/deadlines'
import { StatusTag } from '../../../components/ui/StatusTag'

/** 处理期限 on the case page: each step's due day, done or not, late or not (staff.get counts them). */
export function CaseDeadlines({ item }: { item: StaffSuggestion }) {
  if (item.deadlines.length === 0) return null
  const overdue = item.deadlines.some((d) => d.late && !d.doneAt)
  return (
    <View className='staff-case__deadlines' ariaRole='list' ariaLabel='处理期限'>
      {overdue ? <StatusTag label='逾期' tone='bad' /> : null}
      {item.deadlines.map((d) => (
        <View key={d.step} ariaRole='listitem'>
          <Text className={d.late ? 'staff-case__deadline staff-case__deadline--late' : 'staff-case__deadline muted'}>
            {caseDeadlineText(d)}
          </Text>
          {d.calendarNote ? <Text className='muted'>{d.calendarNote}</Text> : null}
        </View>
      ))}
    </View>
  )
}
