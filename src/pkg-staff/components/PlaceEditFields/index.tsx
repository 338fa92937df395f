// The fields of a place a district admin may fix after a 纠错 (domain/places/corrections.ts:
// PlaceEditForm), each with its error; the source and the verified-on date (a date picker that
// stops at today, China time) are required, as the server checks. The position can be taken from
// the phone or the map instead of typed (PositionActions).
import { View } from '@tarojs/components'
import { Fragment } from 'react'
import { CORRECTION_LIMITS } from '../../../domain/places/correction-words'
import { PLACE_TEXT_LIMITS } from '../../../domain/places/import'
import { PLACE_EDIT_LABELS, type PlaceEditForm } from '../../../domain/places/place-edit'
import type { FieldError as Err } from '../../../domain/suggestions/validate'
import { FieldError, messageFor } from '../../../components/FieldError'
import { Chip } from '../../../components/ui/Chip'
import { Field } from '../../../components/ui/Field'
import { VerifiedOnField } from '../VerifiedOnField'
import { PositionActions } from './PositionActions'
import './index.scss'

interface Props {
  form: PlaceEditForm
  today: string
  errors: Err[]
  onChange: (patch: Partial<PlaceEditForm>) => void
  /** Fields this form does not ask (an office's name is its official one, and it never closes). */
  hide?: ReadonlyArray<'name' | 'closed'>
  /** A place being added, not changed: the hints ask for what it is, not what changed. */
  creating?: boolean
}

type TextKey = Exclude<keyof PlaceEditForm, 'closed' | 'verifiedOn' | 'childcare'>
const TEXT_FIELDS: Array<{ key: TextKey; hint?: string; newHint?: string; placeholder?: string; max: number }> = [
  { key: 'name', max: PLACE_TEXT_LIMITS.name },
  { key: 'address', max: CORRECTION_LIMITS.address },
  {
    key: 'phones',
    hint: '多个号码用“；”隔开；座机请带区号 023',
    placeholder: '暂无则留空',
    max: PLACE_TEXT_LIMITS.phones
  },
  {
    key: 'hours',
    hint: '如 Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off，或 周一至周五 8:00-18:00',
    placeholder: '未知则留空',
    max: PLACE_TEXT_LIMITS.hours
  },
  { key: 'hoursNote', hint: '结构化时间说不清的，如“最晚16:30入馆”', max: CORRECTION_LIMITS.hoursNote },
  {
    key: 'latitude',
    hint: '搬迁时填写新位置（GCJ-02，微信地图的坐标）；不变则不改',
    newHint: '地点的位置（GCJ-02，微信和腾讯地图的坐标）',
    max: PLACE_TEXT_LIMITS.coordinate
  },
  { key: 'longitude', max: PLACE_TEXT_LIMITS.coordinate },
  {
    key: 'source',
    hint: '必填：这次修改依据什么，如“电话核实”“机构公告”“备案名录（2026年12月）”',
    newHint: '必填：这些信息来自哪里，如“电话核实”“机构公告”“备案名录（2026年12月）”',
    max: CORRECTION_LIMITS.source
  }
]

export function PlaceEditFields({ form, today, errors, onChange, hide = [], creating = false }: Props) {
  return (
    <View className='place-edit-fields'>
      {TEXT_FIELDS.filter(({ key }) => !hide.includes(key as 'name')).map(
        ({ key, hint, newHint, placeholder, max }) => (
          <Fragment key={key}>
            <Field
              label={key === 'source' ? `${PLACE_EDIT_LABELS[key]}（必填）` : PLACE_EDIT_LABELS[key]}
              className={`place-edit-fields__${key}`}
              value={form[key]}
              hint={creating ? (newHint ?? hint) : hint}
              placeholder={placeholder}
              maxLength={max}
              error={messageFor(errors, key)}
              onInput={(value) => onChange({ [key]: value })}
            />
            {key === 'longitude' ? <PositionActions form={form} onChange={onChange} /> : null}
          </Fragment>
        )
      )}
      {hide.includes('closed') ? null : (
        <Chip
          role='checkbox'
          label='已停业（确认这里不再开放）'
          className='place-edit-fields__closed'
          selected={form.closed}
          onClick={() => onChange({ closed: !form.closed })}
        />
      )}
      {hide.includes('closed') ? null : <FieldError errors={errors} field='closed' />}
      <VerifiedOnField
        value={form.verifiedOn}
        today={today}
        errors={errors}
        onChange={(verifiedOn) => onChange({ verifiedOn })}
      />
    </View>
  )
}
