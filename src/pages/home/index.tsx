import { View } from '@tarojs/components'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { EntryTile } from '../../components/EntryTile'
import { PageHero } from '../../components/PageHero'
import { PageShell } from '../../components/PageShell'
import './index.scss'

const SHARE_TITLE = '渝中 · 一米高度：从一米高度看城市'

const ENTRIES = [
  { emoji: '🧸', title: '找托育和医院', subtitle: '附近的托育机构、儿童医院、公园', url: '/pages/map/index' },
  { emoji: '✏️', title: '我有一个建议', subtitle: '小朋友和家长都可以告诉街道', url: '/pages/suggest/index' },
  { emoji: '📖', title: '行动计划说了什么', subtitle: '2024—2026 年的目标和问答', url: '/pages/policy/index' },
  { emoji: '🙋', title: '我的', subtitle: '我的建议、收藏和设置', url: '/pages/mine/index' }
]

export default function HomePage() {
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: '/pages/home/index' }))
  useShareTimeline(() => ({ title: SHARE_TITLE }))

  return (
    <PageShell className='home'>
      <PageHero title='从一米高度看城市' lines={['渝中区是首批国家儿童友好城市建设试点。在这里找到身边的儿童服务，也说出你对城市的建议。']} />
      <View className='home__entries'>
        {ENTRIES.map((e) => (
          <EntryTile key={e.url} emoji={e.emoji} title={e.title} subtitle={e.subtitle} onTap={() => Taro.switchTab({ url: e.url })} />
        ))}
      </View>
    </PageShell>
  )
}
