// A representative's round: their street's approved suggestions of the quarter (children's
// first), each a checkbox, at most three, and 保存我的选择. Only they see their picks; everyone
// sees how many picked each once the round closes.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../components/ui/Button'
import { Checkbox } from '../../components/ui/Checkbox'
import { Card } from '../../components/ui/Card'
import { EmptyState } from '../../components/ui/EmptyState'
import { ErrorState } from '../../components/ui/ErrorState'
import type { PublicRound, SelfRepresentative } from '../../domain/council/egress'
import { COUNCIL_LIMITS } from '../../domain/council/model'
import type { CouncilRow } from '../../domain/suggestions/egress'
import { TOPICS } from '../../domain/suggestions/model'

/** Mounted with a key of the round and the saved picks: a reload that brings other picks starts again from them. */
interface Props {
  me: SelfRepresentative
  round: PublicRound | null
  candidates: CouncilRow[]
  saved: string[]
  /** The saved picks were sent from this screen just now (say so until the child changes them). */
  justSaved: boolean
  busy: boolean
  onSave: (picks: string[]) => Promise<string | null>
}

const emoji = (topic: CouncilRow['topic']) => TOPICS.find((t) => t.key === topic)?.emoji ?? '💡'

export function CouncilPicks({ me, round, candidates, saved, justSaved, busy, onSave }: Props) {
  const [picks, setPicks] = useState<string[]>(saved)
  const [error, setError] = useState<string | null>(null)
  const done = justSaved && picks.join(',') === saved.join(',')
  const toggle = (id: string) => {
    if (picks.includes(id)) return setPicks(picks.filter((p) => p !== id))
    if (picks.length >= COUNCIL_LIMITS.picks) return setError(`最多选 ${COUNCIL_LIMITS.picks} 条哦，先取消一条再选`)
    setError(null)
    setPicks([...picks, id])
  }
  const save = async () => {
    setError(await onSave(picks))
  }
  return (
    <Card title={`你好，${me.nickname}！`} className='council-picks'>
      <Text className='council-picks__who'>你是{me.streetLabel}的小代表。</Text>
      {!round ? (
        <Text className='council-picks__wait'>现在没有进行中的议事。新的一季开始时，这里会出现大家的建议。</Text>
      ) : (
        <>
          <Text className='council-picks__how'>
            {round.label}议事：读一读大家的建议，选出你最想让区里做的，最多 {COUNCIL_LIMITS.picks}{' '}
            条，区里结束这一次议事之前都可以改。你选了哪几条只有你自己看得到。
          </Text>
          {candidates.length === 0 ? (
            <EmptyState text='这个季度你的街道还没有公开的建议，过几天再来看看吧。' />
          ) : (
            <View className='council-picks__list' ariaRole='group' ariaLabel='选出最想让区里做的建议'>
              {candidates.map((c) => {
                const on = picks.includes(c.id)
                return (
                  <Checkbox
                    key={c.id}
                    size='large'
                    className='council-picks__item'
                    checked={on}
                    label={c.title}
                    onToggle={() => toggle(c.id)}
                  >
                    <Text className='council-picks__title'>
                      {emoji(c.topic)} {c.title}
                    </Text>
                    <Text className='muted council-picks__text'>{c.text}</Text>
                    {c.byChild ? <Text className='council-picks__kid'>小朋友提的</Text> : null}
                  </Checkbox>
                )
              })}
            </View>
          )}
          <View ariaRole='status'>
            <Text className='council-picks__count'>
              {done
                ? `保存好啦！你选了 ${picks.length} 条。`
                : `已选 ${picks.length} 条，最多 ${COUNCIL_LIMITS.picks} 条`}
            </Text>
          </View>
          {error ? <ErrorState message={error} /> : null}
          <Button variant='primary' block className='council-picks__save' busy={busy} onClick={() => void save()}>
            保存我的选择
          </Button>
        </>
      )}
    </Card>
  )
}
