import { View } from '@tarojs/components'
import { STREETS, findStreet } from '../../domain/streets'
import { ChipGroup } from '../ui/Chip'

interface Props {
  street?: string
  community?: string
  onChange: (street: string | undefined, community: string | undefined) => void
  /** Adults may also pick a community (with "其他/不确定"). */
  withCommunity?: boolean
  /** Every street seen at once (the child's step has nothing else on screen). */
  wrap?: boolean
}

const OTHER = '其他/不确定'

/** Streets, then that street's communities, as chips: one tap each, no scrolling wheel. */
export function StreetPicker({ street, community, onChange, withCommunity = false, wrap = false }: Props) {
  const communities = street ? (findStreet(street)?.communities ?? []) : []
  return (
    <View className='street-picker'>
      <ChipGroup
        label='街道'
        className='street-picker__streets'
        wrap={wrap}
        options={STREETS.map((s) => ({ key: s.code, label: s.name, name: `${s.name}街道` }))}
        isOn={(code) => code === street}
        onPick={(code) => onChange(code === street ? undefined : code, undefined)}
      />
      {withCommunity && street ? (
        <ChipGroup
          label='社区'
          className='street-picker__communities'
          showLabel
          wrap={wrap}
          options={[...communities.map((c) => ({ key: c.code as string, label: c.name })), { key: '', label: OTHER }]}
          isOn={(code) => (code || undefined) === community}
          onPick={(code) => onChange(street, code || undefined)}
        />
      ) : null}
    </View>
  )
}
