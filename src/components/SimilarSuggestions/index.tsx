// Before sending: up to three public suggestions about the same thing nearby, open or taken up,
// with where the district is on each (suggestions.similar, src/domain/suggestions/similar.ts),
// each with 我也想要 (the board's support action), so a
// duplicate can become a vote. It never stops the form: sending anyway is always there.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { findStreet } from '../../domain/streets'
import type { BoardItem, Topic } from '../../domain/suggestions/model'
import { useCalls } from '../../data/use-calls'
import { suggestionCalls, useSimilar } from '../../data/suggestions'
import { STATUSES, suggestionTitle } from '../../domain/suggestions/model'
import { Button } from '../ui/Button'
import { Card } from '../ui/Card'
import './index.scss'

interface Props {
  topic: Topic | null
  street?: string
  placeId?: string
  child: boolean
}

export function SimilarSuggestions({ topic, street, placeId, child }: Props) {
  const ask = topic && (street || placeId)
  const query = useSimilar(ask ? { topic, ...(street ? { street } : {}), ...(placeId ? { placeId } : {}) } : null)
  const calls = useCalls(suggestionCalls)
  const { busy } = calls
  const [error, setError] = useState<string | null>(null)
  const items: BoardItem[] = query.data?.items ?? []
  // Nothing nearby, still loading or failed: the form simply goes on (this is a help, not a step).
  if (!ask || items.length === 0) return null

  const support = async (id: string) => {
    const r = await calls.support({ id })
    if (!r.ok) return setError(r.error.message)
    setError(null)
    // 已支持 as the board shows it: the server says so on the next ask too (supportedByMe).
    query.setData((d) => ({
      items: d.items.map((i) => (i.id === id ? { ...i, supportCount: r.data.supportCount, supportedByMe: true } : i))
    }))
  }

  return (
    <Card tone='yellow' className='similar' title={child ? '别人也提过这些，你也想要吗？' : '附近已有类似的建议'}>
      <Text className='muted'>
        {child
          ? '点“我也想要”就是给它加一票。你也可以接着发你自己的。'
          : '可以点“我也想要”支持它；你的建议不同，也可以照常提交。'}
      </Text>
      {items.map((s) => (
        <View key={s.id} className='similar__item'>
          <Text className='similar__title'>{suggestionTitle(s)}</Text>
          {s.text ? <Text className='similar__text'>{s.text}</Text> : null}
          <View className='similar__foot'>
            <Text className='muted'>
              {s.street ? findStreet(s.street)?.name : '渝中区'} · {STATUSES[s.status]} · {s.supportCount} 人想要
            </Text>
            <Button
              size='small'
              className='similar__support'
              busy={busy}
              disabled={Boolean(s.supportedByMe)}
              onClick={() => support(s.id)}
            >
              {s.supportedByMe ? '已支持' : '我也想要'}
            </Button>
          </View>
        </View>
      ))}
      {error ? (
        <View ariaRole='alert'>
          <Text className='similar__error'>⚠ {error}</Text>
        </View>
      ) : null}
    </Card>
  )
}
