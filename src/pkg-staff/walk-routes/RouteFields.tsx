// The fields of one route: name, what it is, the street it keeps to (optional), the points as
// pasted (GeoJSON or 纬度,经度 lines, read back as the point count and length), 停用, and where it
// comes from with the day it was checked. Errors beside their field, as the server words them.
import { Text, View } from '@tarojs/components'
import { FieldError } from '../../components/FieldError'
import { StreetPicker } from '../../components/StreetPicker'
import { Checkbox } from '../../components/ui/Checkbox'
import { Field } from '../../components/ui/Field'
import { VerifiedOnField } from '../components/VerifiedOnField'
import { parseRoutePoints, WALK_ROUTE_LIMITS, type WalkRouteForm } from '../../domain/places/walk-route-form'
import { lengthLabel, routeLengthM } from '../../domain/places/walk-routes'
import type { FieldError as Err } from '../../domain/suggestions/validate'

interface Props {
  form: WalkRouteForm
  today: string
  errors: Err[]
  onChange: (patch: Partial<WalkRouteForm>) => void
}

export function RouteFields({ form, today, errors, onChange }: Props) {
  const errorOf = (field: keyof WalkRouteForm) => errors.find((e) => e.field === field)?.message
  const read = form.points.trim() ? parseRoutePoints(form.points) : null
  return (
    <View className='route-fields'>
      <Field
        className='route-fields__name'
        label='路线名称'
        value={form.name}
        maxLength={WALK_ROUTE_LIMITS.name}
        placeholder='如：大井巷小学上学路'
        error={errorOf('name')}
        onInput={(name) => onChange({ name })}
      />
      <Field
        className='route-fields__description'
        label='说明（选填）'
        multiline
        value={form.description}
        maxLength={WALK_ROUTE_LIMITS.description}
        placeholder='从哪里到哪里，经过什么路口，适合几岁的孩子'
        error={errorOf('description')}
        onInput={(description) => onChange({ description })}
      />
      <Text className='muted'>所在街道（选填）</Text>
      <StreetPicker street={form.street || undefined} onChange={(street) => onChange({ street: street ?? '' })} />
      <FieldError errors={errors} field='street' />
      <Field
        className='route-fields__points'
        label='路线坐标'
        multiline
        value={form.points}
        maxLength={WALK_ROUTE_LIMITS.pointsText}
        hint='粘贴 GeoJSON 的一条线，或每行一个“纬度,经度”（腾讯地图、高德的坐标）'
        error={errorOf('points')}
        onInput={(points) => onChange({ points })}
      />
      {read?.ok ? (
        <Text className='route-fields__read'>
          读到 {read.value.length} 个点，全长{lengthLabel(routeLengthM(read.value))}
        </Text>
      ) : null}
      <Checkbox
        className='route-fields__hidden'
        checked={form.hidden}
        label='停用（不在地图上显示，记录保留）'
        onToggle={() => onChange({ hidden: !form.hidden })}
      />
      <Field
        className='route-fields__source'
        label='来源'
        value={form.source}
        maxLength={WALK_ROUTE_LIMITS.source}
        placeholder='如：区教委上学路规划、街道实地踏勘'
        error={errorOf('source')}
        onInput={(source) => onChange({ source })}
      />
      <VerifiedOnField
        value={form.verifiedOn}
        today={today}
        errors={errors}
        onChange={(verifiedOn) => onChange({ verifiedOn })}
      />
    </View>
  )
}
