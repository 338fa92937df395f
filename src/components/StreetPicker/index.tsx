import { Picker, Text, View } from '@tarojs/components'
import { STREETS, findStreet } from '../../domain/streets'
import './index.scss'
import { choiceProps } from '../a11y'

interface Props {
  street?: string
  community?: string
  onChange: (street: string | undefined, community: string | undefined) => void
  /** Adults may also pick a community (with "其他/不确定"). */
  withCommunity?: boolean
}

const OTHER = '其他/不确定'

export function StreetPicker({ street, community, onChange, withCommunity = false }: Props) {
  const communities = street ? findStreet(street)?.communities ?? [] : []
  const communityNames = [...communities.map((c) => c.name), OTHER]
  const communityIndex = community ? communities.findIndex((c) => c.code === community) : communities.length
  return (
    <View className='street-picker'>
      <View className='street-picker__chips' ariaRole='radiogroup'>
        {STREETS.map((s) => (
          <View
            key={s.code}
            className={`street-picker__chip ${s.code === street ? 'street-picker__chip--selected' : ''}`}
            {...choiceProps('radio', s.code === street, `${s.name}街道`)}
            onClick={() => onChange(s.code === street ? undefined : s.code, undefined)}
          >
            {s.name}
          </View>
        ))}
      </View>
      {withCommunity && street ? (
        <Picker mode='selector' range={communityNames} value={Math.max(0, communityIndex)} onChange={(e) => onChange(street, communities[Number(e.detail.value)]?.code)}>
          <View className='street-picker__community' ariaRole='button' ariaLabel='选择社区'>
            <Text>社区：{community ? communities.find((c) => c.code === community)?.name : OTHER}</Text>
            <Text>›</Text>
          </View>
        </Picker>
      ) : null}
    </View>
  )
}
