// 核实日期 of a sourced fact (a place fix, an office, a route): the date picker (DateField) that
// stops at today (China time), required, its error beside it — as the server checks.
import { DateField } from '../../../components/DateField'
import { PLACE_EDIT_LABELS } from '../../../domain/places/place-edit'
import type { FieldError as Err } from '../../../domain/suggestions/validate'

interface Props {
  value: string
  today: string
  errors: Err[]
  onChange: (date: string) => void
}

export function VerifiedOnField({ value, today, errors, onChange }: Props) {
  return (
    <DateField
      className='verified-on'
      label={`${PLACE_EDIT_LABELS.verifiedOn}（必填，不晚于今天）`}
      field='verifiedOn'
      value={value || today}
      end={today}
      errors={errors}
      onPick={onChange}
    />
  )
}
