// 我的活动: the activities the caller signed a child up to, coming first; how each stands (已报名,
// 候补第 n 位, 已取消报名). Opening one leads to its page, where it can be cancelled.
import { Text, View } from '@tarojs/components'
import Taro, { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro'
import { ActivityCard } from '../../components/ActivityCard'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { myStandingLabel } from '../../domain/activities/model'
import { useMyActivities } from '../../data/activities'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import './index.scss'

export default function MyActivitiesPage() {
  const query = useMyActivities()
  // Back from an activity whose sign-up was cancelled there: how each stands now.
  useReloadOnReturn(query.reload)
  usePullDownRefresh(() => void query.reload().finally(() => stopPullDownRefresh()))
  const items = query.data?.items ?? []
  return (
    <PageShell className='my-activities'>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.reload}
        empty={items.length === 0}
        emptyText='还没有报名过活动。'
      />
      <View className='my-activities__list' ariaRole='list'>
        {items.map(({ activity, mine }) => (
          <View key={activity.id} ariaRole='listitem'>
            <ActivityCard a={activity}>
              {mine ? <Text className='my-activities__standing'>{myStandingLabel(activity, mine)}</Text> : null}
            </ActivityCard>
          </View>
        ))}
      </View>
      <Button
        block
        className='my-activities__all'
        onClick={() => void Taro.navigateTo({ url: '/pkg-activities/list/index' })}
      >
        看看最近的活动
      </Button>
    </PageShell>
  )
}
