// 目标进展录入 (district admins): pick a 2026 target, enter its current value with the day it
// describes and its source; the 政策 tab and home show it. Nothing is overwritten: every value
// stays in the target's history below, with who entered it. Checked here by the same rules as the
// server (validateProgress), so each error shows beside its field; the save's id is kept until it
// succeeds, so a save sent again after a lost answer is stored once.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ChipGroup } from '../../components/ui/Chip'
import { ErrorState } from '../../components/ui/ErrorState'
import { StatusTag } from '../../components/ui/StatusTag'
import { newClientId } from '../../domain/ids'
import { chinaDate, chinaDateTime } from '../../domain/clock'
import { formatFigure, formatTarget, type StaffProgress } from '../../domain/policy/progress'
import { progressRequest, validateProgress, type ProgressForm } from '../../domain/policy/progress-validate'
import { policyCalls, useProgressHistory } from '../../data/policy'
import { useCalls } from '../../data/use-calls'
import { toast } from '../../services/feedback'
import { usePolicySummaryStore } from '../../stores/usePolicySummaryStore'
import { useTargetProgressStore } from '../../stores/useTargetProgressStore'
import { useStaffMe } from '../../stores/useSessionStore'
import { StaffOnly } from '../components/StaffOnly'
import { ProgressFields } from './ProgressFields'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const REFUSAL = '只有区级管理员可以录入目标进展。有新的数值和来源，请交给区级管理员录入。'
const emptyForm = (today: string): ProgressForm => ({ value: '', asOf: today, document: '', office: '', url: '' })
const newSaveId = () => newClientId('progress', Date.now())

function HistoryRow({ e }: { e: StaffProgress }) {
  return (
    <View className='staff-progress__entry' ariaRole='listitem'>
      <View className='staff-progress__entry-head'>
        <Text className='staff-progress__entry-value'>{formatFigure(e.value, e.unit)}</Text>
        <Text className='muted'>截至 {e.asOf}</Text>
        {e.demo ? <StatusTag label='演示数据' tone='waiting' /> : null}
      </View>
      <Text className='muted'>
        来源：{e.source.office} · {e.source.document}
        {e.source.url ? ` · ${e.source.url}` : ''}
      </Text>
      <Text className='muted'>
        {e.enteredByName} 录入于 {chinaDateTime(e.enteredAt)}
      </Text>
    </View>
  )
}

export default function StaffProgressPage() {
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const targets = usePolicySummaryStore((s) => s.value.targets)
  const refreshBoard = useTargetProgressStore((s) => s.refresh)
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '')
  const target = targets.find((t) => t.id === targetId)
  const [form, setForm] = useState<ProgressForm>(() => emptyForm(today))
  const [saveId, setSaveId] = useState(newSaveId)
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const [saved, setSaved] = useState<StaffProgress | null>(null)
  const history = useProgressHistory(me?.can.recordProgress ? targetId : null)
  const calls = useCalls(policyCalls)
  const { busy } = calls

  const pick = (id: string) => {
    setTargetId(id)
    clear()
    setSaved(null)
  }

  const save = async () => {
    setSaved(null)
    if (!target) return
    const request = progressRequest(saveId, target.id, form)
    const checked = validateProgress(request, target, today)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const r = await calls.recordProgress(request)
    if (!r.ok) return refuse(r.error, (f) => f in form)
    setSaved(r.data.entry)
    setForm(emptyForm(today))
    setSaveId(newSaveId())
    history.setData((d) => ({
      entries: [r.data.entry, ...d.entries.filter((e) => e.id !== r.data.entry.id)]
    }))
    void refreshBoard()
    toast('已保存')
  }

  return (
    <StaffOnly className='staff-progress' me={me} may='recordProgress' refusal={REFUSAL}>
      <Text className='muted staff-progress__intro'>
        录入 2026
        年目标的当前数值，写明数据日期和来源；政策页和首页会显示最新日期的数值。已录入的数值不会被修改：录错了就再录一条同一日期的，新的一条为准，历史都保留。
      </Text>
      <ChipGroup
        label='选择目标'
        showLabel
        wrap
        className='staff-progress__targets'
        options={targets.map((t) => ({ key: t.id, label: t.label }))}
        isOn={(k) => k === targetId}
        onPick={pick}
      />
      {target ? (
        <Card title={`${target.label}（目标 ${formatTarget(target)}）`} className='staff-progress__form'>
          <ProgressFields
            target={target}
            form={form}
            today={today}
            errors={errors}
            onChange={(patch) => setForm({ ...form, ...patch })}
          />
          {error ? <ErrorState message={error} /> : null}
          {saved ? (
            <View ariaRole='alert'>
              <Text className='staff-progress__saved'>
                已保存：{formatFigure(saved.value, saved.unit)}（截至 {saved.asOf}），政策页和首页会显示。
              </Text>
            </View>
          ) : null}
          <Button variant='primary' block className='staff-progress__save' busy={busy} onClick={() => void save()}>
            保存当前数值
          </Button>
        </Card>
      ) : null}
      <Text className='section-title'>录入历史</Text>
      <LoadState
        status={history.status}
        error={history.error}
        onRetry={history.error?.code === 'FORBIDDEN' ? undefined : history.reload}
        empty={(history.data?.entries.length ?? 0) === 0}
        emptyText='这个目标还没有录入过数值，政策页显示“暂无数据”。'
      />
      <View className='staff-progress__history' ariaRole='list'>
        {(history.data?.entries ?? []).map((e) => (
          <HistoryRow key={e.id} e={e} />
        ))}
      </View>
    </StaffOnly>
  )
}
