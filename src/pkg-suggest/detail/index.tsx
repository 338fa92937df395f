// One of my suggestions: what I sent, its status timeline, and the replies (a child author sees
// the reply written for children).
import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { FollowUpAsk } from '../../components/FollowUpAsk'
import { RecordLoadState } from '../../components/LoadState'
import { MyDataActions } from '../../components/MyDataActions'
import { PageShell } from '../../components/PageShell'
import { ReadAloud } from '../../components/ReadAloud'
import { Card, CardRow } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import { childStatusWords } from '../../domain/suggestions/child-words'
import { REDACTED_WORDS_NOTE, endingNote, historyWords } from '../../domain/suggestions/timeline-words'
import { REDACTED } from '../../domain/staff/mask'
import { suggestionTitle, topicLabel } from '../../domain/suggestions/model'
import { authorStatusLabel, statusTone } from '../../domain/suggestions/rules'
import { useMySuggestion } from '../../data/suggestions'
import { useMyImages } from '../../data/images'
import { chinaDateTime } from '../../domain/clock'
import { PlayButton } from '../../components/PlayButton'
import { formatDuration } from '../../domain/suggestions/audio'
import { useMySuggestionsStore } from '../../stores/useMySuggestionsStore'
import { useSeenStore } from '../../stores/useSeenStore'
import './index.scss'
import { imageProps } from '../../components/a11y'

export default function SuggestionDetailPage() {
  const { params } = useRouter()
  const query = useMySuggestion(params.id ?? '')
  const item = query.data
  const images = useMyImages(item)
  const markSeen = useSeenStore((s) => s.markSeen)
  // Opening it is seeing its news (the 我的 tab's badge counts what is not seen yet).
  useEffect(() => {
    if (item)
      markSeen(
        item,
        useMySuggestionsStore.getState().items.map((i) => i.id)
      )
  }, [item, markSeen])

  if (!item) {
    return (
      <PageShell>
        <RecordLoadState query={query} />
      </PageShell>
    )
  }

  const child = item.mode === 'child'
  const ending = endingNote(item, child)
  return (
    <PageShell className='suggestion-detail'>
      <View className='suggestion-detail__head'>
        <Text className='suggestion-detail__title'>{suggestionTitle(item)}</Text>
        <StatusTag label={authorStatusLabel(item.status)} tone={statusTone(item.status)} />
      </View>
      {child ? (
        <Card tone='yellow' className='suggestion-detail__now'>
          <Text>{childStatusWords(item)}</Text>
          {ending ? <Text className='suggestion-detail__ending'>{`${ending.label}：${ending.note}`}</Text> : null}
        </Card>
      ) : ending ? (
        <Card tone='warm' className='suggestion-detail__now'>
          <Text className='suggestion-detail__ending'>{`${ending.label}：${ending.note}`}</Text>
        </Card>
      ) : null}
      {item.text ? <Text className='suggestion-detail__text'>{item.text}</Text> : null}
      {[item.title, item.text, item.transcript ?? ''].some((w) => w.includes(REDACTED)) ? (
        <Text className='muted suggestion-detail__redacted'>
          {child ? REDACTED_WORDS_NOTE.child : REDACTED_WORDS_NOTE.adult}
        </Text>
      ) : null}
      {images.drawing ? (
        <Image
          className='suggestion-detail__image'
          src={images.drawing}
          mode='widthFix'
          {...imageProps(`我的画：${topicLabel(item.topic)}`)}
        />
      ) : null}
      {images.photos.map((src, i) => (
        <Image
          key={src}
          className='suggestion-detail__image'
          src={src}
          mode='widthFix'
          {...imageProps(`照片 ${i + 1}`)}
        />
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
          {child && r.textForChildren ? <ReadAloud text={r.textForChildren} /> : null}
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
            <Text className='suggestion-detail__event-status'>{historyWords(h, child, item)}</Text>
            <Text className='muted'>
              {chinaDateTime(h.at)} · {h.by === 'author' ? '我' : h.by}
              {/* A transfer's note is in its words already (adults), and never a child's to read. */}
              {h.note && h.event !== 'transferred' ? ` · ${h.note}` : ''}
            </Text>
          </View>
        ))}
      </View>

      {item.street ? (
        <CardRow
          className='suggestion-detail__offices'
          onClick={() =>
            void Taro.navigateTo({
              url: `/pkg-places/offices/index?street=${item.street}${item.community ? `&community=${item.community}` : ''}`
            })
          }
          end='›'
        >
          <Text>{child ? '想当面说说？看看社区在哪里' : '联系这条建议所在的社区'}</Text>
        </CardRow>
      ) : null}

      <MyDataActions item={item} onChanged={(next) => query.setData(() => next)} />
    </PageShell>
  )
}
