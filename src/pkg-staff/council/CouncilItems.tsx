// The suggestions the representatives picked in the closed rounds, most picked first: the
// district's answer where given, else (for the district) the form to give it.
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/ui/Card'
import type { StaffItem } from '../../domain/council/egress'
import { COUNCIL_PLANS } from '../../domain/council/model'
import type { CouncilAnswerInput } from '../../domain/council/validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { quarterLabel } from '../../domain/council/model'
import { CouncilAnswerForm } from './CouncilAnswerForm'

interface Props {
  items: StaffItem[]
  leads: boolean
  today: string
  busy: boolean
  onAnswer: (item: StaffItem, answer: CouncilAnswerInput) => Promise<Err | null>
}

export function CouncilItems({ items, leads, today, busy, onAnswer }: Props) {
  return (
    <Card title='小代表选出的建议' className='staff-council__items'>
      {items.length === 0 ? <Text className='muted'>议事结束后，小代表选出的建议会列在这里，等区里答复。</Text> : null}
      <View ariaRole='list'>
        {items.map((i) => (
          <View key={i.id} className='staff-council__item' ariaRole='listitem'>
            <Text className='muted'>
              {quarterLabel(i.roundId)} · {i.streetLabel} · {i.picks} 位小代表选了它
            </Text>
            <Text className='staff-council__item-title'>{i.suggestion?.title ?? '这条建议现在不公开了'}</Text>
            {i.answer ? (
              <Text className='staff-council__answered'>
                已答复（{COUNCIL_PLANS[i.answer.plan]}
                {i.answer.byOn ? `，${i.answer.byOn} 前` : ''}）：{i.answer.words} · 给小朋友：
                {i.answer.wordsForChildren}（{i.answer.answeredByName}）
              </Text>
            ) : leads ? (
              <CouncilAnswerForm today={today} busy={busy} onSend={(a) => onAnswer(i, a)} />
            ) : (
              <Text className='staff-council__waiting'>等待区里答复</Text>
            )}
          </View>
        ))}
      </View>
    </Card>
  )
}
