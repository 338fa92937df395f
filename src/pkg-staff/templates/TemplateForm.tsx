// The district admin's form for a new reply template (checked here first, then on the server).
import { View } from '@tarojs/components'
import { useState } from 'react'
import { messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { TEMPLATE_LIMITS, validateTemplate, type ReplyTemplate } from '../../domain/staff/templates'
import { useCalls } from '../../data/use-calls'
import { staffCalls } from '../../data/staff'
import { toast } from '../../services/feedback'
import { useFormErrors } from '../../hooks/useFormErrors'

const FIELDS = ['title', 'text', 'textForChildren']

export function TemplateForm({ onSaved }: { onSaved: (t: ReplyTemplate) => void }) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [textForChildren, setTextForChildren] = useState('')
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const calls = useCalls(staffCalls)
  const { busy } = calls

  const save = async () => {
    const template = { title, text, textForChildren, topics: [], active: true }
    const v = validateTemplate(template)
    if (!v.ok) return setErrors([{ field: v.field, message: v.message }])
    clear()
    const r = await calls.saveTemplate({ template })
    if (!r.ok) return refuse(r.error, (f) => FIELDS.includes(f))
    setTitle('')
    setText('')
    setTextForChildren('')
    toast('模板已保存')
    onSaved(r.data)
  }

  return (
    <View className='template-form'>
      <Field
        label='模板名称'
        className='template-form__title'
        value={title}
        maxLength={TEMPLATE_LIMITS.title.max}
        placeholder='如：已转交街道办理'
        error={messageFor(errors, 'title')}
        onInput={setTitle}
      />
      <Field
        label='回复内容（给大人）'
        multiline
        counter
        className='template-form__text'
        value={text}
        maxLength={TEMPLATE_LIMITS.text.max}
        placeholder='可用 {街道} {社区} {标题}'
        error={messageFor(errors, 'text')}
        onInput={setText}
      />
      <Field
        label='给小朋友的话'
        multiline
        counter
        className='template-form__children'
        value={textForChildren}
        maxLength={TEMPLATE_LIMITS.textForChildren.max}
        placeholder='用小朋友听得懂的话'
        error={messageFor(errors, 'textForChildren')}
        onInput={setTextForChildren}
      />
      <View className='template-form__alert'>{error ? <ErrorState message={error} /> : null}</View>
      <Button variant='primary' block className='template-form__save' busy={busy} onClick={save}>
        保存模板
      </Button>
    </View>
  )
}
