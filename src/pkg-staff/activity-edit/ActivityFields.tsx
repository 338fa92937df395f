// The fields of an activity (domain/activities/validate.ts: ActivityForm), each with its error
// under it. Date and times are typed as the hints show (China time); a fee left empty is 免费.
import { View } from '@tarojs/components'
import { FieldError, messageFor } from '../../components/FieldError'
import { StreetPicker } from '../../components/StreetPicker'
import { Field } from '../../components/ui/Field'
import { CoverField } from './CoverField'
import { ACTIVITY_FIELD_LABELS as L, ACTIVITY_LIMITS, type ActivityForm } from '../../domain/activities/validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'

interface Props {
  form: ActivityForm
  /** The stored cover's link (an activity being changed). */
  coverUrl?: string
  errors: Err[]
  onChange: (patch: Partial<ActivityForm>) => void
}

type TextKey = Exclude<keyof ActivityForm, 'id' | 'placeId' | 'street' | 'community' | 'coverFileId' | 'coverConfirmed'>

const FIELDS: Array<{ key: TextKey; label: string; max: number; hint?: string; multiline?: boolean }> = [
  { key: 'title', label: `${L.title}（必填）`, max: ACTIVITY_LIMITS.title.max },
  { key: 'description', label: `${L.description}（必填）`, max: ACTIVITY_LIMITS.description, multiline: true },
  { key: 'address', label: `${L.address}（必填）`, max: ACTIVITY_LIMITS.address, hint: '如 大井巷社区活动室' },
  { key: 'date', label: `${L.date}（必填）`, max: 10, hint: '年-月-日' },
  { key: 'startTime', label: `${L.startTime}（必填）`, max: 5, hint: '24 小时制，如 09:30' },
  { key: 'endTime', label: `${L.endTime}（必填）`, max: 5, hint: '如 11:00' },
  { key: 'ageMin', label: `${L.ageMin}（岁，必填）`, max: 2, hint: `0–${ACTIVITY_LIMITS.maxAge}` },
  { key: 'ageMax', label: `${L.ageMax}（岁，必填）`, max: 2 },
  { key: 'capacity', label: `${L.capacity}（人，必填）`, max: 3, hint: `1–${ACTIVITY_LIMITS.maxCapacity}` },
  { key: 'feeYuan', label: `${L.feeYuan}（元）`, max: 8, hint: '免费请留空；只填工作人员确认过的金额' },
  { key: 'feeNote', label: L.feeNote, max: ACTIVITY_LIMITS.feeNote, hint: '如 含材料费' },
  { key: 'howToSignUp', label: L.howToSignUp, max: ACTIVITY_LIMITS.howToSignUp, multiline: true }
]

export function ActivityFields({ form, coverUrl, errors, onChange }: Props) {
  return (
    <View className='activity-fields'>
      {FIELDS.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          className={`activity-fields__${f.key}`}
          hint={f.hint}
          multiline={f.multiline}
          maxLength={f.max}
          value={form[f.key]}
          error={messageFor(errors, f.key)}
          onInput={(value) => onChange({ [f.key]: value })}
        />
      ))}
      <View className='activity-fields__where'>
        <StreetPicker
          withCommunity
          street={form.street || undefined}
          community={form.community || undefined}
          onChange={(street, community) => onChange({ street: street ?? '', community: community ?? '' })}
        />
        <FieldError errors={errors} field='street' />
        <FieldError errors={errors} field='community' />
      </View>
      <CoverField form={form} storedUrl={coverUrl} errors={errors} onChange={onChange} />
    </View>
  )
}
