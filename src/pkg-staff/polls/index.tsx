// 快问快答 (street and district admins): write a poll (checked by the same rules as the server, so
// each error shows beside its field), save it as a draft, 开始 to take answers from its first day,
// 提前结束 to stop early. Results show once it has closed (the citizens' page shows them too). The
// save keeps its id until it succeeds, so a save sent again after a lost answer is stored once.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ErrorState } from '../../components/ui/ErrorState'
import { LoadState } from '../../components/LoadState'
import { StaffOnly } from '../components/StaffOnly'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { StatusTag } from '../../components/ui/StatusTag'
import { DAY_MS, chinaDate } from '../../domain/clock'
import { newClientId } from '../../domain/ids'
import type { StaffPoll } from '../../domain/polls/egress'
import { AUDIENCES, closeRefusal, PICTOGRAMS, POLL_LIMITS, POLL_STATUSES } from '../../domain/polls/model'
import { validatePoll } from '../../domain/polls/validate'
import { STREETS } from '../../domain/streets'
import { pollCalls, useStaffPolls } from '../../data/polls'
import { useCalls } from '../../data/use-calls'
import { confirm, toast } from '../../services/feedback'
import { useStaffMe } from '../../stores/useSessionStore'
import { PollFields, type PollForm } from './PollFields'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const emptyForm = (today: string, street: string): PollForm => ({
  question: '',
  questionForChildren: '',
  audience: 'children',
  street,
  startsOn: today,
  endsOn: chinaDate(Date.parse(`${today}T12:00:00+08:00`) + (POLL_LIMITS.defaultDays - 1) * DAY_MS),
  options: [
    { picture: 'park', label: PICTOGRAMS.park.name },
    { picture: 'library', label: PICTOGRAMS.library.name }
  ],
  councilRoundId: null
})
const newSaveId = () => newClientId('poll', Date.now())
const TONES = { draft: 'neutral', open: 'active', closed: 'good' } as const

function PollRow({
  poll,
  busy,
  onOpen,
  onClose
}: {
  poll: StaffPoll
  busy: boolean
  onOpen: () => void
  onClose: () => void
}) {
  return (
    <View className='staff-polls__poll' ariaRole='listitem'>
      <View className='staff-polls__head'>
        <StatusTag label={POLL_STATUSES[poll.status]} tone={TONES[poll.status]} />
        <Text className='staff-polls__question'>{poll.question}</Text>
      </View>
      <Text className='muted'>
        问{AUDIENCES[poll.audience]} · {poll.scopeLabel} · {poll.startsOn} 至 {poll.endsOn} · {poll.createdByName} 发起
      </Text>
      <Text className='muted'>选项：{poll.options.map((o) => o.label).join('、')}</Text>
      {poll.councilRound ? <Text className='muted'>为{poll.councilRound}儿童议事会而问</Text> : null}
      <Text className='staff-polls__answered'>已有 {poll.answered} 人参加</Text>
      {poll.results ? (
        <Text className='staff-polls__results'>
          结果：{poll.options.map((o, i) => `${o.label} ${poll.results!.counts[i]} 票`).join('，')}
        </Text>
      ) : null}
      {poll.manageable && poll.status !== 'closed' ? (
        <ButtonRow>
          {poll.status === 'draft' && !poll.openedAt ? (
            <Button variant='primary' size='small' className='staff-polls__open' busy={busy} onClick={onOpen}>
              开始
            </Button>
          ) : null}
          {!closeRefusal(poll) ? (
            <Button size='small' className='staff-polls__close' busy={busy} onClick={onClose}>
              提前结束
            </Button>
          ) : null}
        </ButtonRow>
      ) : null}
    </View>
  )
}

const REFUSAL = '快问快答由街道管理员和区级管理员发起；想问大家一个问题，可以请他们发起。'

export default function StaffPollsPage() {
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const district = me?.role === 'district_admin'
  const own = me?.scope.street?.code ?? ''
  const scopes = district
    ? [{ key: '', label: '全区' }, ...STREETS.map((s) => ({ key: s.code, label: `${s.name}街道` }))]
    : me?.scope.street
      ? [{ key: own, label: `${me.scope.street.name}街道` }]
      : []
  const [form, setForm] = useState<PollForm>(() => emptyForm(today, own))
  const [saveId, setSaveId] = useState(newSaveId)
  const { errors, setErrors, error, setError, refuse, clear } = useFormErrors()
  const polls = useStaffPolls(me?.can.runPolls === true)
  const calls = useCalls(pollCalls)
  const street = district ? form.street : own

  const replace = (poll: StaffPoll) =>
    polls.setData((d) => ({ ...d, polls: [poll, ...d.polls.filter((p) => p.id !== poll.id)] }))

  const save = async () => {
    const request = { ...form, street: street || null, id: saveId }
    const checked = validatePoll(request, today)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const r = await calls.createPoll({ poll: request })
    if (!r.ok) return refuse(r.error, (f) => f.split('.')[0] in form)
    replace(r.data.poll)
    setForm(emptyForm(today, own))
    setSaveId(newSaveId())
    toast('已保存，点“开始”后大家就能投票')
  }

  const step = async (poll: StaffPoll, to: 'open' | 'close') => {
    if (to === 'close') {
      const sure = await confirm({
        title: '提前结束投票？',
        content: '结束后不能再投票，结果会公开。',
        confirmText: '结束'
      })
      if (!sure) return
    }
    const r = await (to === 'open' ? calls.openPoll({ id: poll.id }) : calls.closePoll({ id: poll.id }))
    if (!r.ok) return setError(r.error.message)
    replace(r.data.poll)
    toast(to === 'open' ? '已开始' : '已结束，结果已公开')
  }

  return (
    <StaffOnly className='staff-polls' me={me} may='runPolls' refusal={REFUSAL}>
      <Text className='muted staff-polls__intro'>
        向小朋友或家长问一个问题，给 2–5 个带图的选项。每人只能投一次；投票结束后才公开结果，只保留票数。
      </Text>
      <Card title='发起新投票' className='staff-polls__form'>
        <PollFields
          form={{ ...form, street }}
          scopes={scopes}
          councilRound={polls.data?.councilRound}
          today={today}
          errors={errors}
          onChange={(patch) => setForm({ ...form, ...patch })}
        />
        {error ? <ErrorState message={error} /> : null}
        <Button variant='primary' block className='staff-polls__save' busy={calls.busy} onClick={() => void save()}>
          保存（先不开始）
        </Button>
      </Card>
      <Text className='section-title'>投票</Text>
      <LoadState
        status={polls.status}
        error={polls.error}
        onRetry={polls.reload}
        empty={(polls.data?.polls.length ?? 0) === 0}
        emptyText='还没有发起过投票。'
      />
      <View className='staff-polls__list' ariaRole='list'>
        {(polls.data?.polls ?? []).map((p) => (
          <PollRow
            key={p.id}
            poll={p}
            busy={calls.busy}
            onOpen={() => void step(p, 'open')}
            onClose={() => void step(p, 'close')}
          />
        ))}
      </View>
    </StaffOnly>
  )
}
