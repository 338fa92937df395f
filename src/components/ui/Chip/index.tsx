// Single- or multi-choice chips on one line that scrolls sideways (so a long set never pushes
// the content below off the first screen); `wrap` for the few places that want every chip seen.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { choiceProps, scrollRegionProps } from '../../a11y'
import './index.scss'

interface ChipProps {
  label: string
  selected: boolean
  role?: 'radio' | 'checkbox'
  /** Spoken name; must contain the visible label (e.g. 渝中 → 渝中街道). */
  name?: string
  className?: string
  /** A small picture before the label (decoration: the label names the chip). */
  icon?: ReactNode
  onClick: () => void
}

// The state is said in words too (✓), not only in colour.
export function Chip({ label, selected, role = 'radio', name, className = '', icon, onClick }: ChipProps) {
  return (
    <View
      className={`ui-chip ${selected ? 'ui-chip--on' : ''} ${icon ? 'ui-chip--icon' : ''} ${className}`}
      {...choiceProps(role, selected, name ?? label)}
      onClick={onClick}
    >
      {icon}
      <Text>
        {selected ? '✓ ' : ''}
        {label}
      </Text>
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
        {...(wrap ? {} : scrollRegionProps())}
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
