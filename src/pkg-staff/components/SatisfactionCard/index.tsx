// 解决了吗？ in the staff report: how many authors said 解决了 / 还没有 after 已办结, per street
// and month of the answer (src/domain/staff/report.ts, satisfactionOf).
import { Text, View } from '@tarojs/components'
import type { Satisfaction } from '../../../domain/staff/report'
import { Card } from '../../../components/ui/Card'
import './index.scss'

export function SatisfactionCard({ satisfaction: s }: { satisfaction: Satisfaction }) {
  return (
    <Card className='satisfaction' title='解决了吗（办结后提建议的人的回答）'>
      {s.solved + s.notYet === 0 ? (
        <Text className='muted'>还没有人回答。</Text>
      ) : (
        <View>
          <Text className='satisfaction__total'>
            解决了 {s.solved} · 还没有 {s.notYet}
            {s.rate === null ? '' : ` · 满意 ${Math.round(s.rate * 100)}%`}
          </Text>
          <View ariaRole='list'>
            {s.byStreetMonth.map((c) => (
              <View key={`${c.street}-${c.month}`} className='satisfaction__row' ariaRole='listitem'>
                <Text>
                  {c.month} {c.label}：解决了 {c.solved}，还没有 {c.notYet}
                </Text>
              </View>
            ))}
          </View>
        </View>
      )}
    </Card>
  )
}
