// 预约参观: from a childcare centre's page (placeId), a parent asks to visit it; the staff of the
// centre's area agree a time with the centre and answer here (and by a subscribe message, where
// allowed). Without placeId: 我的参观预约, every request of mine. A request nobody answered yet can
// be withdrawn. A retry of the same form (a lost answer) is the same request: its id is kept
// until the server has it.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { LoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { VisitCard } from '../../components/VisitCard'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { newClientId } from '../../domain/ids'
import type { MyVisit } from '../../domain/places/visit-egress'
import { visitRefusal } from '../../domain/places/visit-refusal'
import { isOpenVisit, validateVisitRequest, VISIT_CONSENT_VERSION } from '../../domain/places/visits'
import { fetchPlace } from '../../data/places'
import { useCalls } from '../../data/use-calls'
import { useMyVisits, visitCalls } from '../../data/visits'
import { confirm, toast } from '../../services/feedback'
import { askForStatusUpdates } from '../../services/subscribe'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSessionStore } from '../../stores/useSessionStore'
import { EMPTY_VISIT, VISIT_FORM_FIELDS, VisitForm, type VisitFields } from './VisitForm'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const newVisitId = () => newClientId('visit', Date.now())

export default function VisitPage() {
  const { params } = useRouter()
  const placeId = params.placeId ? decodeURIComponent(params.placeId) : ''
  const place = usePlacesStore((s) => (placeId ? s.places.find((p) => p.id === placeId) : undefined))
  const mine = useMyVisits(placeId || undefined)
  const calls = useCalls(visitCalls)
  const [form, setForm] = useState<VisitFields>(EMPTY_VISIT)
  const [id, setId] = useState(newVisitId)
  const { errors, setErrors, error, setError, refuse, clear } = useFormErrors()

  // A shared link or a message may name a centre the device's list does not hold yet.
  useEffect(() => {
    if (placeId && !place) void fetchPlace(placeId).then((r) => r.ok && usePlacesStore.getState().upsert(r.data.place))
  }, [placeId, place])

  const items = mine.data?.items ?? []
  const waiting = items.some(isOpenVisit)
  const refusal = place ? visitRefusal(place) : null
  const canAsk = Boolean(place) && !refusal

  const submit = async () => {
    if (!place) return
    // In the tap, before any await (WeChat's rule): the answer comes as one message, if allowed.
    void askForStatusUpdates(useSessionStore.getState().me?.subscribeTemplateId)
    const visit = {
      id,
      placeId: place.id,
      childAge: form.childAge ?? undefined,
      slot: form.slot ?? undefined,
      note: form.note,
      guardianName: form.guardianName,
      guardianPhone: form.guardianPhone,
      consentVersion: form.agreed ? VISIT_CONSENT_VERSION : 0
    }
    const checked = validateVisitRequest(visit)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const r = await calls.requestVisit({ visit })
    if (!r.ok) return refuse(r.error, (f) => VISIT_FORM_FIELDS.includes(f))
    mine.setData((d) => ({ items: [r.data.visit, ...d.items.filter((v) => v.id !== r.data.visit.id)] }))
    setForm(EMPTY_VISIT)
    setId(newVisitId())
    toast('已提交预约')
  }

  const withdraw = async (v: MyVisit) => {
    const sure = await confirm({
      title: '撤回这个预约？',
      content: '撤回后工作人员不再为你联系机构。想去的话可以再约。',
      confirmText: '撤回'
    })
    if (!sure) return
    setError(null)
    const r = await calls.withdrawVisit({ id: v.id })
    if (!r.ok) return setError(r.error.message)
    mine.setData((d) => ({ items: d.items.map((x) => (x.id === v.id ? r.data.visit : x)) }))
  }

  return (
    <PageShell className='visit-page'>
      {placeId ? (
        <Card title={place ? `预约参观 · ${place.name}` : '预约参观'}>
          <Text className='visit-page__how'>
            提交后，机构所在社区、街道或区里的工作人员会先和机构商量时间，再打电话或在这里答复你。参观不收费，也不等于报名。
          </Text>
          {place?.demo ? (
            <View className='visit-page__demo' ariaRole='note'>
              <Text>示例：这是本地开发用的演示机构，并非真实机构。</Text>
            </View>
          ) : null}
        </Card>
      ) : (
        <Text className='muted visit-page__how'>你预约参观托育机构的记录和工作人员的答复。</Text>
      )}
      {error ? <ErrorState message={error} /> : null}
      <LoadState
        status={mine.status}
        error={mine.error}
        onRetry={mine.reload}
        empty={!placeId && items.length === 0}
        emptyText='还没有参观预约。在托育机构的详情页点“预约参观”就能约。'
      />
      {items.length ? (
        <View className='visit-list' ariaRole='list'>
          {items.map((v) => (
            <View key={v.id} ariaRole='listitem'>
              <VisitCard visit={v} contact={v}>
                {isOpenVisit(v) ? (
                  <Button
                    variant='text'
                    size='small'
                    className='visit-page__withdraw'
                    busy={calls.busy}
                    onClick={() => void withdraw(v)}
                  >
                    撤回预约
                  </Button>
                ) : null}
              </VisitCard>
            </View>
          ))}
        </View>
      ) : null}
      {placeId && refusal ? <Text className='muted'>{refusal}</Text> : null}
      {placeId && canAsk && mine.status === 'ready' && !waiting ? (
        <VisitForm
          form={form}
          errors={errors}
          busy={calls.busy}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
          onSubmit={() => void submit()}
        />
      ) : null}
      {placeId && waiting ? (
        <Text className='muted visit-page__waiting'>工作人员联系你之前，不用再约这家机构。</Text>
      ) : null}
    </PageShell>
  )
}
