// The childcare facts a parent decides on, as a district admin enters them (domain/places/
// childcare-facts.ts): the care types offered, fees and hours by care type in the import's
// written form, meals, and 余位 with the day someone confirmed it (a date picker that stops at
// today). Each field shows its own error; the server checks the same rules.
import { View } from '@tarojs/components'
import { CHILDCARE_FACT_LIMITS } from '../../../domain/places/childcare-facts'
import { CHILDCARE_FACT_LABELS } from '../../../domain/places/childcare-facts-form'
import { CARE_TYPES, type CareType } from '../../../domain/places/model'
import type { ChildcareEditForm } from '../../../domain/places/place-edit'
import type { FieldError as Err } from '../../../domain/suggestions/validate'
import { DateField } from '../../../components/DateField'
import { FieldError, messageFor } from '../../../components/FieldError'
import { ChipGroup } from '../../../components/ui/Chip'
import { Field } from '../../../components/ui/Field'
import './index.scss'

interface Props {
  form: ChildcareEditForm
  today: string
  /** Errors named as the server names them (childcare.fees, …). */
  errors: Err[]
  onChange: (patch: Partial<ChildcareEditForm>) => void
}

const TEXT_FIELDS: Array<{ key: 'fees' | 'careHours' | 'meals'; hint: string; max: number }> = [
  { key: 'fees', hint: '整数元，如 全日托 2800；半日托 1600。全日托、半日托按月，计时托按小时，临时托按天', max: 120 },
  { key: 'careHours', hint: '如 全日托 周一至周五 07:30-17:30；半日托 08:00-12:00', max: 200 },
  { key: 'meals', hint: '如 午餐和两次点心', max: CHILDCARE_FACT_LIMITS.meals }
]
const FIELD_CLASS = { fees: 'fees', careHours: 'care-hours', meals: 'meals' } as const

const err = (errors: Err[], key: keyof ChildcareEditForm) => messageFor(errors, `childcare.${key}`)

export function ChildcareFactsFields({ form, today, errors, onChange }: Props) {
  const toggle = (key: CareType) =>
    onChange({
      careTypes: form.careTypes.includes(key) ? form.careTypes.filter((k) => k !== key) : [...form.careTypes, key]
    })
  return (
    <View className='childcare-facts-fields'>
      <ChipGroup
        label='托育类型'
        options={CARE_TYPES}
        isOn={(key) => form.careTypes.includes(key)}
        onPick={toggle}
        multi
        wrap
        showLabel
        className='childcare-facts-fields__care-types'
      />
      <FieldError errors={errors} field='childcare' />
      {TEXT_FIELDS.map(({ key, hint, max }) => (
        <Field
          key={key}
          label={CHILDCARE_FACT_LABELS[key]}
          className={`childcare-facts-fields__${FIELD_CLASS[key]}`}
          value={form[key]}
          hint={hint}
          placeholder='未核实则留空'
          maxLength={max}
          error={err(errors, key)}
          onInput={(value) => onChange({ [key]: value })}
        />
      ))}
      <Field
        label={CHILDCARE_FACT_LABELS.freePlaces}
        className='childcare-facts-fields__free-places'
        type='number'
        value={form.freePlaces}
        hint='现在还能收几个孩子；0 表示已满。家长看到的余位总带着确认日期'
        placeholder='未核实则留空'
        maxLength={4}
        error={err(errors, 'freePlaces')}
        onInput={(freePlaces) => onChange({ freePlaces, freePlacesOn: form.freePlacesOn || (freePlaces ? today : '') })}
      />
      {form.freePlaces || form.freePlacesOn ? (
        <DateField
          label={`${CHILDCARE_FACT_LABELS.freePlacesOn}（不晚于今天）`}
          field='childcare.freePlacesOn'
          className='childcare-facts-fields__free-places-on'
          value={form.freePlacesOn}
          end={today}
          errors={errors}
          onPick={(freePlacesOn) => onChange({ freePlacesOn })}
        />
      ) : null}
    </View>
  )
}
