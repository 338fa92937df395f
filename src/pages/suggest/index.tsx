import { Text } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { ComingSoon } from '../../components/ComingSoon'
import { PageShell } from '../../components/PageShell'
import { useIntentStore, type SuggestionPrefill } from '../../stores/useIntentStore'

export default function SuggestPage() {
  const [prefill, setPrefill] = useState<SuggestionPrefill | null>(null)
  useDidShow(() => {
    const wanted = useIntentStore.getState().takeSuggestion()
    if (wanted) setPrefill(wanted)
  })

  return (
    <PageShell>
      {prefill ? <Text className='section-title suggest__topic'>关于：{prefill.topic}</Text> : null}
      <ComingSoon
        title='一米建议'
        lead='小朋友和家长告诉街道：城市哪里可以变得更好。'
        items={['我是小朋友：选图片、画一画，不用留名字', '我是家长/居民：文字、照片和位置', '没有网络也不会丢，联网后只提交一次', '在“我的”里看到处理进度和回复']}
      />
    </PageShell>
  )
}
