import { Text, View } from '@tarojs/components'
import { findCommunity, findStreet } from '../../../domain/streets'
import type { InboxItem } from '../../../domain/staff/api'
import { inboxDeadlineText } from '../../../domain/staff/deadlines'
import { AGE_GROUPS, STATUSES, suggestionTitle, topicLabel } from '../../../domain/suggestions/model'
import { statusTone } from '../../../domain/suggestions/rules'
import { StatusTag } from '../../../components/ui/StatusTag'
import { chinaDateTime } from '../../../domain/clock'
import './index.scss'

/** One suggestion in the worker's inbox: enough to triage, nothing personal. */
export function InboxCard({ item, onOpen }: { item: InboxItem; onOpen: (id: string) => void }) {
  const place = item.community
    ? findCommunity(item.community)?.community.name
    : item.street
      ? findStreet(item.street)?.name
      : '未填位置'
  const age = AGE_GROUPS.find((a) => a.key === item.ageGroup)?.label
  return (
    <View
      className='inbox-card'
      ariaRole='button'
      ariaLabel={`${item.urgent ? '紧急，' : ''}${item.deadline?.overdue ? '逾期，' : ''}${item.followUp ? '跟进，' : ''}${suggestionTitle({ ...item, text: item.excerpt })}，${STATUSES[item.status]}`}
      onClick={() => onOpen(item.id)}
    >
      <View className='inbox-card__head'>
        <Text className='inbox-card__title'>{suggestionTitle({ ...item, text: item.excerpt })}</Text>
        {item.urgent ? <StatusTag label='紧急' tone='bad' /> : null}
        {item.deadline?.overdue ? <StatusTag label='逾期' tone='bad' /> : null}
        {item.followUp ? <StatusTag label='跟进' tone='bad' /> : null}
        <StatusTag label={STATUSES[item.status]} tone={statusTone(item.status)} />
      </View>
      {item.urgent ? <Text className='inbox-card__follow-up-note'>可能有孩子需要帮助，请马上处理</Text> : null}
      {item.followUp ? <Text className='inbox-card__follow-up-note'>提建议的人说还没有解决，请再看看</Text> : null}
      {item.deadline ? (
        <Text className={item.deadline.overdue ? 'inbox-card__follow-up-note' : 'muted'}>
          {inboxDeadlineText(item.deadline)}
        </Text>
      ) : null}
      {item.excerpt ? <Text className='inbox-card__excerpt'>{item.excerpt}</Text> : null}
      <Text className='muted'>
        {[
          item.mode === 'child' ? `小朋友${age ? ` ${age}` : ''}` : '居民',
          topicLabel(item.topic),
          place,
          chinaDateTime(item.createdAt, false)
        ].join(' · ')}
        {item.hasDrawing ? ' · 🎨画' : ''}
        {item.hasPhoto ? ' · 📷照片' : ''}
        {item.hasAudio ? ' · 🎤录音' : ''}
        {item.visibility !== 'visible'
          ? ` · ${item.visibility === 'pending_review' ? '待审核' : item.visibility === 'blocked' ? '未通过检测' : '已隐藏'}`
          : ''}
        {item.supportCount ? ` · 👍${item.supportCount}` : ''}
      </Text>
      {item.assigneeName ? (
        <Text className='muted inbox-card__assignee'>负责人：{item.assignedToMe ? '我' : item.assigneeName}</Text>
      ) : null}
    </View>
  )
}
