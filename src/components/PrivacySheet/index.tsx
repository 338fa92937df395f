// The app's privacy-consent sheet. It opens when WeChat reports a pending privacy request (see
// services/privacy) and answers it. Agreeing is answered only from the agree button's own
// agreePrivacyAuthorization event: WeChat checks that this button was pressed, and a tap handler
// runs before that (the request would fail with errno 104).
import { Text, View } from '@tarojs/components'
import { openPrivacyContract } from '../../services/privacy'
import { usePrivacyStore } from '../../stores/usePrivacyStore'
import { openChildrenRules } from './children-rules-link'
import { Button, ButtonRow } from '../ui/Button'
import './index.scss'

export function PrivacySheet() {
  const pending = usePrivacyStore((s) => s.pending)
  const answer = usePrivacyStore((s) => s.answer)
  if (!pending) return null
  return (
    <View className='privacy-sheet' ariaRole='dialog' ariaLabel='隐私保护提示'>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>隐私保护提示</Text>
        <Text className='privacy-sheet__body'>
          为了给你找到附近的托育机构、儿童医院和公园，并接收你的建议（文字、画、照片，或小朋友按住按钮时用麦克风录下的话），我们需要按《渝中
          · 一米高度隐私保护指引》使用相关信息。我们不会向小朋友索要姓名、电话或学校。
        </Text>
        <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
          查看《隐私保护指引》
        </Text>
        <Text className='privacy-sheet__link privacy-sheet__children' onClick={openChildrenRules}>
          查看《儿童个人信息保护规则》
        </Text>
        <ButtonRow className='privacy-sheet__actions'>
          <Button className='privacy-sheet__disagree' onClick={() => answer('disagree')}>
            不同意
          </Button>
          <Button
            id='privacy-agree'
            variant='primary'
            className='privacy-sheet__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answer('agree')}
          >
            同意并继续
          </Button>
        </ButtonRow>
      </View>
    </View>
  )
}
