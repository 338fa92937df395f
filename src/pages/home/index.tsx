// Home: what this is in one line, every kind of user's task one tap away, and what has changed.
// It renders from bundled data at once and refreshes from the cloud in the background.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { ChangesList } from '../../components/ChangesList'
import { EntryTile } from '../../components/EntryTile'
import { PageHero } from '../../components/PageHero'
import { PageShell } from '../../components/PageShell'
import { TargetBoard } from '../../components/TargetBoard'
import { writeAs } from '../../components/ModeChooser/open-form'
import { useEffect } from 'react'
import { useAfterFirstScreen } from '../../hooks/useAfterFirstScreen'
import { useBoardPreviewStore } from '../../stores/useBoardPreviewStore'
import { useIntentStore, type MapCategory } from '../../stores/useIntentStore'
import { usePolicySummaryStore } from '../../stores/usePolicySummaryStore'
import { useTargetProgressStore } from '../../stores/useTargetProgressStore'
import './index.scss'

const SHARE_TITLE = '渝中 · 一米高度：从一米高度看城市'

function openMap(category: MapCategory) {
  useIntentStore.getState().openMap(category)
  void Taro.switchTab({ url: '/pages/map/index' })
}

const TASKS = [
  { emoji: '🧸', title: '最近的托育', subtitle: '按距离排序，一键拨打和导航', run: () => openMap('childcare') },
  { emoji: '🏥', title: '儿童医院', subtitle: '看病就近找', run: () => openMap('children_hospital') },
  { emoji: '🧒', title: '我是小朋友，我有建议', subtitle: '选图片、画一画', run: () => writeAs('child') },
  { emoji: '👨‍👩‍👧', title: '我是家长，我有建议', subtitle: '文字、照片和位置', run: () => writeAs('adult') },
  {
    emoji: '🗳️',
    title: '快问快答',
    subtitle: '点一张图，说说你的想法',
    run: () => Taro.navigateTo({ url: '/pkg-polls/vote/index' })
  },
  {
    emoji: '🎨',
    title: '本周活动',
    subtitle: '社区里为孩子办的活动，可以报名',
    run: () => Taro.navigateTo({ url: '/pkg-activities/list/index?week=1' })
  },
  {
    emoji: '🎯',
    title: '2026 年的目标',
    subtitle: '托位、入园率……还有多少天',
    run: () => Taro.switchTab({ url: '/pages/policy/index' })
  },
  {
    emoji: '📮',
    title: '我的建议',
    subtitle: '看看处理到哪一步了',
    run: () => Taro.switchTab({ url: '/pages/mine/index' })
  }
]

export default function HomePage() {
  const refresh = useBoardPreviewStore((s) => s.refresh)
  const targets = usePolicySummaryStore((s) => s.value.targets)
  const progress = useTargetProgressStore()
  // The targets and the changes are below the tiles: drawn and asked for after the first screen.
  const below = useAfterFirstScreen()
  const progressRefresh = progress.refresh
  useEffect(() => {
    if (!below) return
    void refresh()
    void progressRefresh()
  }, [below, refresh, progressRefresh])
  useDidShow(() => {
    if (!below) return
    void refresh()
    void progress.refresh()
  })
  usePullDownRefresh(() => {
    void Promise.all([refresh(), progress.refresh()]).finally(() => stopPullDownRefresh())
  })
  // Sent to a chat only: from 朋友圈 a page opens alone (single-page mode), where home's tasks,
  // each a step to another page, and the tab bar cannot work (tests/weapp/share-timeline.test.ts).
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: '/pages/home/index' }))

  return (
    <PageShell className='home'>
      <PageHero title='从一米高度看城市' lines={['渝中区儿童友好城市：找身边的儿童服务，说出你对城市的建议。']} />
      <View className='home__entries'>
        {TASKS.map((t) => (
          <EntryTile key={t.title} emoji={t.emoji} title={t.title} subtitle={t.subtitle} onTap={t.run} />
        ))}
      </View>
      <Text className='section-title'>2026 年目标进展</Text>
      {below ? <TargetBoard targets={targets} progress={progress} /> : null}
      <Text className='section-title'>有什么变化</Text>
      {below ? <ChangesList onOpenBoard={() => Taro.navigateTo({ url: '/pkg-suggest/board/index' })} /> : null}
    </PageShell>
  )
}
