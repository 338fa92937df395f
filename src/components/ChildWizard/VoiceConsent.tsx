// Before 说出来: the guardian reads what the recording is for and agrees, once per draft (a child's
// voice is their personal information; the server refuses a recording of a child under 14
// without this agreement). Writing and drawing need nothing of the kind.
import { Text, View } from '@tarojs/components'
import { VOICE_CONSENT_TEXT } from '../../domain/suggestions/consent'
import { openChildrenRules } from '../PrivacySheet/children-rules-link'
import { Button } from '../ui/Button'

export function VoiceConsent({ onAgree }: { onAgree: () => void }) {
  return (
    <View className='reply-contact__consent voice-consent' ariaRole='region' ariaLabel={VOICE_CONSENT_TEXT.title}>
      <Text className='reply-contact__title'>👨‍👩‍👧 {VOICE_CONSENT_TEXT.title}</Text>
      <Text>{VOICE_CONSENT_TEXT.what}</Text>
      <Text>{VOICE_CONSENT_TEXT.why}</Text>
      <Text>{VOICE_CONSENT_TEXT.howLong}</Text>
      <Text>{VOICE_CONSENT_TEXT.howToDelete}</Text>
      <View className='voice-consent__rules' ariaRole='link' onClick={openChildrenRules}>
        查看《儿童个人信息保护规则》
      </View>
      <Button variant='primary' block className='voice-consent__agree' onClick={onAgree}>
        {VOICE_CONSENT_TEXT.agree}
      </Button>
    </View>
  )
}
