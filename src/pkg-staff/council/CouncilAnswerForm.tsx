// The district's answer to one picked suggestion (domain/council/validate.ts): will it be done
// and by when, or why not — for adults and, in a sentence, for children. The answer goes on the
// public council page as written.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { DateField } from '../../components/DateField'
import { FieldError, messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { COUNCIL_LIMITS, COUNCIL_PLANS, type CouncilPlan } from '../../domain/council/model'
import { validateCouncilAnswer, type CouncilAnswerInput } from '../../domain/council/validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'

interface Props {
  today: string
  busy: boolean
  /** The server's refusal, if any. */
  onSend: (answer: CouncilAnswerInput) => Promise<Err | null>
}

const PLANS = (Object.keys(COUNCIL_PLANS) as CouncilPlan[]).map((k) => ({ key: k, label: COUNCIL_PLANS[k] }))

export function CouncilAnswerForm({ today, busy, onSend }: Props) {
  // No date until one is picked: a default of today reads as a promise nobody made.
  const [form, setForm] = useState({ plan: 'will' as CouncilPlan, byOn: '', words: '', wordsForChildren: '' })
  const [errors, setErrors] = useState<Err[]>([])
  const send = async () => {
    const checked = validateCouncilAnswer(form, today)
    if (!checked.ok) return setErrors(checked.errors)
    const refused = await onSend(checked.value)
    setErrors(refused ? [refused] : [])
  }
  return (
    <View className='council-answer'>
      <ChipGroup
        label='答复'
        showLabel
        className='council-answer__plan'
        options={PLANS}
        isOn={(k) => k === form.plan}
        onPick={(plan) => setForm({ ...form, plan })}
      />
      <FieldError errors={errors} field='plan' />
      {form.plan === 'will' ? (
        <DateField
          label='预计完成日期'
          className='council-answer__by'
          field='byOn'
          value={form.byOn}
          start={today}
          errors={errors}
          onPick={(byOn) => setForm({ ...form, byOn })}
        />
      ) : null}
      <Field
        label={form.plan === 'will' ? '会怎么做' : '为什么暂时做不了'}
        className='council-answer__words'
        multiline
        maxLength={COUNCIL_LIMITS.answer}
        value={form.words}
        error={messageFor(errors, 'words')}
        onInput={(words) => setForm({ ...form, words })}
      />
      <Field
        label='给小朋友的话'
        className='council-answer__kids'
        hint='一两句小朋友读得懂的话'
        maxLength={COUNCIL_LIMITS.answerForChildren}
        value={form.wordsForChildren}
        error={messageFor(errors, 'wordsForChildren')}
        onInput={(wordsForChildren) => setForm({ ...form, wordsForChildren })}
      />
      <Button variant='primary' size='small' className='council-answer__send' busy={busy} onClick={() => void send()}>
        公开答复
      </Button>
    </View>
  )
}
