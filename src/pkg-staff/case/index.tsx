// One suggestion as a worker sees it: content, drawing, photos and recording, where, history, and actions.
import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { CaseActions } from '../components/CaseActions'
import { CaseDeadlines } from '../components/CaseDeadlines'
import { CaseRecording } from '../components/CaseRecording'
import { RecordLoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { PublishReview } from '../components/PublishReview'
import { ReplyCard } from '../components/ReplyCard'
import { ReplyComposer } from '../components/ReplyComposer'
import { UrgentCase } from '../components/UrgentCase'
import { transferWords } from '../../domain/staff/routing'
import { CaseLocation } from './CaseLocation'
import { CaseTeam } from './CaseTeam'
import { CaseTransfer } from './CaseTransfer'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import { FOLLOW_UP_ANSWERS, isOpenFollowUp } from '../../domain/suggestions/followup'
import { AGE_GROUPS, HISTORY_EVENTS, STATUSES, suggestionTitle, topicLabel } from '../../domain/suggestions/model'
import { statusTone } from '../../domain/suggestions/rules'
import { useStaffCase } from '../../data/staff'
import { useStaffImages } from '../../data/images'
import { chinaDateTime } from '../../domain/clock'
import './index.scss'
import { imageProps } from '../../components/a11y'

export default function StaffCasePage() {
  const { params } = useRouter()
  const query = useStaffCase(params.id ?? '')
  const item = query.data
  const images = useStaffImages(item)
  // Back from the moderation page: its changes (and the new revision) are shown.
  useReloadOnReturn(query.reload)

  if (!item) {
    return (
      <PageShell>
        <RecordLoadState query={query} />
      </PageShell>
    )
  }

  const age = AGE_GROUPS.find((a) => a.key === item.ageGroup)?.label
  return (
    <PageShell className='staff-case'>
      <View className='staff-case__head'>
        <Text className='staff-case__title'>{suggestionTitle(item)}</Text>
        {item.urgent ? <StatusTag label='紧急' tone='bad' /> : null}
        <StatusTag label={STATUSES[item.status]} tone={statusTone(item.status)} />
      </View>
      {item.urgent ? <UrgentCase item={item} onChanged={(next) => query.setData(() => next)} /> : null}
      <Text className='muted'>
        {[
          item.mode === 'child' ? `小朋友${age ? ` ${age}` : ''}` : item.onBehalfOfChild ? '家长（替孩子）' : '居民',
          topicLabel(item.topic),
          [item.streetName, item.communityName].filter(Boolean).join(' ') || '未填位置',
          ...(item.department ? [`转办：${item.department.name}`] : []),
          chinaDateTime(item.createdAt)
        ].join(' · ')}
        {item.channel ? ` · 代录（${item.channel}）` : ''} · 👍{item.supportCount}
      </Text>
      <CaseDeadlines item={item} />
      {item.text ? <Text className='staff-case__text'>{item.text}</Text> : null}
      {images.drawing ? (
        <Image
          className='staff-case__image'
          src={images.drawing}
          mode='widthFix'
          {...imageProps(`孩子的画：${topicLabel(item.topic)}`)}
        />
      ) : null}
      {images.photos.map((src, i) => (
        <Image key={src} className='staff-case__image' src={src} mode='widthFix' {...imageProps(`照片 ${i + 1}`)} />
      ))}
      <CaseRecording item={item} src={images.audio} onChanged={(next) => query.setData(() => next)} />
      {item.location ? <CaseLocation location={item.location} /> : null}

      {item.followUps?.length ? (
        <Card
          tone='warm'
          className='staff-case__follow-ups'
          title={isOpenFollowUp(item) ? '跟进：提建议的人说还没有解决' : '解决了吗'}
        >
          {item.followUps.map((f) => (
            <View key={f.at}>
              <Text className='staff-case__follow-up'>
                {chinaDateTime(f.at, false)} {FOLLOW_UP_ANSWERS[f.answer]}
                {f.text ? `：${f.text}` : ''}
                {f.drawingFileId ? '（附一幅画）' : ''}
              </Text>
              {f.drawingFileId && images.followUpDrawings[f.drawingFileId] ? (
                <Image
                  className='staff-case__image staff-case__follow-up-drawing'
                  src={images.followUpDrawings[f.drawingFileId]}
                  mode='widthFix'
                  {...imageProps(`孩子的画：${FOLLOW_UP_ANSWERS[f.answer]}`)}
                />
              ) : null}
            </View>
          ))}
        </Card>
      ) : null}
      {/* The status steps first, then the reply: most visits move a case along. */}
      <CaseActions item={item} onChanged={(next) => query.setData(() => next)} />
      <ReplyComposer item={item} onChanged={(next) => query.setData(() => next)} />
      <CaseTransfer item={item} onTransferred={(next) => query.setData(() => next)} />
      <CaseTeam item={item} onChanged={(next) => query.setData(() => next)} />
      <PublishReview item={item} onChanged={(next) => query.setData(() => next)} />
      {item.urgent ? null : <UrgentCase item={item} onChanged={(next) => query.setData(() => next)} />}
      <Button
        variant='text'
        className='staff-case__moderate'
        onClick={() => Taro.navigateTo({ url: `/pkg-staff/moderate/index?id=${encodeURIComponent(item.id)}` })}
      >
        审核与隐私：隐藏、隐去、移除图片、审核记录 ›
      </Button>

      <Text className='section-title'>处理记录</Text>
      {item.replies.map((r) => (
        <ReplyCard key={r.id ?? r.at} item={item} reply={r} onChanged={(next) => query.setData(() => next)} />
      ))}
      {item.history.map((h) => (
        <Text key={`${h.status}-${h.at}`} className='staff-case__event'>
          {chinaDateTime(h.at)}{' '}
          {h.event === 'transferred' ? transferWords(h, false) : h.event ? HISTORY_EVENTS[h.event] : STATUSES[h.status]}{' '}
          · {h.by === 'author' ? '提交人' : h.by}
          {h.note && h.event !== 'transferred' ? ` · ${h.note}` : ''}
        </Text>
      ))}
    </PageShell>
  )
}
