// 活动管理 (staff who may manage activities): the activities of their area, coming and of the
// last month, each with how many signed up; 发布新活动, and per activity 修改或取消 and 报名名单.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { ActivityCard } from '../../components/ActivityCard'
import type { StaffActivity } from '../../domain/activities/egress'
import { isEditable } from '../../domain/activities/model'
import { useStaffActivities } from '../../data/activities'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import './index.scss'

const go = (page: string, id?: string) =>
  void Taro.navigateTo({ url: `/pkg-staff/${page}/index${id ? `?id=${encodeURIComponent(id)}` : ''}` })

function Row({ a }: { a: StaffActivity }) {
  return (
    <ActivityCard a={a} link={false}>
      <Text className='muted'>
        名额 {a.capacity} · 已报名 {a.capacity - a.seatsLeft} · 候补 {a.waitlisted} · {a.createdByName} 发布
      </Text>
      <View className='staff-activity__actions'>
        <Button size='small' className='staff-activity__signups' onClick={() => go('activity-signups', a.id)}>
          报名名单
        </Button>
        {isEditable(a, Date.now()) ? (
          <Button size='small' className='staff-activity__edit' onClick={() => go('activity-edit', a.id)}>
            修改或取消
          </Button>
        ) : null}
      </View>
    </ActivityCard>
  )
}

export default function StaffActivitiesPage() {
  const query = useStaffActivities()
  // Back from publishing, changing or the sign-up list: the list as it is now.
  useReloadOnReturn(query.reload)
  const items = query.data?.items ?? []
  return (
    <PageShell className='staff-activities'>
      {query.data ? <Text className='muted staff-activities__scope'>范围：{query.data.scope.label}</Text> : null}
      <Button variant='primary' block className='staff-activities__new' onClick={() => go('activity-edit')}>
        发布新活动
      </Button>
      <LoadState
        status={query.status}
        error={query.error}
        onRetry={query.error?.code === 'FORBIDDEN' ? undefined : query.reload}
        empty={items.length === 0}
        emptyText='还没有活动，点“发布新活动”发布第一个'
      />
      <View className='staff-activities__list' ariaRole='list'>
        {items.map((a) => (
          <Row key={a.id} a={a} />
        ))}
      </View>
    </PageShell>
  )
}
