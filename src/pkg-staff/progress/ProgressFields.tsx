// The fields of a target's current value (domain/policy/progress-validate.ts: ProgressForm), each
// with its error: the number in the target's unit, the day it describes (a date picker that stops
// at today, China time), the source document, the office and an optional link.
import { View } from '@tarojs/components'
import { DateField } from '../../components/DateField'
import { messageFor } from '../../components/FieldError'
import { Field } from '../../components/ui/Field'
import { unitKind, type ProgressTarget } from '../../domain/policy/progress'
import { PROGRESS_LABELS, PROGRESS_LIMITS, type ProgressForm } from '../../domain/policy/progress-validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'

interface Props {
  target: ProgressTarget
  form: ProgressForm
  today: string
  errors: Err[]
  onChange: (patch: Partial<ProgressForm>) => void
}

const VALUE_HINTS = {
  percent: '百分数，只填数字，如 92.5（表示 92.5%），0 到 100',
  perThousand: '每千人口的数，如 3.9',
  count: '个数，整数，如 1200'
} as const

export function ProgressFields({ target, form, today, errors, onChange }: Props) {
  return (
    <View className='progress-fields'>
      <Field
        label={`${PROGRESS_LABELS.value}（${target.unit}，必填）`}
        className='progress-fields__value'
        type='text'
        hint={VALUE_HINTS[unitKind(target.unit)]}
        maxLength={16}
        value={form.value}
        error={messageFor(errors, 'value')}
        onInput={(value) => onChange({ value })}
      />
      <DateField
        className='progress-fields__date'
        label={`${PROGRESS_LABELS.asOf}（必填：数值统计到哪一天，不晚于今天）`}
        field='asOf'
        value={form.asOf || today}
        start={PROGRESS_LIMITS.earliest}
        end={today}
        errors={errors}
        onPick={(asOf) => onChange({ asOf })}
      />
      <Field
        label={`${PROGRESS_LABELS.document}（必填）`}
        className='progress-fields__document'
        hint='数值出自哪份文件，如《2026年渝中区托育服务统计》'
        maxLength={PROGRESS_LIMITS.document}
        value={form.document}
        error={messageFor(errors, 'document')}
        onInput={(document) => onChange({ document })}
      />
      <Field
        label={`${PROGRESS_LABELS.office}（必填）`}
        className='progress-fields__office'
        hint='发布这份文件的单位，如 区卫生健康委'
        maxLength={PROGRESS_LIMITS.office}
        value={form.office}
        error={messageFor(errors, 'office')}
        onInput={(office) => onChange({ office })}
      />
      <Field
        label={`${PROGRESS_LABELS.url}（可选）`}
        className='progress-fields__url'
        hint='文件在网上的地址，以 http:// 或 https:// 开头'
        maxLength={PROGRESS_LIMITS.url}
        value={form.url}
        error={messageFor(errors, 'url')}
        onInput={(url) => onChange({ url })}
      />
    </View>
  )
}
