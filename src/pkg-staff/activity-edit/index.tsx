// 发布活动 / 修改活动: staff fill in an activity (checked here by the same rules as the server,
// validateActivity, each error beside its field) and publish it; opened with ?id= they change it or
// cancel it, with a few words that go to every parent signed up (validateNotice). The publish
// form's id is kept until it succeeds, so a publish sent again after a lost answer is stored once.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import type { NoticeOutcome } from '../../domain/activities/api'
import type { StaffActivity } from '../../domain/activities/egress'
import { activityFormOf, emptyActivityForm } from '../../domain/activities/form'
import { activityWhen, isEditable } from '../../domain/activities/model'
import {
  ACTIVITY_LIMITS,
  validateActivity,
  validateNotice,
  type ActivityForm,
  type FieldError as Err
} from '../../domain/activities/validate'
import { newClientId } from '../../domain/ids'
import { activityCalls, useStaffActivities } from '../../data/activities'
import { useCalls } from '../../data/use-calls'
import { confirm, toast } from '../../services/feedback'
import { ActivityFields } from './ActivityFields'
import './index.scss'

const newFormId = () => newClientId('act', Date.now())
const noticeSent = (n: NoticeOutcome) => (n.notified ? `，已通知 ${n.notified} 位报名的家长` : '')

const signupsUrl = (id: string) => `/pkg-staff/activity-signups/index?id=${encodeURIComponent(id)}`

export default function ActivityEditPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : null
  const query = useStaffActivities()
  const existing = id ? (query.data?.items.find((a) => a.id === id) ?? null) : null
  const [form, setForm] = useState<ActivityForm>(() => emptyActivityForm(newFormId()))
  const [notice, setNotice] = useState('')
  const [errors, setErrors] = useState<Err[]>([])
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  // A new activity just published: its result in place of the form, so nobody publishes it twice.
  const [published, setPublished] = useState<StaffActivity | null>(null)
  const calls = useCalls(activityCalls)

  // The form starts from the stored activity, or in the staff member's own street and community.
  const scope = query.data?.scope
  useEffect(() => {
    if (existing) setForm(activityFormOf(existing))
    else if (!id && scope)
      setForm((f) => ({
        ...f,
        street: f.street || scope.street?.code || '',
        community: f.community || (scope.communities.length === 1 ? scope.communities[0].code : '')
      }))
  }, [existing, id, scope])

  const showServerError = (e: { message: string; field?: string }) => {
    if (e.field && (e.field in form || e.field === 'notice')) setErrors([{ field: e.field, message: e.message }])
    else setError(e.message)
  }

  const afterSave = (a: StaffActivity, message: string) => {
    setDone(message)
    toast(message.split('，')[0])
    query.setData((d) => ({ ...d, items: [a, ...d.items.filter((x) => x.id !== a.id)] }))
  }

  const save = async () => {
    setError(null)
    setDone(null)
    const checked = validateActivity(form, Date.now(), existing ? existing.capacity - existing.seatsLeft : 0)
    const noticeChecked = existing ? validateNotice(notice, 'change') : null
    const all = [
      ...(checked.ok ? [] : checked.errors),
      ...(noticeChecked && !noticeChecked.ok ? noticeChecked.errors : [])
    ]
    setErrors(all)
    if (all.length) return
    if (!existing) {
      const r = await calls.publish({ form })
      if (!r.ok) return showServerError(r.error)
      afterSave(r.data.activity, `已发布：${r.data.activity.title}`)
      setPublished(r.data.activity)
      setForm(emptyActivityForm(newFormId(), form.street, form.community))
      return
    }
    const r = await calls.change({ id: existing.id, rev: existing.rev, form, notice })
    if (!r.ok) return showServerError(r.error)
    afterSave(r.data.activity, `已保存修改${noticeSent(r.data.notice)}`)
    setNotice('')
  }

  const cancel = async () => {
    if (!existing) return
    setError(null)
    const checked = validateNotice(notice, 'cancel')
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    const yes = await confirm({
      title: '取消这个活动？',
      content: `“${existing.title}”将显示为已取消，已报名的家长会收到：${checked.value}`,
      confirmText: '取消活动',
      cancelText: '不取消'
    })
    if (!yes) return
    const r = await calls.cancel({ id: existing.id, rev: existing.rev, notice })
    if (!r.ok) return showServerError(r.error)
    afterSave(r.data.activity, `已取消活动${noticeSent(r.data.notice)}`)
    setNotice('')
  }

  if (id && !existing)
    return (
      <PageShell className='activity-edit'>
        <LoadState
          status={query.status}
          error={query.error}
          onRetry={query.reload}
          empty
          emptyText='没有找到这个活动，可能不在你负责的范围内'
        />
      </PageShell>
    )

  if (published && !existing)
    return (
      <PageShell className='activity-edit'>
        <Card tone='green' className='activity-edit__published'>
          <View ariaRole='alert'>
            <Text className='activity-edit__done'>{`已发布：${published.title}`}</Text>
          </View>
          <Text>{activityWhen(published)} · 家长现在就能看到并报名。</Text>
          <Button block onClick={() => void Taro.navigateTo({ url: signupsUrl(published.id) })}>
            报名名单
          </Button>
          <Button
            block
            variant='secondary'
            className='activity-edit__another'
            onClick={() => {
              setPublished(null)
              setDone(null)
            }}
          >
            再发布一个活动
          </Button>
        </Card>
      </PageShell>
    )

  const editable = !existing || isEditable(existing, Date.now())
  return (
    <PageShell className='activity-edit'>
      <Text className='muted activity-edit__intro'>
        {existing
          ? `${activityWhen(existing)} · 已报名 ${existing.capacity - existing.seatsLeft} 人，候补 ${existing.waitlisted} 人。修改或取消时写一句说明，会发给所有报名的家长。`
          : '发布后，家长在首页的“本周活动”（在本周的活动）、“我的”→“我的活动”和活动地点的页面上看到并报名。费用和地址只写确认过的。'}
      </Text>
      {editable ? (
        <Card title={existing ? '修改活动' : '发布新活动'}>
          <ActivityFields
            form={form}
            coverUrl={existing?.coverUrl}
            errors={errors}
            onChange={(patch) => setForm({ ...form, ...patch })}
          />
          {existing ? (
            <Field
              label='通知家长的话（修改或取消时必填）'
              className='activity-edit__notice'
              hint='如 改到下午两点开始'
              multiline
              maxLength={ACTIVITY_LIMITS.notice}
              value={notice}
              error={errors.find((e) => e.field === 'notice')?.message}
              onInput={setNotice}
            />
          ) : null}
          {error ? <ErrorState message={error} /> : null}
          <Button variant='primary' block className='activity-edit__save' busy={calls.busy} onClick={() => void save()}>
            {existing ? '保存修改并通知家长' : '发布活动'}
          </Button>
          {existing ? (
            <Button block className='activity-edit__cancel' busy={calls.busy} onClick={() => void cancel()}>
              取消这个活动
            </Button>
          ) : null}
        </Card>
      ) : (
        <Text className='activity-edit__done'>这个活动已取消或已结束，不能再修改。</Text>
      )}
      {done ? (
        <View ariaRole='alert'>
          <Text className='activity-edit__done'>{done}</Text>
        </View>
      ) : null}
      {existing ? (
        <Button
          variant='text'
          className='activity-edit__signups'
          onClick={() => void Taro.navigateTo({ url: signupsUrl(existing.id) })}
        >
          报名名单 ›
        </Button>
      ) : null}
    </PageShell>
  )
}
