// One activity in a list (活动, home's 本周, 我的活动): what, when, where, for
// which ages, the price (免费 unless staff typed a fee) and how many places are left.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { PublicActivity } from '../../domain/activities/egress'
import { ACTIVITY_STATUS_LABELS, activityWhen, ageLabel, feeLabel } from '../../domain/activities/model'
import { StatusTag } from '../ui/StatusTag'
import './index.scss'

export const ACTIVITY_DETAIL = '/pkg-activities/detail/index'

export function seatsText(a: Pick<PublicActivity, 'seatsLeft' | 'waitlisted'>): string {
  return a.seatsLeft > 0 ? `还剩 ${a.seatsLeft} 个名额` : `已满，${a.waitlisted} 人候补`
}

interface Props {
  a: PublicActivity
  /** false: not a link to the parents' page (staff lists, which add their own buttons as children). */
  link?: boolean
  children?: ReactNode
}

export function ActivityCard({ a, link = true, children }: Props) {
  const open = () => void Taro.navigateTo({ url: `${ACTIVITY_DETAIL}?id=${encodeURIComponent(a.id)}` })
  return (
    <View className='activity-card' ariaRole={link ? 'button' : 'listitem'} onClick={link ? open : undefined}>
      <View className='activity-card__head'>
        <Text className='activity-card__title'>{a.title}</Text>
        {a.status !== 'published' ? (
          <StatusTag label={ACTIVITY_STATUS_LABELS[a.status]} tone={a.status === 'cancelled' ? 'bad' : 'waiting'} />
        ) : null}
      </View>
      <Text className='activity-card__line'>{activityWhen(a)}</Text>
      <Text className='activity-card__line'>{a.place.name}</Text>
      <Text className='activity-card__line muted'>
        {ageLabel(a)} · {feeLabel(a.fee)} · {a.status === 'cancelled' ? '已取消' : seatsText(a)}
      </Text>
      {children}
    </View>
  )
}
