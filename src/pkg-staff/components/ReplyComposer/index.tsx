// A worker's reply in their own words. A template (each shown with its text, filled for this
// suggestion) is only a starting text to edit; a child's suggestion needs a second text in child
// words. The preview shows both as they will be read, marking what looks personal (kept off the
// board, exports and messages). Sent once: one client id per draft across retries (the server
// stores it once), the button rests while it is on its way, and a sent reply clears the draft.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CloudError } from '../../../domain/errors'
import type { ReplyTemplate, StaffSuggestion } from '../../../domain/staff/api'
import { newClientId } from '../../../domain/ids'
import { findPersonalInfo, markPersonalInfo } from '../../../domain/staff/mask'
import { REPLY_LIMITS, fillTemplate, validateReply } from '../../../domain/staff/templates'
import { useCalls } from '../../../data/use-calls'
import { staffCalls, useTemplates } from '../../../data/staff'
import { toast } from '../../../services/feedback'
import { choiceProps } from '../../../components/a11y'
import { Highlighted } from '../../../components/Highlighted'
import { Button } from '../../../components/ui/Button'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  item: StaffSuggestion
  onChanged: (next: StaffSuggestion) => void
}

const EMPTY = '请先写回复，或选一个模板作为开头'

export function ReplyComposer({ item, onChanged }: Props) {
  const templates: ReplyTemplate[] = useTemplates(item.allowed.reply ? {} : null).data?.items ?? []
  const calls = useCalls(staffCalls)
  const [templateId, setTemplateId] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [textForChildren, setTextForChildren] = useState('')
  // One id per draft: a retry after a lost answer is the same send, a new draft a new one.
  const [replyId, setReplyId] = useState(() => newClientId('reply', Date.now()))
  const [error, setError] = useState<CloudError | null>(null)
  if (!item.allowed.reply) return null
  const child = item.mode === 'child'

  const start = (t: ReplyTemplate) => {
    setTemplateId(t._id)
    setText(fillTemplate(t.text, item))
    setTextForChildren(fillTemplate(t.textForChildren, item))
    setError(null)
  }
  const send = async () => {
    if (!text.trim()) return setError({ code: 'VALIDATION', message: EMPTY, field: 'text' })
    const draft = validateReply({ text, ...(child ? { textForChildren } : {}) }, item.mode)
    if (!draft.ok) return setError({ code: 'VALIDATION', message: draft.message, field: draft.field })
    const r = await calls.reply({
      id: item.id,
      clientId: replyId,
      // Which template it began from, for the record; the words sent are the worker's.
      ...(templateId ? { templateId } : {}),
      ...draft.value,
      rev: item.rev
    })
    if (!r.ok) return setError(r.error)
    setError(null)
    setTemplateId(null)
    setText('')
    setTextForChildren('')
    setReplyId(newClientId('reply', Date.now()))
    onChanged(r.data.suggestion)
    toast(r.data.notification.status === 'sent' ? '已回复，并已通知提建议的人' : '已回复')
  }

  return (
    <View className='reply-composer'>
      <Text className='reply-composer__label'>回复</Text>
      {templates.length ? (
        <View className='reply-composer__templates' ariaRole='radiogroup' ariaLabel='从模板开始'>
          <Text className='muted'>可以从模板开始，再改成自己的话：</Text>
          {templates.map((t) => {
            const filled = fillTemplate(t.text, item)
            return (
              <View
                key={t._id}
                className={`reply-composer__template ${t._id === templateId ? 'reply-composer__template--on' : ''}`}
                // Named by all it shows, so a voice user can say what they see.
                {...choiceProps('radio', t._id === templateId, `${t.title} ${filled}`)}
                onClick={() => start(t)}
              >
                <Text className='reply-composer__template-title'>
                  {t._id === templateId ? '✓ ' : ''}
                  {t.title}
                </Text>
                <Text className='reply-composer__template-text'>{filled}</Text>
              </View>
            )
          })}
        </View>
      ) : null}
      <Field
        label='回复内容'
        multiline
        counter
        maxLength={REPLY_LIMITS.text.max}
        className='reply-composer__text'
        value={text}
        placeholder='写给提建议的人'
        error={error?.field === 'text' ? error.message : undefined}
        onInput={setText}
      />
      {child ? (
        <Field
          label='给小朋友的话'
          multiline
          counter
          maxLength={REPLY_LIMITS.textForChildren.max}
          className='reply-composer__child-text'
          value={textForChildren}
          placeholder='用小朋友听得懂的话写'
          error={error?.field === 'textForChildren' ? error.message : undefined}
          onInput={setTextForChildren}
        />
      ) : null}
      {text.trim() ? (
        <View className='reply-composer__preview' ariaLabel='预览'>
          <Text className='muted'>预览：</Text>
          <Highlighted segments={markPersonalInfo(text)} />
          {child && textForChildren.trim() ? <Text>给小朋友：{textForChildren}</Text> : null}
          {findPersonalInfo(`${text}\n${child ? textForChildren : ''}`).length ? (
            <Text className='muted'>标出的内容不会出现在公示栏、导出文件和消息里。</Text>
          ) : null}
          {item.publication !== 'auto' ? (
            <Text className='muted'>这条回复要等街道或区级管理员同意后才会出现在公示栏上。</Text>
          ) : null}
        </View>
      ) : null}
      {error && !error.field ? (
        <View ariaRole='alert'>
          <Text className='reply-composer__error'>⚠ {error.message}</Text>
        </View>
      ) : null}
      <Button variant='primary' block className='reply-composer__send' busy={calls.busy} onClick={send}>
        发送回复
      </Button>
    </View>
  )
}
