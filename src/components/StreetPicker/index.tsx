import { Text, View } from '@tarojs/components'
import { STREETS, findStreet } from '../../domain/streets'
import { choiceProps } from '../a11y'
import './index.scss'

interface Props {
  street?: string
  community?: string
  onChange: (street: string | undefined, community: string | undefined) => void
  /** Adults may also pick a community (with "其他/不确定"). */
  withCommunity?: boolean
}

const OTHER = '其他/不确定'

/** Streets, then that street's communities, as big chips: one tap each, no scrolling wheel. */
export function StreetPicker({ street, community, onChange, withCommunity = false }: Props) {
  const communities = street ? (findStreet(street)?.communities ?? []) : []
  return (
    <View className='street-picker'>
      <View className='street-picker__chips' ariaRole='radiogroup' ariaLabel='街道'>
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
        <View className='street-picker__communities'>
          <Text className='street-picker__label'>社区</Text>
          <View className='street-picker__chips' ariaRole='radiogroup' ariaLabel='社区'>
            {[
              ...communities.map((c) => ({ code: c.code as string | undefined, name: c.name })),
              { code: undefined, name: OTHER }
            ].map((c) => (
              <View
                key={c.name}
                className={`street-picker__chip street-picker__chip--small ${c.code === community ? 'street-picker__chip--selected' : ''}`}
                {...choiceProps('radio', c.code === community, c.name)}
                onClick={() => onChange(street, c.code)}
              >
                {c.name}
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
