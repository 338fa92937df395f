// A box that is ticked or not, with words that may run over several lines (a consent, a whole
// suggestion a child picks): the whole box is the target. The state is said in words too (✓).
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { choiceProps } from '../../a11y'
import './index.scss'

interface Props {
  checked: boolean
  /** Spoken name (the words shown, or their first line). */
  label: string
  onToggle: () => void
  /** What is shown beside the tick; the label's words when none. */
  children?: ReactNode
  /** 'large': a card a child's finger finds (4px border, more padding). */
  size?: 'normal' | 'large'
  className?: string
}

export function Checkbox({ checked, label, onToggle, children, size = 'normal', className = '' }: Props) {
  return (
    <View
      className={`ui-checkbox ui-checkbox--${size} ${checked ? 'ui-checkbox--on' : ''} ${className}`}
      {...choiceProps('checkbox', checked, label)}
      onClick={onToggle}
    >
      <Text className='ui-checkbox__mark'>{checked ? '✓' : ''}</Text>
      <View className='ui-checkbox__body'>{children ?? <Text>{label}</Text>}</View>
    </View>
  )
}
