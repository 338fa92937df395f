// What a worker can do with one suggestion: move it along the workflow, reply from a template
// (with its text for children), open the contact on purpose (logged), and moderate. The buttons
// come from the server's `allowed`; the server checks again on every call. A reply is sent once:
// its client id stays the same across retries of one draft (the server stores it once), the
// button rests while it is on its way, and a sent reply clears the draft.
import { Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../domain/errors'
import type { ReplyTemplate, StaffSuggestion } from '../../domain/staff/api'
import { newClientId } from '../../domain/ids'
import { findPersonalInfo, markPersonalInfo } from '../../domain/staff/mask'
import { fillTemplate } from '../../domain/staff/templates'
import { NOTE_MAX } from '../../domain/staff/workflow'
import { STATUSES, type Status } from '../../domain/suggestions/model'
import { useCalls } from '../../data/use-calls'
import { staffCalls, useTemplates } from '../../data/staff'
import { toast } from '../../services/media'
import { Highlighted } from '../Highlighted'
import { Button } from '../ui/Button'
import { Field } from '../ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

export function CaseActions({ item, onChanged }: Props) {
  // Without templates (none yet, or not loaded) the picker stays empty and 发送回复 says to pick one.
  const templates: ReplyTemplate[] = useTemplates(item.allowed.reply ? {} : null).data?.items ?? []
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [templateIndex, setTemplateIndex] = useState(-1)
  // One id per draft: a retry after a lost answer is the same send, a new draft a new one.
  const [replyId, setReplyId] = useState(() => newClientId('reply', Date.now()))
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
  const reply = async () => {
    const template = templates[templateIndex]
    if (!template) return setError({ code: 'VALIDATION', message: '请先选择回复模板', field: 'template' })
    const r = await calls.reply({ id: item.id, clientId: replyId, templateId: template._id, rev: item.rev })
    if (r.ok) {
      // Sent: the draft is done, and the next reply is a new send.
      setTemplateIndex(-1)
      setReplyId(newClientId('reply', Date.now()))
    }
    done(
      r.ok ? { ok: true, data: r.data.suggestion } : r,
      r.ok && r.data.notification.status === 'sent' ? '已回复，并已通知提建议的人' : '已回复'
    )
  }
  const openContact = async () => {
    const r = await calls.openContact({ id: item.id, purpose: '回复建议' })
    if (r.ok) setContact(`${r.data.contact.name ?? ''} ${r.data.contact.phone}`.trim())
    else setError(r.error)
  }
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

  const template = templates[templateIndex]
  const draft = template
    ? { text: fillTemplate(template.text, item), textForChildren: fillTemplate(template.textForChildren, item) }
    : null

  return (
    <View className='case-actions'>
      {error ? (
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

      {item.allowed.reply ? (
        <View className='case-actions__block'>
          <Text className='case-actions__label'>用模板回复</Text>
          <Picker
            mode='selector'
            range={templates.map((t) => t.title)}
            value={Math.max(0, templateIndex)}
            onChange={(e) => setTemplateIndex(Number(e.detail.value))}
          >
            <View className='case-actions__picker' ariaRole='button' ariaLabel='选择回复模板'>
              {templates[templateIndex]?.title ?? '选择模板 ›'}
            </View>
          </Picker>
          {draft ? (
            <View className='case-actions__preview'>
              <Highlighted segments={markPersonalInfo(draft.text)} />
              {item.mode === 'child' ? <Text className='muted'>给小朋友：{draft.textForChildren}</Text> : null}
              {findPersonalInfo(draft.text).length ? (
                <Text className='muted'>标出的内容不会出现在公示栏、导出文件和消息里。</Text>
              ) : null}
              {item.publication !== 'auto' ? (
                <Text className='muted'>这条回复要等街道或区级管理员同意后才会出现在公示栏上。</Text>
              ) : null}
            </View>
          ) : null}
          <Button variant='primary' block className='case-actions__primary' busy={busy} onClick={reply}>
            发送回复
          </Button>
        </View>
      ) : null}

      <Field
        label='处理说明'
        multiline
        counter
        maxLength={NOTE_MAX}
        className='case-actions__note'
        value={note}
        placeholder='不予采纳时必填'
        onInput={setNote}
      />
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
        {item.allowed.moderate && item.visibility === 'visible' ? (
          <Button size='small' className='case-actions__hide' onClick={() => moderate('hide')}>
            从公示栏隐藏
          </Button>
        ) : null}
      </View>
    </View>
  )
}
