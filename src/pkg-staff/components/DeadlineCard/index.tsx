// 按时办理 in the staff report: steps (受理, 答复) done on time and overdue, per street and month
// of the due day (src/domain/staff/deadlines.ts, deadlineReport).
import { Text, View } from '@tarojs/components'
import type { DeadlineReport } from '../../../domain/staff/deadlines'
import { Card } from '../../../components/ui/Card'

export function DeadlineCard({ report: d }: { report: DeadlineReport }) {
  return (
    <Card className='deadline-report' title='按时办理（受理、答复，按到期月份）'>
      {d.onTimeRate === null ? (
        <Text className='muted'>还没有到期的步骤。</Text>
      ) : (
        <View>
          <Text className='deadline-report__total'>
            按时 {d.onTime} · 逾期 {d.overdue} · 按时率 {Math.round(d.onTimeRate * 100)}%
          </Text>
          <View ariaRole='list'>
            {d.byStreetMonth.map((c) => (
              <View key={`${c.street}-${c.month}`} ariaRole='listitem'>
                <Text>
                  {c.month} {c.label}：按时 {c.onTime}，逾期 {c.overdue}
                </Text>
              </View>
            ))}
          </View>
        </View>
      )}
    </Card>
  )
}
