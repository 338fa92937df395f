// A closed poll's results: bars, and every number in words beside them (count and share of each
// option, how many took part, the winner for children), so nothing is said by the bars alone.
import { Text, View } from '@tarojs/components'
import { BarChart } from '../../components/BarChart'
import { Card } from '../../components/ui/Card'
import type { PublicPoll } from '../../domain/polls/egress'
import { questionFor, type Respondent } from '../../domain/polls/model'
import { resultForChildren, resultLines, resultSummary } from '../../domain/polls/results'

export function PollResults({ poll, as }: { poll: PublicPoll; as: Respondent }) {
  const results = poll.results
  const question = questionFor(poll, as)
  if (!results) {
    return (
      <Card className='poll-results' title={question}>
        <Text className='muted'>投票已结束，正在统计结果。</Text>
      </Card>
    )
  }
  const lines = resultLines(poll.options, results)
  return (
    <Card className='poll-results' title={question}>
      <Text className='muted poll-results__meta'>
        {poll.scopeLabel} · {poll.startsOn} 至 {poll.endsOn}
      </Text>
      <BarChart title='投票结果' rows={lines.map((l) => ({ label: `${l.emoji} ${l.label}`, count: l.count }))} />
      <View className='poll-results__lines' ariaRole='list'>
        {lines.map((l) => (
          <View key={l.label} ariaRole='listitem'>
            <Text className={`poll-results__line ${l.top ? 'poll-results__line--top' : ''}`}>
              {l.text}
              {l.top ? '（最多）' : ''}
            </Text>
          </View>
        ))}
      </View>
      <Text className='poll-results__summary'>{resultSummary(results)}</Text>
      <Text className='poll-results__kids'>给小朋友：{resultForChildren(poll.options, results)}</Text>
    </Card>
  )
}
