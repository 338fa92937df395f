// The public board: suggestions the district adopted or completed, newest first, per street,
// with "我也想要" support. Nothing personal is shown (the server sends none).
import { Button, Text, View } from '@tarojs/components'
import { usePullDownRefresh, useShareAppMessage, stopPullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { StatusTag } from '../../components/ui/StatusTag'
import { StreetPicker } from '../../components/StreetPicker'
import { findStreet } from '../../domain/streets'
import { STATUSES, topicLabel, type PublicSuggestion } from '../../domain/suggestions/model'
import { statusTone } from '../../domain/suggestions/rules'
import { useCloudAction, useCloudQuery } from '../../hooks/useCloudQuery'
import './index.scss'

export default function SuggestionBoardPage() {
  const [street, setStreet] = useState<string | undefined>()
  const query = useCloudQuery('suggestions', { action: 'listPublic', ...(street ? { street } : {}) })
  const items: PublicSuggestion[] = query.data?.items ?? []
  const { run } = useCloudAction('suggestions')

  usePullDownRefresh(() => void query.reload().finally(() => stopPullDownRefresh()))
  useShareAppMessage(() => ({ title: '渝中区：孩子们的建议变成了什么', path: '/pkg-suggest/board/index' }))

  const support = async (id: string) => {
    const r = await run({ action: 'support', id })
    if (r.ok)
      query.setData((d) => ({
        ...d,
        items: d.items.map((i) => (i.id === id ? { ...i, supportCount: r.data.supportCount } : i))
      }))
  }

  return (
    <PageShell className='board'>
      <Text className='muted'>这里公示已被采纳和已办结的建议。按街道查看：</Text>
      <View className='board__streets'>
        <StreetPicker street={street} onChange={(s) => setStreet(s)} />
      </View>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.reload}
        empty={items.length === 0}
        emptyText={`${street ? '这个街道' : '目前'}还没有公示的建议。`}
      />
      {items.map((s) => (
        <View key={s.id} className='board__item'>
          <View className='board__head'>
            <Text className='board__title'>{s.title || topicLabel(s.topic)}</Text>
            <StatusTag label={STATUSES[s.status]} tone={statusTone(s.status)} />
          </View>
          {s.text ? <Text className='board__text'>{s.text}</Text> : null}
          {s.reply ? <Text className='board__reply'>答复：{s.reply}</Text> : null}
          <View className='board__foot'>
            <Text className='muted'>
              {s.street ? findStreet(s.street)?.name : '渝中区'} · {s.createdAt.slice(0, 10)}
            </Text>
            <Button size='mini' ariaLabel={`我也想要，已有 ${s.supportCount} 人支持`} onClick={() => support(s.id)}>
              👍 我也想要 {s.supportCount}
            </Button>
          </View>
        </View>
      ))}
    </PageShell>
  )
}
