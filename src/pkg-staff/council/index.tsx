// 儿童议事会 (street and district admins): add a street's representatives with the guardian's
// consent (the invitation code is read out to the guardian), reach a guardian (logged), end a
// representative; the district opens and closes the quarter's round and answers every picked
// suggestion on the record. The add keeps its id until it succeeds, so a save sent again after a
// lost answer is stored once.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { StaffOnly } from '../components/StaffOnly'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { chinaDate } from '../../domain/clock'
import type { StaffItem, StaffRepresentative, StaffRound } from '../../domain/council/egress'
import { GUARDIAN_RELATIONS } from '../../domain/council/model'
import { validateRepresentative, type CouncilAnswerInput } from '../../domain/council/validate'
import { newClientId } from '../../domain/ids'
import { STREETS } from '../../domain/streets'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { councilStaffCalls, useStaffCouncil } from '../../data/council'
import { useCalls } from '../../data/use-calls'
import { confirm, toast } from '../../services/feedback'
import { callPhone } from '../../services/phone'
import { useStaffMe } from '../../stores/useSessionStore'
import { CouncilItems } from './CouncilItems'
import { CouncilRoundsCard } from './CouncilRoundsCard'
import { RepresentativeFields, type RepresentativeForm } from './RepresentativeFields'
import { RepresentativeList } from './RepresentativeList'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const emptyForm = (street: string, today: string): RepresentativeForm => ({
  street,
  nickname: '',
  ageGroup: '',
  guardianRelation: '',
  guardianPhone: '',
  agreedOn: today,
  consent: false
})
const newSaveId = () => newClientId('rep', Date.now())

const REFUSAL = '儿童议事会的小代表由街道管理员和区级管理员添加和管理；有推荐的孩子，可以告诉他们。'

export default function StaffCouncilPage() {
  const today = chinaDate(Date.now())
  const me = useStaffMe()
  const leads = Boolean(me?.can.leadCouncil)
  const own = me?.scope.street?.code ?? ''
  const streets = leads
    ? STREETS.map((s) => ({ key: s.code, label: `${s.name}街道` }))
    : me?.scope.street
      ? [{ key: own, label: `${me.scope.street.name}街道` }]
      : []
  const [form, setForm] = useState<RepresentativeForm>(() => emptyForm(own, today))
  const [saveId, setSaveId] = useState(newSaveId)
  const { errors, setErrors, error, setError, refuse, clear } = useFormErrors()
  const council = useStaffCouncil(me?.can.manageCouncil === true)
  const calls = useCalls(councilStaffCalls)
  const data = council.data

  const replaceRep = (r: StaffRepresentative) =>
    council.setData((d) => ({ ...d, representatives: [r, ...d.representatives.filter((x) => x.id !== r.id)] }))

  const add = async () => {
    const request = { ...form, street: leads ? form.street : own, id: saveId }
    const checked = validateRepresentative(request, today)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const r = await calls.addRepresentative({ representative: request })
    if (!r.ok) return refuse(r.error, (f) => f in form)
    replaceRep(r.data.representative)
    setForm(emptyForm(own, today))
    setSaveId(newSaveId())
    toast('已添加，请把邀请码告诉监护人')
  }

  const contact = async (rep: StaffRepresentative) => {
    const r = await calls.councilGuardian({ id: rep.id })
    if (!r.ok) return setError(r.error.message)
    const sure = await confirm({
      title: `${rep.nickname}的${GUARDIAN_RELATIONS[r.data.relation]}`,
      content: `电话 ${r.data.phone}（这次查看已记录）`,
      confirmText: '拨打'
    })
    if (sure) await callPhone(r.data.phone)
  }

  const end = async (rep: StaffRepresentative) => {
    const sure = await confirm({
      title: `${rep.nickname}不再担任小代表？`,
      content: '孩子的微信将不能再参加议事；监护人电话按规定期限后删除。',
      confirmText: '不再担任'
    })
    if (!sure) return
    const r = await calls.endRepresentative({ id: rep.id })
    if (!r.ok) return setError(r.error.message)
    replaceRep(r.data.representative)
  }

  const openRound = async () => {
    const r = await calls.openRound()
    if (!r.ok) return setError(r.error.message)
    toast('已开始，小代表们现在可以选建议了')
    await council.reload()
  }

  const closeRound = async (round: StaffRound) => {
    const sure = await confirm({
      title: `结束${round.label}议事？`,
      content: '结束后小代表不能再改选择，每条建议被选的次数会公开。',
      confirmText: '结束'
    })
    if (!sure) return
    const r = await calls.closeRound({ id: round.id })
    if (!r.ok) return setError(r.error.message)
    toast('已结束，结果已公开')
    await council.reload()
  }

  const answer = async (item: StaffItem, a: CouncilAnswerInput): Promise<Err | null> => {
    const r = await calls.answerCouncilItem({ id: item.id, answer: a })
    if (!r.ok) return { field: r.error.field ?? 'words', message: r.error.message }
    council.setData((d) => ({ ...d, items: d.items.map((i) => (i.id === item.id ? r.data.item : i)) }))
    toast('已公开答复')
    return null
  }

  return (
    <StaffOnly className='staff-council' me={me} may='manageCouncil' refusal={REFUSAL}>
      <Text className='muted staff-council__intro'>
        每个街道的小代表由街道管理员在监护人同意后添加，只登记昵称和年龄段；每季度由区里开始和结束议事，并公开答复每一条被选中的建议。
      </Text>
      {error ? <ErrorState message={error} /> : null}
      <LoadState status={council.status} error={council.error} onRetry={council.reload} empty={false} />
      {data ? (
        <CouncilRoundsCard
          rounds={data.rounds}
          leads={leads}
          busy={calls.busy}
          onOpen={() => void openRound()}
          onClose={(r) => void closeRound(r)}
        />
      ) : null}
      <Card title='添加小代表' className='staff-council__form'>
        <RepresentativeFields
          form={{ ...form, street: leads ? form.street : own }}
          streets={streets}
          today={today}
          errors={errors}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
        />
        <Button variant='primary' block className='staff-council__save' busy={calls.busy} onClick={() => void add()}>
          添加并生成邀请码
        </Button>
      </Card>
      <Text className='section-title'>小代表</Text>
      {data && data.representatives.length === 0 ? <Text className='muted'>还没有小代表。</Text> : null}
      <RepresentativeList
        representatives={data?.representatives ?? []}
        busy={calls.busy}
        onContact={(r) => void contact(r)}
        onEnd={(r) => void end(r)}
      />
      {data ? (
        <CouncilItems items={data.items} leads={leads} today={today} busy={calls.busy} onAnswer={answer} />
      ) : null}
    </StaffOnly>
  )
}
