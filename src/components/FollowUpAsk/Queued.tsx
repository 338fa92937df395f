// A child's 还没有 with a drawing, waiting in the follow-up outbox: its honest state (待发送, 发送中,
// 发送失败), 重试, and 重新画 when the phone lost the drawing. Once the server has it, the page
// gets the suggestion as the server answered.
import { Text } from '@tarojs/components'
import { useEffect } from 'react'
import type { MySuggestion } from '../../domain/suggestions/model'
import { OUTBOX_TONE, outboxLabel, type OutboxItem } from '../../domain/suggestions/outbox'
import type { FollowUpDraft } from '../../domain/suggestions/followup'
import { useFollowUpOutboxStore } from '../../stores/useFollowUpOutboxStore'
import { Button, ButtonRow } from '../ui/Button'
import { Card } from '../ui/Card'
import { StatusTag } from '../ui/StatusTag'

interface Props {
  item: OutboxItem<FollowUpDraft>
  onChanged: (next: MySuggestion) => void
}

export function FollowUpQueued({ item, onChanged }: Props) {
  const answered = useFollowUpOutboxStore((s) => s.answered[item.id])
  const { retry, discard } = useFollowUpOutboxStore.getState()
  useEffect(() => {
    if (answered) onChanged(answered)
  }, [answered, onChanged])

  const label = outboxLabel(item)
  return (
    <Card tone='yellow' className='follow-up follow-up--queued' title='你说：还没有'>
      <StatusTag label={label} tone={OUTBOX_TONE[label]} />
      <Text>
        {label === '发送失败'
          ? (item.error?.message ?? '没有发出去')
          : label === '已提交'
            ? '工作人员收到你的画了。'
            : '你的话和画已经存在手机里，连上网就会发给工作人员，不会重复。'}
      </Text>
      {label === '发送失败' ? (
        <ButtonRow>
          {item.missingFiles ? null : (
            <Button variant='primary' className='follow-up__retry' onClick={() => void retry(item.id)}>
              重试
            </Button>
          )}
          <Button className='follow-up__redraw' onClick={() => discard(item.id)}>
            重新回答
          </Button>
        </ButtonRow>
      ) : null}
    </Card>
  )
}
