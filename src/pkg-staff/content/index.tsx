// 政策与动态发布 (district admins): a new policy version and the home page's 有什么变化, from the
// cloud without a new release of the mini-program. The server checks the role and the content
// again (policy.publish, policy.publishNews).
import { View } from '@tarojs/components'
import { useState } from 'react'
import { SegmentTabs } from '../../components/SegmentTabs'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { NewsEditor } from './NewsEditor'
import { PolicyUpload } from './PolicyUpload'
import './index.scss'

const TABS: Array<{ key: 'news' | 'policy'; label: string }> = [
  { key: 'news', label: '有什么变化' },
  { key: 'policy', label: '政策内容' }
]

export default function ContentPage() {
  const me = useStaffMe()
  const [tab, setTab] = useState<'news' | 'policy'>('news')

  return (
    <StaffOnly
      className='content-page'
      me={me}
      may='publishContent'
      refusal='政策内容和首页动态由区级管理员发布。如有要更新的内容，请联系区级管理员。'
    >
      <SegmentTabs options={TABS} value={tab} onChange={setTab} />
      <View className='content-page__body'>{tab === 'news' ? <NewsEditor /> : <PolicyUpload />}</View>
    </StaffOnly>
  )
}
