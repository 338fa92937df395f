// A new representative (domain/council/validate.ts): where (a street admin's own street only), a
// nickname and an age group (no real name), and the guardian's agreement: who agreed, their phone
// (the one way to reach the child) and the day — with the admin's confirmation that they did.
import { View } from '@tarojs/components'
import { DateField } from '../../components/DateField'
import { FieldError, messageFor } from '../../components/FieldError'
import { Checkbox } from '../../components/ui/Checkbox'
import { ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import { COUNCIL_LIMITS, GUARDIAN_RELATIONS, type GuardianRelation } from '../../domain/council/model'
import type { RepresentativeInput } from '../../domain/council/validate'
import { AGE_GROUPS } from '../../domain/suggestions/model'
import type { FieldError as Err } from '../../domain/suggestions/validate'

export type RepresentativeForm = Omit<RepresentativeInput, 'id' | 'ageGroup' | 'guardianRelation'> & {
  ageGroup: RepresentativeInput['ageGroup'] | ''
  guardianRelation: GuardianRelation | ''
  consent: boolean
}

interface Props {
  form: RepresentativeForm
  streets: Array<{ key: string; label: string }>
  today: string
  errors: Err[]
  onChange: (patch: Partial<RepresentativeForm>) => void
}

const RELATIONS = (Object.keys(GUARDIAN_RELATIONS) as GuardianRelation[]).map((k) => ({
  key: k,
  label: GUARDIAN_RELATIONS[k]
}))

export function RepresentativeFields({ form, streets, today, errors, onChange }: Props) {
  return (
    <View className='rep-fields'>
      <ChipGroup
        label='街道'
        showLabel
        wrap
        className='rep-fields__street'
        options={streets}
        isOn={(k) => k === form.street}
        onPick={(street) => onChange({ street })}
      />
      <FieldError errors={errors} field='street' />
      <Field
        label='昵称（不用真名）'
        className='rep-fields__nickname'
        hint='如：小星星。公开的页面不显示昵称。'
        maxLength={COUNCIL_LIMITS.nickname}
        value={form.nickname}
        error={messageFor(errors, 'nickname')}
        onInput={(nickname) => onChange({ nickname })}
      />
      <ChipGroup
        label='年龄段'
        showLabel
        wrap
        className='rep-fields__age'
        options={AGE_GROUPS.map((a) => ({ key: a.key, label: a.label }))}
        isOn={(k) => k === form.ageGroup}
        onPick={(ageGroup) => onChange({ ageGroup })}
      />
      <FieldError errors={errors} field='ageGroup' />
      <ChipGroup
        label='谁同意的'
        showLabel
        className='rep-fields__relation'
        options={RELATIONS}
        isOn={(k) => k === form.guardianRelation}
        onPick={(guardianRelation) => onChange({ guardianRelation })}
      />
      <FieldError errors={errors} field='guardianRelation' />
      <Field
        label='监护人手机号码'
        className='rep-fields__phone'
        hint='联系小代表只通过监护人；卸任后按规定删除'
        type='number'
        maxLength={13}
        value={form.guardianPhone}
        error={messageFor(errors, 'guardianPhone')}
        onInput={(guardianPhone) => onChange({ guardianPhone })}
      />
      <DateField
        label='监护人同意的日期'
        className='rep-fields__agreed'
        field='agreedOn'
        value={form.agreedOn}
        end={today}
        errors={errors}
        onPick={(agreedOn) => onChange({ agreedOn })}
      />
      <Checkbox
        className='rep-fields__consent'
        checked={form.consent}
        label='监护人已经同意孩子担任小代表（已签同意书或电话确认）'
        onToggle={() => onChange({ consent: !form.consent })}
      />
      <FieldError errors={errors} field='consent' />
    </View>
  )
}
