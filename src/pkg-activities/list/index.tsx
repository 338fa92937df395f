// 活动: coming activities for children in the district, soonest first (a parent opens one to sign
// up); with ?week=1 (home's 本周活动) only those of this China week. Only what staff published;
// nothing is bundled.
import { Text, View } from '@tarojs/components'
import { stopPullDownRefresh, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { ActivityCard } from '../../components/ActivityCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { useActivities } from '../../data/activities'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import './index.scss'

export default function ActivitiesPage() {
  const week = useRouter().params.week === '1'
  const list = useActivities({ week })
  // Back from an activity a parent signed up to: its seats as they are now.
  useReloadOnReturn(list.reload)
  // Pulled down: the list again, and the spinner stops once it is here (or failed).
  usePullDownRefresh(() => void list.reload().finally(() => stopPullDownRefresh()))
  const items = list.data?.items ?? []
  return (
    <PageShell className='activities'>
      <Text className='muted activities__intro'>
        {week ? '本周' : ''}社区、街道和区里为孩子们办的活动。点开一个活动就能报名，名额满了可以候补。
      </Text>
      <LoadState
        status={list.status}
        error={list.error}
        onRetry={list.reload}
        empty={items.length === 0}
        emptyText={week ? '本周没有活动，过几天再来看看。' : '最近没有活动，过几天再来看看。'}
      />
      <View className='activities__list' ariaRole='list'>
        {items.map((a) => (
          <View key={a.id} ariaRole='listitem'>
            <ActivityCard a={a} />
          </View>
        ))}
      </View>
    </PageShell>
  )
}
