// The sign-up form: a guardian signs a child up (the child's age, the guardian's name and phone),
// after reading and agreeing to what is kept and for how long (SIGNUP_CONSENT_TEXT). Checked by
// the same rules as the server (validateSignUp), each error beside its field.
import { Text, View } from '@tarojs/components'
import { FieldError, messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { Field } from '../../components/ui/Field'
import { GuardianContactFields } from '../../components/GuardianContactFields'
import { SIGNUP_CONSENT_TEXT } from '../../domain/activities/consent'
import { CHILD_MAX_AGE } from '../../domain/activities/signup-validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'

export interface SignUpFields {
  childAge: string
  guardianName: string
  guardianPhone: string
  agreed: boolean
}

interface Props {
  form: SignUpFields
  errors: Err[]
  busy: boolean
  /** No seat left: the button says the sign-up is for the waitlist. */
  full: boolean
  onChange: (patch: Partial<SignUpFields>) => void
  onSubmit: () => void
}

export function SignUpForm({ form, errors, busy, full, onChange, onSubmit }: Props) {
  const errorOf = (field: string) => messageFor(errors, field)
  return (
    <View className='activity-signup'>
      <Text className='muted'>由家长填写。不问孩子的姓名。</Text>
      <Field
        label='孩子的年龄（岁）'
        className='activity-signup__age'
        type='number'
        value={form.childAge}
        maxLength={String(CHILD_MAX_AGE).length}
        onInput={(v) => onChange({ childAge: v })}
        error={errorOf('childAge')}
      />
      <GuardianContactFields block='activity-signup' value={form} errors={errors} onChange={onChange} />
      <Text className='activity-signup__consent'>{SIGNUP_CONSENT_TEXT}</Text>
      <Button variant={form.agreed ? 'primary' : 'secondary'} block onClick={() => onChange({ agreed: !form.agreed })}>
        {form.agreed ? '✓ 我是家长，已阅读并同意' : '我是家长，同意以上说明'}
      </Button>
      <FieldError errors={errors} field='consentVersion' />
      <Button variant='primary' block busy={busy} onClick={onSubmit}>
        {full ? '报名候补' : '报名'}
      </Button>
    </View>
  )
}
