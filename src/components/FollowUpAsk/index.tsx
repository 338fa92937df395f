// 解决了吗？ on one of my suggestions once the district has closed it (src/domain/suggestions/
// followup.ts): 解决了 / 还没有, with an optional sentence. 还没有 sends it back to the staff
// (办理中, 跟进 in their inbox). After answering, what was said stays visible. A child (a child's
// suggestion, as the child wizard sent it) may also 画一画: that answer goes through the
// follow-up outbox (saved on the phone, uploaded once, sent when there is a network).
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { CloudError } from '../../domain/errors'
import {
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_TEXT_MAX,
  canAnswerFollowUp,
  closureOf,
  followUpOutboxId
} from '../../domain/suggestions/followup'
import type { FollowUpAnswer, MySuggestion } from '../../domain/suggestions/model'
import { useCalls } from '../../data/use-calls'
import { suggestionCalls } from '../../data/suggestions'
import { isFixed } from '../../domain/suggestions/status'
import { toast } from '../../services/feedback'
import { useFollowUpOutboxStore } from '../../stores/useFollowUpOutboxStore'
import { DrawingPad, type DrawingPadHandle } from '../DrawingPad'
import { Button } from '../ui/Button'
import { Card } from '../ui/Card'
import { Field } from '../ui/Field'
import { FollowUpQueued } from './Queued'
import './index.scss'

interface Props {
  item: MySuggestion
  onChanged: (next: MySuggestion) => void
}

export function FollowUpAsk({ item, onChanged }: Props) {
  const child = item.mode === 'child'
  const calls = useCalls(suggestionCalls)
  const { busy } = calls
  const [text, setText] = useState('')
  const [error, setError] = useState<CloudError | null>(null)
  const [drawing, setDrawing] = useState(false)
  const [drawn, setDrawn] = useState(false)
  const pad = useRef<DrawingPadHandle>(null)
  const closedAt = closureOf(item)
  const queued = useFollowUpOutboxStore((s) =>
    closedAt ? s.items.find((i) => i.id === followUpOutboxId({ id: item.id, closedAt })) : undefined
  )
  const last = item.followUps?.[item.followUps.length - 1]

  if (!canAnswerFollowUp(item)) {
    if (!last) return null
    return (
      <Card tone='yellow' className='follow-up follow-up--answered' title={child ? '你告诉我们的' : '你的反馈'}>
        <Text>
          {child ? '你说：' : '你的回答：'}
          {FOLLOW_UP_ANSWERS[last.answer]}
          {last.text ? `。${last.text}` : ''}
          {last.drawingFileId ? '。你还画了一幅画' : ''}
        </Text>
        {last.answer === 'not_yet' && !isFixed(item.status) ? (
          <Text className='muted'>
            {child ? '工作人员会再看看，有新消息会告诉你。' : '已重新交给工作人员办理，请留意进度。'}
          </Text>
        ) : null}
      </Card>
    )
  }
  if (queued) return <FollowUpQueued item={queued} onChanged={onChanged} />

  const send = async (answer: FollowUpAnswer) => {
    if (!closedAt) return
    if (answer === 'not_yet' && drawing && drawn && pad.current) {
      const drawingPath = await pad.current.exportImage()
      await useFollowUpOutboxStore.getState().answer({ id: item.id, closedAt, text, drawingPath })
      return
    }
    const r = await calls.followUp({ id: item.id, answer, closedAt, ...(text.trim() ? { text } : {}) })
    if (!r.ok) return setError(r.error)
    setError(null)
    onChanged(r.data)
    toast(answer === 'solved' ? '谢谢你告诉我们' : '已经告诉工作人员了')
  }

  return (
    <Card tone='yellow' className='follow-up' title='解决了吗？'>
      <Text className='follow-up__lead'>
        {child ? '工作人员说这件事办完了。你觉得解决了吗？' : '这条建议已办结。问题解决了吗？'}
      </Text>
      <Field
        label={child ? '想说的话（可以不写）' : '补充说明（选填）'}
        value={text}
        onInput={setText}
        multiline
        maxLength={FOLLOW_UP_TEXT_MAX}
        counter
        placeholder={child ? '比如：滑梯修好了，真开心' : '比如：路灯已修好 / 还是不亮'}
      />
      {child && !drawing ? (
        <Button className='follow-up__draw' onClick={() => setDrawing(true)}>
          🎨 画一画（还没有解决的样子，可以不画）
        </Button>
      ) : null}
      {child && drawing ? (
        <View className='follow-up__pad'>
          <DrawingPad
            ref={pad}
            ariaLabel='我的画：还没有解决'
            canvasId='follow-up-drawing'
            onChange={(s) => setDrawn(!s.empty)}
          />
          <Text className='muted'>画好后点“还没有”，画会和你的话一起发给工作人员。</Text>
        </View>
      ) : null}
      {error ? (
        <View ariaRole='alert'>
          <Text className='follow-up__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      <View className='follow-up__buttons'>
        {drawn ? null : (
          <Button variant='primary' className='follow-up__solved' busy={busy} onClick={() => send('solved')}>
            {FOLLOW_UP_ANSWERS.solved}
          </Button>
        )}
        <Button className='follow-up__not-yet' busy={busy} onClick={() => send('not_yet')}>
          {FOLLOW_UP_ANSWERS.not_yet}
        </Button>
      </View>
    </Card>
  )
}
