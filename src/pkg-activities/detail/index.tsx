// 活动详情: what, when, where, for which ages, the price (免费 unless staff typed a fee), how to
// sign up, places left; a guardian signs a child up with one tap after the form (a seat, or the
// waitlist when full), sees how it stands, adds it to the phone's calendar and cancels. A second tap or a retry is the same sign-up.
// A change or cancellation by staff comes as a subscribe message: asked for in the tap, before
// anything is awaited (WeChat refuses it otherwise).
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { imageProps } from '../../components/a11y'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { seatsText } from '../../components/ActivityCard'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { StatusTag } from '../../components/ui/StatusTag'
import { SIGNUP_CONSENT_VERSION } from '../../domain/activities/consent'
import type { MySignUp, PublicActivity } from '../../domain/activities/egress'
import {
  ACTIVITY_STATUS_LABELS,
  activityWhen,
  ageLabel,
  feeLabel,
  hasEnded,
  isCancelled,
  isOpenForSignUp,
  myStandingLabel,
  standingLabel
} from '../../domain/activities/model'
import { validateSignUp } from '../../domain/activities/signup-validate'
import { activityCalls, useActivity } from '../../data/activities'
import { useCalls } from '../../data/use-calls'
import { calendarEventOf } from '../../domain/activities/calendar'
import { reminderLine } from '../../domain/activities/reminder'
import { addToCalendar, CALENDAR_ACTION, type CalendarOutcome } from '../../services/calendar'
import { confirm, toast } from '../../services/feedback'
import { imageSrc } from '../../services/upload'
import { askForActivityMessages } from '../../services/subscribe'
import { useSessionStore } from '../../stores/useSessionStore'
import { SignUpForm, type SignUpFields } from './SignUpForm'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const CALENDAR_OUTCOMES: Record<Exclude<CalendarOutcome, 'cancelled'>, string> = {
  added: '已加到手机日历，活动前一天会提醒',
  downloaded: '日历文件已下载，用手机日历打开即可',
  denied: '没有日历权限：可以在设置里打开“日历”',
  failed: '没能加到日历，请稍后再试'
}

const EMPTY: SignUpFields = { childAge: '', guardianName: '', guardianPhone: '', agreed: false }

function standingLine(a: PublicActivity, m: MySignUp): string {
  return m.standing === 'waitlisted' && !isCancelled(a)
    ? `${standingLabel(m)}：有人取消时按顺序补上`
    : myStandingLabel(a, m)
}

function Facts({ a }: { a: PublicActivity }) {
  return (
    <Card title={a.title}>
      {a.coverUrl ? (
        <Image
          className='activity-detail__cover'
          src={imageSrc(a.coverUrl)}
          mode='aspectFill'
          {...imageProps(`${a.title}的封面`)}
        />
      ) : null}
      {a.status !== 'published' ? (
        <StatusTag label={ACTIVITY_STATUS_LABELS[a.status]} tone={a.status === 'cancelled' ? 'bad' : 'waiting'} />
      ) : null}
      {a.notice ? <Text className='activity-detail__notice'>{a.notice}</Text> : null}
      <Text className='activity-detail__line'>时间：{activityWhen(a)}</Text>
      <Text className='activity-detail__line'>
        地点：{a.place.name}
        {a.place.address && a.place.address !== a.place.name ? `（${a.place.address}）` : ''}
      </Text>
      <Text className='activity-detail__line'>年龄：{ageLabel(a)}</Text>
      <Text className='activity-detail__line'>费用：{feeLabel(a.fee)}</Text>
      {isCancelled(a) ? null : (
        <Text className='activity-detail__line'>
          名额：{a.capacity} 人，{seatsText(a)}
        </Text>
      )}
      <Text className='activity-detail__text'>{a.description}</Text>
      {a.howToSignUp ? <Text className='activity-detail__text'>报名须知：{a.howToSignUp}</Text> : null}
    </Card>
  )
}

