// What a worker can do with one suggestion besides replying (ReplyComposer, after this on the
// page): move it along the workflow, open the contact on purpose (logged), and moderate. The
// buttons come from the server's `allowed`; the server checks again on every call.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../../domain/errors'
import type { StaffSuggestion } from '../../../domain/staff/api'
import { NOTE_MAX } from '../../../domain/staff/workflow'
import { STATUSES, type Status } from '../../../domain/suggestions/model'
import { isPublished } from '../../../domain/suggestions/rules'
import { useCalls } from '../../../data/use-calls'
import { staffCalls } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { Button } from '../../../components/ui/Button'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

// The note goes with a step (the author reads it), or, with no step left, with 从公示栏隐藏.
const NOTE_WORDS = {
  child: {
    label: '处理说明（小朋友会看到，请用小朋友听得懂的话写）',
    placeholder: '不予采纳、办结时必填，如：滑梯已经装好啦，快去玩吧！'
  },
  adult: { label: '处理说明（提建议的人会看到）', placeholder: '不予采纳、办结时必填' },
  hide: { label: '从公示栏隐藏的原因（选填）', placeholder: '如 含有个人信息' }
} as const

export function CaseActions({ item, onChanged }: Props) {
  const calls = useCalls(staffCalls)
  const [note, setNote] = useState('')
  const [contact, setContact] = useState<string | null>(null)
  const [error, setError] = useState<CloudError | null>(null)

  const done = (r: { ok: true; data: StaffSuggestion } | { ok: false; error: CloudError }, message: string) => {
    if (!r.ok) return setError(r.error)
    setError(null)
    setNote('')
    onChanged(r.data)
    toast(message)
  }

  const move = async (to: Status) =>
    done(
      await calls.transition({ id: item.id, to, rev: item.rev, ...(note ? { note } : {}) }),
      `已改为“${STATUSES[to]}”`
    )
  const openContact = async () => {
    const r = await calls.openContact({ id: item.id, purpose: '回复建议' })
    if (r.ok) setContact(`${r.data.contact.name ?? ''} ${r.data.contact.phone}`.trim())
    else setError(r.error)
  }
  const canHide = item.allowed.moderate && item.visibility === 'visible' && isPublished(item)
  const noteWords = !item.allowed.transitions.length
    ? NOTE_WORDS.hide
    : item.mode === 'child'
      ? NOTE_WORDS.child
      : NOTE_WORDS.adult
  const moderate = async (op: 'approve' | 'hide') =>
    done(
      await calls.moderate({
        id: item.id,
        op,
        rev: item.rev,
        ...(op === 'hide' ? { reason: note || '不适合公开' } : {})
      }),
      op === 'approve' ? '已通过审核' : '已从公示栏隐藏'
    )

  return (
    <View className='case-actions'>
      {error && error.field !== 'note' ? (
        <View ariaRole='alert'>
          <Text className='case-actions__error'>⚠ {error.message}</Text>
        </View>
      ) : null}

      {item.contact ? (
        <View className='case-actions__row'>
          <Text>联系方式：{contact ?? `${item.contact.name ?? ''} ${item.contact.phone}`}</Text>
          {!contact && item.allowed.openContact ? (
            <Button variant='text' size='small' className='case-actions__open-contact' onClick={openContact}>
              查看完整号码（会记录）
            </Button>
          ) : null}
        </View>
      ) : null}

      {item.visibility === 'pending_review' ? (
        <Text className='muted case-actions__pending'>
          待审核：带有照片、画或录音，或文字需要再看一遍。审核通过前不对外显示，也不在公示栏上。
        </Text>
      ) : null}
      {/* Only while a step can follow, or it can be hidden (the note is the reason then): a note
          with no button to send it would be lost. */}
      {item.allowed.transitions.length || canHide ? (
        <Field
          label={noteWords.label}
          multiline
          counter
          maxLength={NOTE_MAX}
          className='case-actions__note'
          value={note}
          placeholder={noteWords.placeholder}
          error={error?.field === 'note' ? error.message : undefined}
          onInput={setNote}
        />
      ) : null}
      <View className='case-actions__buttons'>
        {item.allowed.transitions.map((to) => (
          <Button key={to} size='small' className='case-actions__move' onClick={() => move(to)}>
            改为“{STATUSES[to]}”
          </Button>
        ))}
        {item.allowed.moderate && item.visibility === 'pending_review' ? (
          <Button size='small' className='case-actions__approve' onClick={() => moderate('approve')}>
            审核通过
          </Button>
        ) : null}
        {/* Words not yet approved for the board are PublishReview's to decide: nothing to hide yet. */}
        {canHide ? (
          <Button size='small' className='case-actions__hide' onClick={() => moderate('hide')}>
            从公示栏隐藏
          </Button>
        ) : null}
      </View>
    </View>
  )
}
