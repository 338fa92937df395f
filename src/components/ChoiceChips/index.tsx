// Big single- or multi-choice chips (≥ 88 design-px tall, ARIA radio/checkbox with state).
import { View } from '@tarojs/components'
import { choiceProps } from '../a11y'
import './index.scss'

interface Props<K extends string> {
  label: string
  options: ReadonlyArray<{ key: K; label: string }>
  isOn: (key: K) => boolean
  onPick: (key: K) => void
  multi?: boolean
  className?: string
}

export function ChoiceChips<K extends string>({
  label,
  options,
  isOn,
  onPick,
  multi = false,
  className = ''
}: Props<K>) {
  return (
    <View className={`choice-chips ${className}`} ariaRole={multi ? 'group' : 'radiogroup'} ariaLabel={label}>
      {options.map((o) => (
        <View
          key={o.key}
          className={`choice-chips__chip ${isOn(o.key) ? 'choice-chips__chip--on' : ''}`}
          data-key={o.key}
          {...choiceProps(multi ? 'checkbox' : 'radio', isOn(o.key), o.label)}
          onClick={() => onPick(o.key)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
