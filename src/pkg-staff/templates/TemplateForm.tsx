// The district admin's form for a new reply template (checked here first, then on the server).
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { TEMPLATE_LIMITS, validateTemplate, type ReplyTemplate } from '../../domain/staff/templates'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { useCloudAction } from '../../hooks/useCloudQuery'
import { toast } from '../../services/media'
import '../entry/form.scss'

const FIELDS = ['title', 'text', 'textForChildren']

export function TemplateForm({ onSaved }: { onSaved: (t: ReplyTemplate) => void }) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [textForChildren, setTextForChildren] = useState('')
  const [errors, setErrors] = useState<Err[]>([])
  const { run, busy } = useCloudAction('staff')

  const save = async () => {
    const template = { title, text, textForChildren, topics: [], active: true }
    const v = validateTemplate(template)
    if (!v.ok) return setErrors([{ field: v.field, message: v.message }])
    setErrors([])
    const r = await run({ action: 'saveTemplate', template })
    if (!r.ok) {
      setErrors([
        { field: r.error.field && FIELDS.includes(r.error.field) ? r.error.field : 'form', message: r.error.message }
      ])
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
      <Text className='staff-form__label'>模板名称</Text>
      <Input
        className='staff-form__input template-form__title'
        value={title}
        maxlength={TEMPLATE_LIMITS.title.max}
        placeholder='如：已转交街道办理'
        ariaLabel='模板名称'
        onInput={(e) => setTitle(e.detail.value)}
      />
      <FieldError errors={errors} field='title' />
      <Text className='staff-form__label'>回复内容（给大人）</Text>
      <Textarea
        className='staff-form__textarea template-form__text'
        value={text}
        maxlength={TEMPLATE_LIMITS.text.max}
        placeholder='可用 {街道} {社区} {标题}'
        ariaLabel='回复内容'
        onInput={(e) => setText(e.detail.value)}
      />
      <FieldError errors={errors} field='text' />
      <Text className='staff-form__label'>给小朋友的话</Text>
      <Textarea
        className='staff-form__textarea template-form__children'
        value={textForChildren}
        maxlength={TEMPLATE_LIMITS.textForChildren.max}
        placeholder='用小朋友听得懂的话'
        ariaLabel='给小朋友的话'
        onInput={(e) => setTextForChildren(e.detail.value)}
      />
      <FieldError errors={errors} field='textForChildren' />
      <View className='staff-form__alert' ariaRole='alert'>
        <FieldError errors={errors} field='form' />
      </View>
      <Button className='staff-form__submit template-form__save' loading={busy} disabled={busy} onClick={save}>
        保存模板
      </Button>
    </View>
  )
}
