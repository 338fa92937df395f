// The district admin's form for a new reply template (checked here first, then on the server).
import { View } from '@tarojs/components'
import { useState } from 'react'
import { FieldError, messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { TEMPLATE_LIMITS, validateTemplate, type ReplyTemplate } from '../../domain/staff/templates'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { useCalls } from '../../data/use-calls'
import { staffCalls } from '../../data/staff'
import { toast } from '../../services/feedback'
import { fieldErrorOf, FORM } from '../../domain/form-errors'

const FIELDS = ['title', 'text', 'textForChildren']

export function TemplateForm({ onSaved }: { onSaved: (t: ReplyTemplate) => void }) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [textForChildren, setTextForChildren] = useState('')
  const [errors, setErrors] = useState<Err[]>([])
  const calls = useCalls(staffCalls)
  const { busy } = calls

  const save = async () => {
    const template = { title, text, textForChildren, topics: [], active: true }
    const v = validateTemplate(template)
    if (!v.ok) return setErrors([{ field: v.field, message: v.message }])
    setErrors([])
    const r = await calls.saveTemplate({ template })
    if (!r.ok) {
      setErrors([fieldErrorOf(r.error, (f) => FIELDS.includes(f))])
      return
    }
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
      <View className='template-form__alert' ariaRole='alert'>
        <FieldError errors={errors} field={FORM} />
      </View>
      <Button variant='primary' block className='template-form__save' busy={busy} onClick={save}>
        保存模板
      </Button>
    </View>
  )
}
