// 核实日期 of a sourced fact (a place fix, an office, a route): a date picker that stops at today
// (China time), required, its error beside it — as the server checks.
import { Picker, Text, View } from '@tarojs/components'
import { PLACE_EDIT_LABELS } from '../../../domain/places/place-edit'
import type { FieldError as Err } from '../../../domain/suggestions/validate'
import { FieldError } from '../../../components/FieldError'
import './index.scss'

interface Props {
  value: string
  today: string
  errors: Err[]
  onChange: (date: string) => void
}

export function VerifiedOnField({ value, today, errors, onChange }: Props) {
  return (
    <View className='verified-on'>
      <Text className='verified-on__label'>{PLACE_EDIT_LABELS.verifiedOn}（必填，不晚于今天）</Text>
      <Picker mode='date' value={value || today} end={today} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='verified-on__value' ariaRole='button' ariaLabel={`核实日期：${value || '未选择'}，点按修改`}>
          <Text>{value || '选择日期'}</Text>
          <Text className='muted'> 修改 ›</Text>
        </View>
      </Picker>
      <FieldError errors={errors} field='verifiedOn' />
    </View>
  )
}
