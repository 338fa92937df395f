// A China date (YYYY-MM-DD) picked with the platform's date picker, with its label, the value as
// a button that says what tapping it does, and the field's error beside it.
import { Picker, Text, View } from '@tarojs/components'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { FieldError } from '../FieldError'
import './index.scss'

interface Props {
  label: string
  /** The field's name in the errors. */
  field: string
  value: string
  /** The earliest and latest day offered. */
  start?: string
  end?: string
  errors: Err[]
  onPick: (value: string) => void
  className?: string
}

export function DateField({ label, field, value, start, end, errors, onPick, className = '' }: Props) {
  return (
    <View className={`date-field ${className}`}>
      <Text className='date-field__label'>{label}</Text>
      <Picker mode='date' value={value} start={start} end={end} onChange={(e) => onPick(String(e.detail.value))}>
        <View className='date-field__value' ariaRole='button' ariaLabel={`${label}：${value || '未选择'}，点按修改`}>
          <Text>{value || '请选择'}</Text>
          <Text className='muted'> 修改 ›</Text>
        </View>
      </Picker>
      <FieldError errors={errors} field={field} />
    </View>
  )
}
