// The council's record, for everyone: each closed round, street by street, the suggestions the
// representatives picked (how many picked each), the district's answer in children's and adults'
// words, and where the suggestion stands now.
import { Text, View } from '@tarojs/components'
import { headingProps } from '../../components/a11y'
import { Card } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import type { CouncilRoundResults } from '../../domain/council/api'
import type { PublicItem } from '../../domain/council/egress'
import { COUNCIL_PLANS } from '../../domain/council/model'
import { chinaDateTime } from '../../domain/clock'
import { authorStatusLabel } from '../../domain/suggestions/rules'
import { PollResults } from '../vote/PollResults'

function Answer({ answer }: { answer: NonNullable<PublicItem['answer']> }) {
  const plan = answer.plan === 'will' && answer.byOn ? `会做，预计 ${answer.byOn} 前完成` : COUNCIL_PLANS[answer.plan]
  return (
    <View className='council-item__answer'>
      <Text className='council-item__kids'>给小朋友：{answer.wordsForChildren}</Text>
      <Text className='council-item__adult'>
        区里的答复（{plan}）：{answer.words}
      </Text>
      <Text className='muted'>答复于 {chinaDateTime(answer.answeredAt, false)}</Text>
    </View>
  )
}

function Item({ item }: { item: PublicItem }) {
  return (
    <View className='council-item' ariaRole='listitem'>
      <Text className='council-item__picks'>{item.picks} 位小代表选了它</Text>
      {item.suggestion ? (
        <>
          <Text className='council-item__title'>{item.suggestion.title}</Text>
          <Text className='muted council-item__text'>{item.suggestion.text}</Text>
          <View className='council-item__status'>
            <Text className='muted'>现在：</Text>
            <StatusTag label={authorStatusLabel(item.suggestion.status)} tone='neutral' />
          </View>
        </>
      ) : (
        <Text className='muted council-item__gone'>这条建议现在不公开了。</Text>
      )}
      {item.answer ? (
        <Answer answer={item.answer} />
      ) : (
        <Text className='council-item__waiting'>区里正在准备答复。</Text>
      )}
    </View>
  )
}

export function CouncilRounds({ rounds }: { rounds: CouncilRoundResults[] }) {
  return (
    <>
      {rounds.map((r) => (
        <Card key={r.id} className='council-round'>
          <Text className='council-round__title' {...headingProps(2)}>
            {r.label}议事结果
          </Text>
          {r.streets.length === 0 ? <Text className='muted'>这一次没有小代表选出建议。</Text> : null}
          {r.polls.length ? (
            <View className='council-round__polls'>
              <Text className='council-round__street-name' {...headingProps(3)}>
                这一次议事问大家的问题
              </Text>
              {r.polls.map((p) => (
                <PollResults key={p.id} poll={p} as='parent' />
              ))}
            </View>
          ) : null}
          {r.streets.map((s) => (
            <View key={s.streetLabel} className='council-round__street'>
              <Text className='council-round__street-name' {...headingProps(3)}>
                {s.streetLabel} · {s.representatives} 位小代表
              </Text>
              <View className='council-round__items' ariaRole='list'>
                {s.items.map((i) => (
                  <Item key={i.id} item={i} />
                ))}
              </View>
            </View>
          ))}
        </Card>
      ))}
    </>
  )
}
