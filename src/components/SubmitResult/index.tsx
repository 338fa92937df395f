import { Progress, Text, View } from '@tarojs/components'
import { OUTBOX_TONE, outboxLabel } from '../../domain/suggestions/outbox'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { MissingFiles } from '../MissingFiles'
import { SafetyHelp } from '../SafetyHelp'
import { Button, ButtonRow } from '../ui/Button'
import { StatusTag } from '../ui/StatusTag'
import './index.scss'

interface Props {
  id: string
  child: boolean
  /** The words suggested a child in danger: who can help comes first, whatever the sending does. */
  danger?: boolean
  onAnother: () => void
  onMine: () => void
}

// Waiting for a connection is said once: the outbox sends by itself, so a "check the network
// and retry" error beside it would contradict it.
const PENDING = '已保存在手机里，联网后会自动发送，不会重复。'

/** After 提交: the honest state of this suggestion, updated as the outbox works. */
export function SubmitResult({ id, child, danger = false, onAnother, onMine }: Props) {
  const item = useOutboxStore((s) => s.items.find((i) => i.id === id))
  const progress = useOutboxStore((s) => s.progress[id])
  const retry = useOutboxStore((s) => s.retry)
  if (!item) return null
  const label = outboxLabel(item)
  return (
    <View className='submit-result' ariaRole='alert'>
      {danger ? <SafetyHelp className='submit-result__safety' /> : null}
      <Text className='submit-result__emoji'>{label === '已提交' ? '🎉' : label === '发送失败' ? '😟' : '📮'}</Text>
      <StatusTag label={label} tone={OUTBOX_TONE[label]} />
      <Text className='submit-result__title'>
        {label === '已提交'
          ? child
            ? '谢谢你！街道的叔叔阿姨会认真看的。'
            : '已提交，社区会尽快受理。'
          : label === '发送失败'
            ? (item.error?.message ?? '发送失败')
            : PENDING}
      </Text>
      {typeof progress === 'number' && label !== '已提交' ? (
        <Progress percent={progress} showInfo strokeWidth={6} />
      ) : null}
      {item.missingFiles ? <MissingFiles item={item} /> : null}
      {label === '发送失败' && !item.missingFiles ? (
        <Button variant='primary' block className='submit-result__retry' onClick={() => retry(id)}>
          重试
        </Button>
      ) : null}
      <ButtonRow className='submit-result__actions'>
        <Button onClick={onMine}>查看我的建议</Button>
        <Button onClick={onAnother}>再提一条</Button>
      </ButtonRow>
    </View>
  )
}
