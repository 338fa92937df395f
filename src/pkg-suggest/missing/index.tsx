// A suggestion waiting on the phone whose photo, drawing or recording WeChat deleted: the author
// sends it without them, adds a photo again, or deletes it (MissingFiles). Or a child's recording
// queued before recordings needed the guardian's agreement: the guardian agrees, or sends without
// it (VoiceConsentFix). A page of its own, in
// the subpackage, because deciding needs the suggestion's validation rules, which the 我的 tab
// (main package) does not carry.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { MissingFiles } from '../../components/MissingFiles'
import { PageShell } from '../../components/PageShell'
import { Card } from '../../components/ui/Card'
import { EmptyState } from '../../components/ui/EmptyState'
import { StatusTag } from '../../components/ui/StatusTag'
import { suggestionTitle } from '../../domain/suggestions/model'
import { OUTBOX_TONE, needsAuthor, needsGuardianForVoice, outboxLabel } from '../../domain/suggestions/outbox'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { VoiceConsentFix } from './VoiceConsentFix'
import './index.scss'

export default function MissingFilesPage() {
  const { id = '' } = useRouter().params
  const item = useOutboxStore((s) => s.items.find((i) => i.id === id))
  const back = () => void Taro.navigateBack()

  if (!item || !needsAuthor(item)) {
    return (
      <PageShell className='missing-page'>
        <EmptyState
          text={item ? `这条建议已处理：${outboxLabel(item)}` : '这条建议已经不在手机上了'}
          actionLabel='返回我的建议'
          onAction={back}
        />
      </PageShell>
    )
  }

  const label = outboxLabel(item)
  return (
    <PageShell className='missing-page'>
      <Card title={suggestionTitle({ ...item.payload.input, audioPath: item.payload.audioPath })}>
        <View className='missing-page__status'>
          <StatusTag label={label} tone={OUTBOX_TONE[label]} />
        </View>
        {item.error ? <Text className='missing-page__message'>{item.error.message}</Text> : null}
        {needsGuardianForVoice(item) ? <VoiceConsentFix item={item} /> : <MissingFiles item={item} />}
      </Card>
    </PageShell>
  )
}
