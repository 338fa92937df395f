// The guardian's name and phone, as an activity sign-up and a visit request ask for them: the
// same fields, limits and hint, checked by the same rule (domain/guardian-contact). `block` adds
// the form's own class names (activity-signup__name …) for its tests and layout.
import { messageFor } from '../FieldError'
import { Field } from '../ui/Field'
import { GUARDIAN_NAME_MAX, type GuardianContact } from '../../domain/guardian-contact'
import { LIMITS, type FieldError as Err } from '../../domain/suggestions/limits'

interface Props {
  value: GuardianContact
  block: string
  errors: Err[]
  onChange: (patch: Partial<GuardianContact>) => void
}

export function GuardianContactFields({ value, block, errors, onChange }: Props) {
  return (
    <>
      <Field
        label='家长的称呼'
        className={`${block}__name`}
        placeholder='如：王女士'
        value={value.guardianName}
        maxLength={GUARDIAN_NAME_MAX}
        onInput={(guardianName) => onChange({ guardianName })}
        error={messageFor(errors, 'guardianName')}
      />
      <Field
        label='家长的手机号码'
        className={`${block}__phone`}
        type='number'
        value={value.guardianPhone}
        maxLength={LIMITS.phone}
        onInput={(guardianPhone) => onChange({ guardianPhone })}
        error={messageFor(errors, 'guardianPhone')}
      />
    </>
  )
}
