// What only a new place asks: its category (the map's chips) and where it is (street, community).
import { View } from '@tarojs/components'
import { FieldError } from '../../components/FieldError'
import { StreetPicker } from '../../components/StreetPicker'
import { ChipGroup } from '../../components/ui/Chip'
import { PLACE_CATEGORIES, type PlaceCategory } from '../../domain/places/model'
import type { FieldError as Err } from '../../domain/suggestions/validate'

export interface NewPlaceArea {
  category: PlaceCategory | null
  street?: string
  community?: string
}

interface Props {
  value: NewPlaceArea
  errors: Err[]
  onChange: (value: NewPlaceArea) => void
}

/** The fields of a new place this head shows an error beside. */
export const NEW_PLACE_FIELDS = ['category', 'street', 'community']

export function NewPlaceHead({ value, errors, onChange }: Props) {
  return (
    <View className='place-admin__head'>
      <ChipGroup
        label='类别'
        options={PLACE_CATEGORIES}
        isOn={(key) => value.category === key}
        onPick={(category) => onChange({ ...value, category })}
        wrap
        showLabel
        className='place-admin__category'
      />
      <FieldError errors={errors} field='category' />
      <StreetPicker
        street={value.street}
        community={value.community}
        withCommunity
        onChange={(street, community) => onChange({ ...value, street, community })}
      />
      <FieldError errors={errors} field='street' />
      <FieldError errors={errors} field='community' />
    </View>
  )
}
