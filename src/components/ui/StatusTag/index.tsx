import { Text } from '@tarojs/components'
import './index.scss'

export type Tone = 'waiting' | 'active' | 'good' | 'bad' | 'neutral'

/** A status as text with a tone; the text carries the meaning, the colour only helps. One line. */
export function StatusTag({ label, tone }: { label: string; tone: Tone }) {
  return <Text className={`ui-status-tag ui-status-tag--${tone}`}>{label}</Text>
}
