// One of my suggestions: what I sent, its status timeline, and the replies (a child author sees
// the reply written for children).
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { PageShell } from '../../components/PageShell'
import { StatusChip } from '../../components/StatusChip'
import type { CloudError } from '../../domain/errors'
import { STATUSES, topicLabel, type MySuggestion } from '../../domain/suggestions/model'
import { authorStatusLabel, statusTone } from '../../domain/suggestions/rules'
import { callCloud } from '../../services/cloud'
import { fileUrl } from '../../services/upload'
import './index.scss'

export default function SuggestionDetailPage() {
  const { params } = useRouter()
  const [item, setItem] = useState<MySuggestion | null>(null)
  const [error, setError] = useState<CloudError | null>(null)

  useEffect(() => {
    void callCloud('suggestions', { action: 'get', id: params.id ?? '' }).then((r) =>
      r.ok ? setItem(r.data) : setError(r.error)
    )
  }, [params.id])

  if (error) {
    return (
      <PageShell>
        <View ariaRole='alert'>
          <Text className='muted'>{error.message}</Text>
        </View>
      </PageShell>
    )
  }
  if (!item) {
    return (
      <PageShell>
        <Text className='muted'>正在加载…</Text>
      </PageShell>
    )
  }

  const child = item.mode === 'child'
  return (
    <PageShell className='suggestion-detail'>
      <View className='suggestion-detail__head'>
        <Text className='suggestion-detail__title'>{item.title || `关于“${topicLabel(item.topic)}”`}</Text>
        <StatusChip label={authorStatusLabel(item.status)} tone={statusTone(item.status)} />
      </View>
      {item.text ? <Text className='suggestion-detail__text'>{item.text}</Text> : null}
      {item.drawingFileId ? (
        <Image
          className='suggestion-detail__image'
          src={fileUrl(item.drawingFileId)}
          mode='widthFix'
          ariaLabel={`我的画：${topicLabel(item.topic)}`}
        />
      ) : null}
      {item.photoFileIds.map((f, i) => (
        <Image
          key={f}
          className='suggestion-detail__image'
          src={fileUrl(f)}
          mode='widthFix'
          ariaLabel={`照片 ${i + 1}`}
        />
      ))}

      <Text className='section-title'>{child ? '回信' : '回复'}</Text>
      {item.replies.length === 0 ? (
        <Text className='muted'>{child ? '还没有回信，工作人员看完会回复你。' : '暂无回复。'}</Text>
      ) : null}
      {item.replies.map((r) => (
        <View key={r.at} className='suggestion-detail__reply'>
          <Text>{child && r.textForChildren ? r.textForChildren : r.text}</Text>
          <Text className='muted'>
            {r.by} · {r.at.slice(0, 10)}
          </Text>
        </View>
      ))}

      <Text className='section-title'>进度</Text>
      <View className='suggestion-detail__timeline' ariaRole='list'>
        {item.history.map((h) => (
          <View key={`${h.status}-${h.at}`} className='suggestion-detail__event' ariaRole='listitem'>
            <Text className='suggestion-detail__event-status'>
              {h.status === 'submitted' ? '提交' : STATUSES[h.status]}
            </Text>
            <Text className='muted'>
              {h.at.slice(0, 16).replace('T', ' ')} · {h.by === 'author' ? '我' : h.by}
              {h.note ? ` · ${h.note}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </PageShell>
  )
}
