// 处理期限 (district admins): how many working days 受理 and 答复 may take. Working days follow
// China's public holidays and 调休 (src/domain/calendar); a change applies at once to every open
// step and goes into the audit log. Checked here by the same rule as the server
// (validateDeadlineLimits), so the error shows beside its field.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { chinaDateTime } from '../../domain/clock'
import type { DeadlineSettings } from '../../domain/staff/api'
import { DEADLINE_DAYS, DISTRICT_ESCALATION_DAYS, validateDeadlineLimits } from '../../domain/staff/deadlines'
import { staffCalls, useDeadlines } from '../../data/staff'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import './index.scss'

const INTRO =
  '工作日按国家法定节假日和调休安排计算（调休上班的周六、周日算工作日）。修改后对所有未完成的步骤立即生效，并记入操作记录。' +
  `逾期后每天的定时任务督办到街道，再过 ${DISTRICT_ESCALATION_DAYS} 个工作日仍未完成督办到区。`

type Form = { acceptDays: string; answerDays: string }
const toForm = (s: DeadlineSettings): Form => ({ acceptDays: String(s.acceptDays), answerDays: String(s.answerDays) })

export default function StaffDeadlinesPage() {
  const query = useDeadlines()
  const calls = useCalls(staffCalls)
  const [form, setForm] = useState<Form | null>(null)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const [error, setError] = useState<string | null>(null)
  const settings = query.data

  useEffect(() => {
    if (settings && !form) setForm(toForm(settings))
  }, [settings, form])

  const save = async () => {
    if (!form) return
    setError(null)
    const checked = validateDeadlineLimits(form)
    if (!checked.ok) return setErrors({ [checked.field]: checked.message })
    setErrors({})
    const r = await calls.saveDeadlines({ limits: checked.value })
    if (!r.ok) {
      if (r.error.field === 'acceptDays' || r.error.field === 'answerDays')
        setErrors({ [r.error.field]: r.error.message })
      else setError(r.error.message)
      return
    }
    query.setData(() => r.data)
    setForm(toForm(r.data))
    toast('已保存')
  }

  const field = (key: keyof Form, label: string, hint: string) => (
    <Field
      label={label}
      type='number'
      value={form?.[key] ?? ''}
      maxLength={String(DEADLINE_DAYS.max).length}
      hint={hint}
      error={errors[key]}
      className={`staff-deadlines__${key}`}
      onInput={(v) => form && setForm({ ...form, [key]: v })}
    />
  )

  return (
    <PageShell className='staff-deadlines'>
      <Text className='muted staff-deadlines__intro'>{INTRO}</Text>
      <LoadState status={query.status} error={query.error} onRetry={query.reload} empty={!settings} />
      {form ? (
        <Card title='每一步的期限（工作日）' className='staff-deadlines__form'>
          {field('acceptDays', '受理期限', `提交后几个工作日内受理（${DEADLINE_DAYS.min}—${DEADLINE_DAYS.max}）`)}
          {field('answerDays', '答复期限', `受理后几个工作日内答复（${DEADLINE_DAYS.min}—${DEADLINE_DAYS.max}）`)}
          {error ? <ErrorState message={error} /> : null}
          <Button
            variant='primary'
            block
            busy={calls.busy}
            className='staff-deadlines__save'
            onClick={() => void save()}
          >
            保存期限
          </Button>
        </Card>
      ) : null}
      {settings?.updatedAt ? (
        <View>
          <Text className='muted'>
            {settings.updatedBy} 修改于 {chinaDateTime(settings.updatedAt)}
          </Text>
        </View>
      ) : settings ? (
        <Text className='muted'>还没有设置过，正在使用默认期限。</Text>
      ) : null}
    </PageShell>
  )
}
