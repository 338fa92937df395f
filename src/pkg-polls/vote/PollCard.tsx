// One open poll: the question (in children's words for a child, when given), its options as big
// pictures with their words (each a radio a child can tap), and 投票. Once answered it says which
// option was chosen and that the results come when the poll closes.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { choiceProps } from '../../components/a11y'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import type { CitizenPoll } from '../../domain/polls/egress'
import { PICTOGRAMS, questionFor, type Respondent } from '../../domain/polls/model'

interface Props {
  poll: CitizenPoll
  as: Respondent
  busy: boolean
  onAnswer: (option: number) => Promise<string | null>
}

export function PollCard({ poll, as, busy, onAnswer }: Props) {
  const [picked, setPicked] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const question = questionFor(poll, as)
  const answered = poll.myAnswer
  const send = async () => {
    if (picked === null) return setError(as === 'child' ? '先点一张图，选一个吧' : '请先选一个选项')
    setError(await onAnswer(picked))
  }
  return (
    <Card className='poll-card'>
      <Text className='poll-card__question'>{question}</Text>
      <Text className='muted poll-card__meta'>
        {poll.scopeLabel} · 截至 {poll.endsOn}
        {poll.councilRound ? ` · ${poll.councilRound}儿童议事会的问题` : ''}
      </Text>
      <View className='poll-card__options' ariaRole='radiogroup' ariaLabel={question}>
        {poll.options.map((o, i) => {
          const on = answered === null ? picked === i : answered === i
          return (
            <View
              key={o.label}
              className={`poll-card__option ${on ? 'poll-card__option--on' : ''}`}
              {...choiceProps('radio', on, o.label)}
              onClick={() => answered === null && setPicked(i)}
            >
              <Text className='poll-card__picture'>{PICTOGRAMS[o.picture].emoji}</Text>
              <Text className='poll-card__label'>
                {on ? '✓ ' : ''}
                {o.label}
              </Text>
            </View>
          )
        })}
      </View>
      {answered !== null ? (
        <View ariaRole='status'>
          <Text className='poll-card__done'>
            {/* One answer per WeChat account: on a family phone, the parent may be reading the child's. */}
            {as === 'child'
              ? `投好啦！你选了“${poll.options[answered].label}”，投票结束后公布结果。`
              : `这个微信已经投过票，选的是“${poll.options[answered].label}”。每个微信只能投一次，投票结束后公布结果。`}
          </Text>
        </View>
      ) : (
        <>
          {error ? <ErrorState message={error} /> : null}
          <Button variant='primary' block className='poll-card__send' busy={busy} onClick={() => void send()}>
            投票
          </Button>
        </>
      )}
    </Card>
  )
}
