// Big single- or multi-choice chips for the staff forms (≥ 88 design-px tall, ARIA radio/checkbox).
import { View } from '@tarojs/components'
import { choiceProps } from '../../components/a11y'
import './Chips.scss'

interface Props<K extends string> {
  label: string
  options: ReadonlyArray<{ key: K; label: string }>
  isOn: (key: K) => boolean
  onPick: (key: K) => void
  multi?: boolean
  className?: string
}

export function Chips<K extends string>({ label, options, isOn, onPick, multi = false, className = '' }: Props<K>) {
  return (
    <View className={`staff-chips ${className}`} ariaRole={multi ? 'group' : 'radiogroup'} ariaLabel={label}>
      {options.map((o) => (
        <View
          key={o.key}
          className={`staff-chips__chip ${isOn(o.key) ? 'staff-chips__chip--on' : ''}`}
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
