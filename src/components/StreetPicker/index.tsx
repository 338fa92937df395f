import { Text, View } from '@tarojs/components'
import { STREETS, findStreet, whereLabel } from '../../domain/streets'
import './index.scss'
import { ChipGroup } from '../ui/Chip'

interface Props {
  street?: string
  community?: string
  onChange: (street: string | undefined, community: string | undefined) => void
  /** Adults may also pick a community (with "其他/不确定"). */
  withCommunity?: boolean
  /** Every street seen at once (the child's step has nothing else on screen). */
  wrap?: boolean
  /** The community question in other words (a child's: 离你家或学校最近的…, 不知道). */
  communityWords?: CommunityWords
}

export interface CommunityWords {
  /** The chips' group name, shown above them. */
  label: string
  /** The chip that leaves the community empty. */
  other: string
}

const ADULT_WORDS: CommunityWords = { label: '社区', other: '其他/不确定' }

/** Streets, then that street's communities, as chips: one tap each, no scrolling wheel. */
export function StreetPicker({
  street,
  community,
  onChange,
  withCommunity = false,
  wrap = false,
  communityWords = ADULT_WORDS
}: Props) {
  const communities = street ? (findStreet(street)?.communities ?? []) : []
  // The chips scroll sideways, so a choice made before (a preselected community) may sit out of
  // sight: it is said in words above them.
  const chosen = withCommunity ? whereLabel(street, community) : undefined
  return (
    <View className='street-picker'>
      {chosen ? <Text className='street-picker__chosen'>已选：{chosen}</Text> : null}
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
          label={communityWords.label}
          className='street-picker__communities'
          showLabel
          wrap={wrap}
          options={[
            ...communities.map((c) => ({ key: c.code as string, label: c.name })),
            { key: '', label: communityWords.other }
          ]}
          isOn={(code) => (code || undefined) === community}
          onPick={(code) => onChange(street, code || undefined)}
        />
      ) : null}
    </View>
  )
}
