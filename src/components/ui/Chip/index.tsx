// Single- or multi-choice chips on one line that scrolls sideways (so a long set never pushes
// the content below off the first screen); `wrap` for the few places that want every chip seen.
import { Text, View } from '@tarojs/components'
import { choiceProps } from '../../a11y'
import './index.scss'

interface ChipProps {
  label: string
  selected: boolean
  role?: 'radio' | 'checkbox'
  /** Spoken name; must contain the visible label (e.g. 渝中 → 渝中街道). */
  name?: string
  className?: string
  onClick: () => void
}

export function Chip({ label, selected, role = 'radio', name, className = '', onClick }: ChipProps) {
  return (
    <View
      className={`ui-chip ${selected ? 'ui-chip--on' : ''} ${className}`}
      {...choiceProps(role, selected, name ?? label)}
      onClick={onClick}
    >
      {label}
    </View>
  )
}

interface GroupProps<K extends string> {
  /** The group's name (spoken; shown too when `showLabel`). */
  label: string
  options: ReadonlyArray<{ key: K; label: string; name?: string }>
  isOn: (key: K) => boolean
  onPick: (key: K) => void
  multi?: boolean
  wrap?: boolean
  showLabel?: boolean
  className?: string
}

export function ChipGroup<K extends string>({
  label,
  options,
  isOn,
  onPick,
  multi = false,
  wrap = false,
  showLabel = false,
  className = ''
}: GroupProps<K>) {
  return (
    <View className={`ui-chip-group ${className}`}>
      {showLabel ? <Text className='ui-chip-group__label'>{label}</Text> : null}
      <View
        className={`ui-chip-group__chips ${wrap ? 'ui-chip-group__chips--wrap' : ''}`}
        ariaRole={multi ? 'group' : 'radiogroup'}
        ariaLabel={label}
      >
        {options.map((o) => (
          <Chip
            key={o.key}
            label={o.label}
            name={o.name}
            selected={isOn(o.key)}
            role={multi ? 'checkbox' : 'radio'}
            onClick={() => onPick(o.key)}
          />
        ))}
      </View>
    </View>
  )
}
