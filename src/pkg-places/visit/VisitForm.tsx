// The 预约参观 form: the child's age group, when suits, what the parent wants to know, the
// guardian's name and phone, after agreeing to what is kept (VISIT_CONSENT_TEXT). Checked by the
// same rules as the server (validateVisitRequest), each error beside its field.
import { Text, View } from '@tarojs/components'
import { FieldError, messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { Checkbox } from '../../components/ui/Checkbox'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { GuardianContactFields } from '../../components/GuardianContactFields'
import {
  VISIT_CHILD_AGES,
  VISIT_CONSENT_TEXT,
  VISIT_LIMITS,
  VISIT_SLOTS,
  type VisitChildAge,
  type VisitSlot
} from '../../domain/places/visits'
import type { FieldError as Err } from '../../domain/suggestions/validate'

export interface VisitFields {
  childAge: VisitChildAge | null
  slot: VisitSlot | null
  note: string
  guardianName: string
  guardianPhone: string
  agreed: boolean
}

/** The request's fields this form shows an error beside (a refusal about any other is said for the page). */
export const VISIT_FORM_FIELDS = ['childAge', 'slot', 'note', 'guardianName', 'guardianPhone', 'consentVersion']

export const EMPTY_VISIT: VisitFields = {
  childAge: null,
  slot: null,
  note: '',
  guardianName: '',
  guardianPhone: '',
  agreed: false
}

interface Props {
  form: VisitFields
  errors: Err[]
  busy: boolean
  onChange: (patch: Partial<VisitFields>) => void
  onSubmit: () => void
}

export function VisitForm({ form, errors, busy, onChange, onSubmit }: Props) {
  const errorOf = (field: string) => messageFor(errors, field)
  return (
    <View className='visit-form'>
      <Text className='muted'>由家长填写。不问孩子的姓名。</Text>
      <ChipGroup
        label='孩子的年龄'
        showLabel
        wrap
        className='visit-form__age'
        options={VISIT_CHILD_AGES}
        isOn={(k) => k === form.childAge}
        onPick={(childAge) => onChange({ childAge })}
      />
      <FieldError errors={errors} field='childAge' />
      <ChipGroup
        label='方便参观的时间'
        showLabel
        wrap
        className='visit-form__slot'
        options={VISIT_SLOTS}
        isOn={(k) => k === form.slot}
        onPick={(slot) => onChange({ slot })}
      />
      <FieldError errors={errors} field='slot' />
      <Field
        label='想了解什么（可不填）'
        className='visit-form__note'
        placeholder='如：午睡的地方、餐食、能不能先试托一天'
        multiline
        counter
        value={form.note}
        maxLength={VISIT_LIMITS.note}
        onInput={(note) => onChange({ note })}
        error={errorOf('note')}
      />
      <GuardianContactFields block='visit-form' value={form} errors={errors} onChange={onChange} />
      <Checkbox
        className='visit-form__consent'
        checked={form.agreed}
        label='我是家长，已阅读并同意以下说明'
        onToggle={() => onChange({ agreed: !form.agreed })}
      >
        <Text className='visit-form__consent-title'>我是家长，已阅读并同意：</Text>
        <Text className='visit-form__consent-text'>{VISIT_CONSENT_TEXT}</Text>
      </Checkbox>
      <FieldError errors={errors} field='consentVersion' />
      <Button variant='primary' block busy={busy} className='visit-form__submit' onClick={onSubmit}>
        提交预约
      </Button>
    </View>
  )
}
