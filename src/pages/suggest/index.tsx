// 提建议 tab: who is writing, then the form (pkg-suggest/write, fetched while this tab shows). The
// form's code — wizard, drawing pad, recorder — stays out of the main package this way.
import { Text } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { ModeChooser } from '../../components/ModeChooser'
import { writeAs } from '../../components/ModeChooser/open-form'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { hasUnsentWork, useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import './index.scss'

export default function SuggestPage() {
  const mode = useSuggestDraftStore((s) => s.mode)
  const about = useSuggestDraftStore((s) => s.prefill?.about)
  // A sent suggestion leaves only who writes (and where, how old): nothing to go on with.
  const unsent = useSuggestDraftStore((s) => hasUnsentWork(s) || Boolean(s.prefill))

  useShareAppMessage(() => ({ title: '从一米高度看城市：说出你的建议', path: '/pages/suggest/index' }))

  return (
    <PageShell className='suggest-tab'>
      <Text className='suggest-tab__intro'>告诉街道：城市哪里可以变得更好？</Text>
      {mode && unsent ? (
        <Card tone='warm' className='suggest-tab__draft' title='还有一条没写完'>
          <Text className='suggest-tab__line'>
            {mode === 'child' ? '🧒 小朋友的建议' : '👨‍👩‍👧 家长/居民的建议'}
            {about ? `，关于：${about}` : ''}
          </Text>
          <Button variant='primary' block onClick={() => writeAs()}>
            接着写
          </Button>
        </Card>
      ) : null}
      <ModeChooser onChoose={writeAs} />
      <Text className='muted suggest-tab__note'>
        写到一半也不会丢：草稿保存在这台手机上，没有网络时会稍后自动发送。
      </Text>
    </PageShell>
  )
}
