// One of my suggestions: what I sent, its status timeline, and the replies (a child author sees
// the reply written for children).
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { FollowUpAsk } from '../../components/FollowUpAsk'
import { RecordLoadState } from '../../components/LoadState'
import { MyDataActions } from '../../components/MyDataActions'
import { PageShell } from '../../components/PageShell'
import { Card } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import { HISTORY_EVENTS, STATUSES, topicLabel } from '../../domain/suggestions/model'
import { authorStatusLabel, statusTone } from '../../domain/suggestions/rules'
import { useCloudQuery } from '../../hooks/useCloudQuery'
import { useImageUrls } from '../../hooks/useImageUrls'
import { chinaDateTime } from '../../domain/places/china-time'
import { PlayButton } from '../../components/PlayButton'
import { formatDuration } from '../../domain/suggestions/audio'
import './index.scss'

export default function SuggestionDetailPage() {
  const { params } = useRouter()
  const query = useCloudQuery('suggestions', { action: 'get', id: params.id ?? '' })
  const item = query.data
  const images = useImageUrls('suggestions', item)

  if (!item) {
    return (
      <PageShell>
        <RecordLoadState query={query} />
      </PageShell>
    )
  }

  const child = item.mode === 'child'
  return (
    <PageShell className='suggestion-detail'>
      <View className='suggestion-detail__head'>
        <Text className='suggestion-detail__title'>{item.title || `关于“${topicLabel(item.topic)}”`}</Text>
        <StatusTag label={authorStatusLabel(item.status)} tone={statusTone(item.status)} />
      </View>
      {item.text ? <Text className='suggestion-detail__text'>{item.text}</Text> : null}
      {images.drawing ? (
        <Image
          className='suggestion-detail__image'
          src={images.drawing}
          mode='widthFix'
          ariaLabel={`我的画：${topicLabel(item.topic)}`}
        />
      ) : null}
      {images.photos.map((src, i) => (
        <Image key={src} className='suggestion-detail__image' src={src} mode='widthFix' ariaLabel={`照片 ${i + 1}`} />
      ))}
      {item.audioFileId ? (
        <View className='suggestion-detail__audio'>
          <Text>
            {child ? '我录的话' : '录音'}（{formatDuration(item.audioDurationMs ?? 0)}）
          </Text>
          <PlayButton src={images.audio} label='听一听' className='suggestion-detail__play' variant='secondary' />
          {item.transcript ? <Text className='muted'>工作人员记下的话：{item.transcript}</Text> : null}
        </View>
      ) : null}

      <Text className='section-title'>{child ? '回信' : '回复'}</Text>
      {item.replies.length === 0 ? (
        <Text className='muted'>{child ? '还没有回信，工作人员看完会回复你。' : '暂无回复。'}</Text>
      ) : null}
      {item.replies.map((r) => (
        <Card key={r.at} tone='green' className='suggestion-detail__reply'>
          <Text>{child && r.textForChildren ? r.textForChildren : r.text}</Text>
          <Text className='muted'>
            {r.by} · {chinaDateTime(r.at, false)}
          </Text>
        </Card>
      ))}

      <FollowUpAsk item={item} onChanged={(next) => query.setData(() => next)} />

      <Text className='section-title'>进度</Text>
      <View className='suggestion-detail__timeline' ariaRole='list'>
        {item.history.map((h) => (
          <View key={`${h.status}-${h.at}`} className='suggestion-detail__event' ariaRole='listitem'>
            <Text className='suggestion-detail__event-status'>
              {h.event ? HISTORY_EVENTS[h.event] : h.status === 'submitted' ? '提交' : STATUSES[h.status]}
            </Text>
            <Text className='muted'>
              {chinaDateTime(h.at)} · {h.by === 'author' ? '我' : h.by}
              {h.note ? ` · ${h.note}` : ''}
            </Text>
          </View>
        ))}
      </View>

      <MyDataActions item={item} onChanged={(next) => query.setData(() => next)} />
    </PageShell>
  )
}
