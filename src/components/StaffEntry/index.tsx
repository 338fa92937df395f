// The staff entry on the 我的 tab: 工作台 with how many new suggestions wait in the caller's area,
// 全部工作工具 (every other staff page), and 订阅新建议提醒 (new visit requests in their area too).
// WeChat's subscriptions are one-time: each accepted request allows one message, so the button
// says how many are left. The request is made in the tap, before any await (WeChat refuses it
// otherwise); the server is told afterwards.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useReloadOnReturn } from '../../hooks/useReloadOnReturn'
import { useState } from 'react'
import { useCalls } from '../../data/use-calls'
import { staffEntryCalls, useWaiting } from '../../data/staff-entry'
import { toast } from '../../services/feedback'
import { askForNewSuggestionNotices } from '../../services/subscribe'
import { Button } from '../ui/Button'
import { CardRow } from '../ui/Card'
import './index.scss'

interface Props {
  roleLabel: string
  /** From whoami: the 新建议提醒 template, when the server sends them. */
  noticeTemplateId?: string
  /** The caller arranges 预约参观 (a new request is told with the same template). */
  arrangesVisits?: boolean
}

const OUTCOME_TEXT = {
  rejected: '没有订阅：可以在微信设置里允许后再试',
  unavailable: '只能在微信小程序里订阅提醒'
} as const

export function StaffEntry({ roleLabel, noticeTemplateId, arrangesVisits = false }: Props) {
  const waiting = useWaiting()
  const calls = useCalls(staffEntryCalls)
  const { busy } = calls
  const [asking, setAsking] = useState(false)
  // Back on this tab (after handling some): the count again.
  useReloadOnReturn(waiting.reload)
  const count = waiting.data?.submitted
  const credits = waiting.data?.noticeCredits ?? 0

  const subscribe = () => {
    // In the tap, before any await.
    const asked = askForNewSuggestionNotices(noticeTemplateId)
    setAsking(true)
    void asked.then(async (outcome) => {
      if (outcome !== 'accepted') {
        setAsking(false)
        return toast(OUTCOME_TEXT[outcome])
      }
      const r = await calls.subscribeNotice({ accepted: true })
      setAsking(false)
      if (!r.ok) return toast(r.error.message)
      waiting.setData((d) => ({ ...d, noticeCredits: r.data.noticeCredits }))
      toast('已订阅：有新建议时提醒你一次')
    })
  }

  return (
    <View className='staff-entry-card'>
      <CardRow
        className='mine__link mine__staff'
        onClick={() => Taro.navigateTo({ url: '/pkg-staff/inbox/index' })}
        end={count ? <Text className='staff-entry-card__count'>{count} 条待受理 ›</Text> : '›'}
      >
        <Text>工作台：受理建议（{roleLabel}）</Text>
      </CardRow>
      <CardRow
        className='mine__link mine__tools'
        onClick={() => Taro.navigateTo({ url: '/pkg-staff/tools/index' })}
        end='›'
      >
        <Text>全部工作工具</Text>
      </CardRow>
      {waiting.error ? (
        <Text className='muted staff-entry-card__note'>待受理数量暂时看不到：{waiting.error.message}</Text>
      ) : null}
      {noticeTemplateId ? (
        <View className='staff-entry-card__notice'>
          <Text className='muted staff-entry-card__notice-text'>
            {credits > 0
              ? `新建议提醒：还能提醒你 ${credits} 次（${arrangesVisits ? '建议、参观预约各' : ''}每小时最多一次）`
              : `有新建议${arrangesVisits ? '或参观预约' : ''}时，用微信提醒你（每次订阅提醒一次）`}
          </Text>
          <Button size='small' className='staff-entry-card__subscribe' busy={asking || busy} onClick={subscribe}>
            {credits > 0 ? '再订阅一次' : '订阅新建议提醒'}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
