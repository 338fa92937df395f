// A child who may be in danger (safeguarding.ts found it in their words): at once, in a child's
// words, who can help now. Shown beside the words as they are written, on the review step and
// after sending; it never stops the suggestion from being sent.
import { Text, View } from '@tarojs/components'
import { SAFETY_HELP, SAFETY_NUMBERS } from '../../domain/suggestions/safeguarding'
import { callPhone } from '../../services/phone'
import { ReadAloud } from '../ReadAloud'
import { Button } from '../ui/Button'
import './index.scss'

const SPOKEN = [
  SAFETY_HELP.title,
  SAFETY_HELP.tellAdult,
  SAFETY_HELP.numbers,
  ...SAFETY_NUMBERS.map((n) => `${n.label}，${n.say}`),
  SAFETY_HELP.after
].join('。')

export function SafetyHelp({ className = '' }: { className?: string }) {
  return (
    <View className={`safety-help ${className}`} ariaRole='alert'>
      <Text className='safety-help__title'>{SAFETY_HELP.title}</Text>
      <Text className='safety-help__adult'>{SAFETY_HELP.tellAdult}</Text>
      <Text className='safety-help__lead'>{SAFETY_HELP.numbers}</Text>
      {SAFETY_NUMBERS.map((n) => (
        <View key={n.number} className='safety-help__number'>
          <Button
            variant='primary'
            block
            className={`safety-help__call safety-help__call--${n.number}`}
            onClick={() => void callPhone(n.number)}
          >
            📞 {n.label}
          </Button>
          <Text className='safety-help__say'>{n.say}</Text>
        </View>
      ))}
      <Text className='safety-help__after'>{SAFETY_HELP.after}</Text>
      <ReadAloud className='safety-help__read' text={SPOKEN} />
    </View>
  )
}
