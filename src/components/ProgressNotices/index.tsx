// 进展提醒 on 我的: every status step of a suggestion is told in a WeChat message, one per
// permission (WeChat grants one message per accepted request). The permission asked when sending
// runs out after the first step, so while a suggestion of mine is still open, a tap here allows
// one more. The request is made in the tap, before any await (WeChat refuses it otherwise).
import { Text, View } from '@tarojs/components'
import { isOpen } from '../../domain/suggestions/status'
import { toast } from '../../services/feedback'
import { askForStatusUpdates } from '../../services/subscribe'
import { useMySuggestionsStore } from '../../stores/useMySuggestionsStore'
import { useSessionStore } from '../../stores/useSessionStore'
import { CardRow } from '../ui/Card'
import './index.scss'

const OUTCOME_TEXT = {
  accepted: '好的：下一次有进展时，微信会提醒你一次',
  rejected: '没有开启：可以在微信设置里允许后再试',
  unavailable: '只能在微信小程序里开启提醒'
} as const

export function ProgressNotices() {
  const templateId = useSessionStore((s) => s.me?.subscribeTemplateId)
  const open = useMySuggestionsStore((s) => s.items.some((i) => isOpen(i.status)))
  if (!templateId || !open) return null
  const ask = () => void askForStatusUpdates(templateId).then((outcome) => toast(OUTCOME_TEXT[outcome]))
  return (
    <View className='progress-notices-card'>
      <CardRow className='progress-notices' onClick={ask} end='›'>
        <Text>有新进展时微信提醒我</Text>
        <Text className='muted'>每点一次，微信允许提醒一次；受理、办理、答复、办结都会告诉你</Text>
      </CardRow>
    </View>
  )
}
