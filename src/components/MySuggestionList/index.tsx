// 我的建议: what is still on the phone (待发送 / 发送失败) first, then what the server has, each
// with its status as text.
import { Text, View } from '@tarojs/components'
import { Button } from '../ui/Button'
import { childStatusWords, hasNews } from '../../domain/suggestions/child-words'
import { OUTBOX_TONE, needsAuthor, outboxLabel } from '../../domain/suggestions/outbox'
import { suggestionTitle, topicLabel } from '../../domain/suggestions/model'
import { authorStatusLabel, statusTone } from '../../domain/suggestions/rules'
import { useMySuggestionsStore } from '../../stores/useMySuggestionsStore'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { useSeenStore } from '../../stores/useSeenStore'
import { LoadState } from '../LoadState'
import { StatusTag } from '../ui/StatusTag'
import { chinaDateTime } from '../../domain/clock'
import './index.scss'

export function MySuggestionList({
  onOpen,
  onFixFiles
}: {
  onOpen: (id: string) => void
  /** A queued suggestion whose photo, drawing or recording is gone: where the author decides. */
  onFixFiles: (id: string) => void
}) {
  const { items, status, error, load } = useMySuggestionsStore()
  const outbox = useOutboxStore((s) => s.items)
  const retry = useOutboxStore((s) => s.retry)
  const seen = useSeenStore((s) => s.seen)
  const onServer = new Set(items.map((i) => i.id))
  // Sent items show from the server list once it has them; until then, from the outbox.
  const local = outbox.filter((i) => !onServer.has(i.id)).sort((a, b) => b.createdAt - a.createdAt)

  if (local.length === 0 && items.length === 0) {
    return (
      <View className='my-suggestions__empty'>
        <LoadState
          status={status}
          error={status === 'error' ? error : null}
          onRetry={() => void load()}
          empty
          emptyText='还没有建议。去“提建议”说说你的想法吧。'
        />
      </View>
    )
  }

  return (
    <View className='my-suggestions' ariaRole='list'>
      {local.map((i) => {
        const label = outboxLabel(i)
        return (
          <View key={i.id} className='my-suggestions__item' ariaRole='listitem' data-id={i.id}>
            <View className='my-suggestions__head'>
              <Text className='my-suggestions__title'>
                {suggestionTitle({ ...i.payload.input, audioPath: i.payload.audioPath })}
              </Text>
              <StatusTag label={label} tone={OUTBOX_TONE[label]} />
            </View>
            {i.error && label !== '已提交' ? <Text className='muted'>{i.error.message}</Text> : null}
            {needsAuthor(i) ? (
              <Button size='small' className='my-suggestions__fix' onClick={() => onFixFiles(i.id)}>
                去处理
              </Button>
            ) : null}
            {(label === '发送失败' && !needsAuthor(i)) || label === '待发送' ? (
              <Button size='small' className='my-suggestions__retry' onClick={() => retry(i.id)}>
                {label === '发送失败' ? '重试' : '立即发送'}
              </Button>
            ) : null}
          </View>
        )
      })}
      {items.map((s) => (
        <View
          key={s.id}
          className='my-suggestions__item'
          ariaRole='listitem'
          data-id={s.id}
          onClick={() => onOpen(s.id)}
        >
          <View className='my-suggestions__head'>
            <Text className='my-suggestions__title'>{suggestionTitle(s)}</Text>
            {hasNews(s, seen) ? <Text className='my-suggestions__news'>新消息</Text> : null}
            <StatusTag label={authorStatusLabel(s.status)} tone={statusTone(s.status)} />
          </View>
          {s.mode === 'child' ? <Text className='my-suggestions__child-words'>{childStatusWords(s)}</Text> : null}
          <Text className='muted'>
            {topicLabel(s.topic)} · {chinaDateTime(s.createdAt, false)}
            {s.replies.length ? ' · 有回复' : ''}
            {s.visibility === 'blocked' ? ' · 内容未通过审核，仅自己可见' : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