/** The fields the sign-up form shows (a refusal about another is said for the whole form). */
const SIGN_UP_FIELDS = ['childAge', 'guardianName', 'guardianPhone', 'consentVersion']
export default function ActivityDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : null
  const query = useActivity(id)
  const calls = useCalls(activityCalls)
  const [form, setForm] = useState<SignUpFields>(EMPTY)
  const { errors, setErrors, error, setError, refuse, clear } = useFormErrors()
  const a = query.data?.activity
  const mine = query.data?.mine ?? null

  const signUp = async () => {
    if (!a) return
    // In the tap, before any await: changes and cancellations, and the day-before reminder.
    const me = useSessionStore.getState().me
    void askForActivityMessages([me?.activityTemplateId, me?.activityReminderTemplateId])
    const request = {
      activityId: a.id,
      childAge: form.childAge,
      guardianName: form.guardianName,
      guardianPhone: form.guardianPhone,
      consentVersion: form.agreed ? SIGNUP_CONSENT_VERSION : 0
    }
    const checked = validateSignUp(request, a)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const r = await calls.signUp(request)
    if (!r.ok) return refuse(r.error, (f) => SIGN_UP_FIELDS.includes(f))
    query.setData(() => ({ activity: r.data.activity, mine: r.data.mine }))
    toast(r.data.mine?.standing === 'confirmed' ? '报名成功' : '已候补')
  }

  // First thing in the tap: WeChat adds to the calendar only from a tap.
  const addToPhone = async (activity: PublicActivity) => {
    const outcome = await addToCalendar(calendarEventOf(activity))
    if (outcome !== 'cancelled') toast(CALENDAR_OUTCOMES[outcome])
  }

  const cancel = async () => {
    if (!a || !mine) return
    // One tap must not give a seat away: it goes to the first on the waitlist at once.
    const sure = await confirm({
      title: '取消报名？',
      content:
        mine.standing === 'confirmed'
          ? '名额会马上让给候补的人；想再参加要重新报名，名额满了只能候补。'
          : '取消后不再候补；想再参加要重新报名。',
      confirmText: '取消报名',
      // Not 取消: beside 取消报名 it would read as the same thing.
      cancelText: '保留报名'
    })
    if (!sure) return
    setError(null)
    const r = await calls.cancelSignUp({ activityId: a.id })
    if (!r.ok) return setError(r.error.message)
    query.setData(() => r.data)
    toast('已取消报名')
  }

  const active = mine && mine.standing !== 'cancelled'
  const reminder = a && mine ? reminderLine(a, mine.standing, Date.now()) : null
  const open = a ? isOpenForSignUp(a, Date.now()) : false
  return (
    <PageShell className='activity-detail'>
      <LoadState
        status={query.status}
        error={id ? query.error : { code: 'NOT_FOUND', message: '没有找到这个活动' }}
        onRetry={query.error?.code === 'NOT_FOUND' ? undefined : query.reload}
        empty={!a}
      />
      {a ? <Facts a={a} /> : null}
      {a && active ? (
        <Card title='我的报名'>
          <Text className='activity-detail__standing'>{standingLine(a, mine)}</Text>
          <Text className='muted'>
            孩子 {mine.childAge} 岁 · {mine.guardianName} · {mine.guardianPhone}
          </Text>
          {reminder ? <Text className='activity-detail__reminder'>{reminder}</Text> : null}
          {mine.standing === 'confirmed' && !hasEnded(a, Date.now()) && !isCancelled(a) ? (
            <Button block className='activity-detail__calendar' onClick={() => void addToPhone(a)}>
              {CALENDAR_ACTION}
            </Button>
          ) : null}
          {open ? (
            <Button block busy={calls.busy} onClick={() => void cancel()}>
              取消报名
            </Button>
          ) : null}
        </Card>
      ) : null}
      {a && !active && open ? (
        <Card title={a.seatsLeft > 0 ? '报名' : '名额已满，报名候补'}>
          <SignUpForm
            form={form}
            errors={errors}
            busy={calls.busy}
            full={a.seatsLeft <= 0}
            onChange={(patch) => setForm({ ...form, ...patch })}
            onSubmit={() => void signUp()}
          />
        </Card>
      ) : null}
      {a && !active && !open ? (
        <View>
          <Text className='muted'>
            {a.status === 'cancelled' ? '活动已取消，不能报名。' : '活动已经开始，不能报名了。'}
          </Text>
        </View>
      ) : null}
      {error ? <ErrorState message={error} /> : null}
    </PageShell>
  )
}
