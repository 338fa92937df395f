import { Text, View } from '@tarojs/components'
import type { SummaryTarget as PolicyTarget } from '../../domain/policy/summary'
import type { PolicyCountdown } from '../../domain/policy/countdown'
import './index.scss'

const COMPARATOR_TEXT: Record<PolicyTarget['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '=': '',
  '<=': '≤',
  '<': '<'
}

function targetValue(t: PolicyTarget): string {
  if (t.wording === '全覆盖') return '全覆盖'
  return `${COMPARATOR_TEXT[t.comparator]}${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}`
}

interface Props {
  targets: PolicyTarget[]
  countdown: PolicyCountdown
  onTapTarget?: (target: PolicyTarget) => void
}

/** Every 2026 target with its unit, and the days left until the plan's end. */
export function TargetBoard({ targets, countdown, onTapTarget }: Props) {
  return (
    <View className='target-board'>
      <View className={`target-board__countdown target-board__countdown--${countdown.state}`}>
        <Text className='target-board__days'>{countdown.state === 'running' ? countdown.daysLeft : '—'}</Text>
        <Text className='target-board__label'>{countdown.label}</Text>
      </View>
      {targets.map((t) => (
        <View
          key={t.id}
          className={`target-board__row ${t.topic === 'childcare' ? 'target-board__row--link' : ''}`}
          ariaLabel={`${t.year}年目标：${t.label}${targetValue(t)}`}
          onClick={() => onTapTarget?.(t)}
        >
          <Text className='target-board__name'>{t.label}</Text>
          <Text className='target-board__value'>{targetValue(t)}</Text>
        </View>
      ))}
    </View>
  )
}
