import { Text } from '@tarojs/components'
import './index.scss'

export type ChipTone = 'waiting' | 'active' | 'good' | 'bad' | 'neutral'

/** A status as text with a tone; the text carries the meaning, the colour only helps. */
export function StatusChip({ label, tone }: { label: string; tone: ChipTone }) {
  return <Text className={`status-chip status-chip--${tone}`}>{label}</Text>
}
