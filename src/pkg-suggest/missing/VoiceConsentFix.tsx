// A child's recording waiting on the phone that the server takes only with the guardian's
// agreement (it was queued by an app from before that rule): the guardian reads and agrees, and it
// goes as it is; or it goes without the recording when the rest still makes a suggestion; or it is
// deleted. Nothing is sent without the guardian deciding.
import { View } from '@tarojs/components'
import { VoiceConsent } from '../../components/ChildWizard/VoiceConsent'
import { Button } from '../../components/ui/Button'
import type { SuggestionDraft } from '../../domain/suggestions/draft'
import { validSubmissionWithout } from '../../domain/suggestions/draft-check'
import type { OutboxItem } from '../../domain/suggestions/outbox'
import { useOutboxStore } from '../../stores/useOutboxStore'

export function VoiceConsentFix({ item }: { item: OutboxItem<SuggestionDraft> }) {
  const { agreeToVoice, sendWithoutVoice, discard } = useOutboxStore.getState()
  const audio = item.payload.audioPath
  return (
    <View className='voice-consent-fix'>
      <VoiceConsent onAgree={() => void agreeToVoice(item.id)} />
      {audio && validSubmissionWithout(item.payload, [audio]) ? (
        <Button className='voice-consent-fix__without' onClick={() => void sendWithoutVoice(item.id)}>
          不带录音发送
        </Button>
      ) : (
        <Button className='voice-consent-fix__discard' onClick={() => discard(item.id)}>
          删掉这条
        </Button>
      )}
    </View>
  )
}
