// 修改地点信息 (district admins), opened from a 纠错 in the queue: the report, the place's fields
// as stored, the source of the new facts and the day they were checked (today in China by
// default), an answer for the reporter; 保存并标为已更正 writes the place and answers in one step
// (places.resolveCorrection), 无需更正 answers without touching it. Checked here by the same rules
// as the server (validatePlaceEdit, the import's), so a field's error shows beside it.
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ChildcareFactsFields } from '../components/ChildcareFactsFields'
import { CorrectionCard } from '../../components/CorrectionCard'
import { RecordLoadState } from '../../components/LoadState'
import { PageShell } from '../../components/PageShell'
import { PlaceEditFields } from '../components/PlaceEditFields'
import { Button, ButtonRow } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { chinaDate } from '../../domain/clock'
import { CORRECTION_LIMITS, type CorrectionOutcome, type CorrectionView } from '../../domain/places/corrections'
import {
  editFormOf,
  placeFormField,
  placeFormShows,
  validatePlaceEdit,
  type PlaceEditForm
} from '../../domain/places/place-edit'
import { useCalls } from '../../data/use-calls'
import { correctionCalls, useCorrection } from '../../data/corrections'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

export default function PlaceEditPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  const today = chinaDate(Date.now())
  const query = useCorrection(id)
  const calls = useCalls(correctionCalls)
  const { busy } = calls
  const [form, setForm] = useState<PlaceEditForm | null>(null)
  const [answer, setAnswer] = useState('')
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const [done, setDone] = useState<CorrectionView | null>(null)

  const place = query.data?.place ?? null
  useEffect(() => {
    if (place) setForm(editFormOf(place, today))
  }, [place, today])

  if (!query.data) {
    return (
      <PageShell className='place-edit'>
        {id ? <RecordLoadState query={query} /> : <ErrorState message='缺少纠错编号，请从纠错列表打开' />}
      </PageShell>
    )
  }

  const correction = done ?? query.data.correction
  const resolve = async (status: CorrectionOutcome) => {
    let update: PlaceEditForm | undefined
    if (status === 'corrected') {
      const checked = form ? validatePlaceEdit(form, today) : null
      if (!checked || !checked.ok) return setErrors(checked ? checked.errors : [])
      update = form ?? undefined
    }
    clear()
    const r = await calls.resolveCorrection({ id, status, answer: answer.trim() || undefined, update })
    if (!r.ok) return refuse(r.error, placeFormShows(form), placeFormField)
    setDone(r.data.correction)
  }

  return (
    <PageShell className='place-edit'>
      <CorrectionCard item={correction} staff />
      {correction.status !== 'pending' ? (
        <Card tone='green' className='place-edit__done'>
          <View ariaRole='alert'>
            <Text className='place-edit__done-text'>
              这条纠错已{correction.status === 'corrected' ? '更正' : '标为无需更正'}
              ，报告人会在“我的纠错”里看到答复。
            </Text>
          </View>
          <Button block className='place-edit__back' onClick={() => void Taro.navigateBack()}>
            返回纠错列表
          </Button>
        </Card>
      ) : (
        <View className='place-edit__form'>
          {place && form ? (
            <Card title={`修改“${place.name}”`}>
              {place.demo ? <Text className='muted place-edit__demo'>示例地点：仅供本地开发演示。</Text> : null}
              <Text className='muted place-edit__was'>
                现在的来源：{place.source}
                {place.verifiedAt ? `（${place.verifiedAt} 核实）` : ''}
              </Text>
              <PlaceEditFields
                form={form}
                today={today}
                errors={errors}
                onChange={(patch) => setForm({ ...form, ...patch })}
              />
              {form.childcare ? (
                <ChildcareFactsFields
                  form={form.childcare}
                  today={today}
                  errors={errors}
                  onChange={(patch) => setForm({ ...form, childcare: { ...form.childcare!, ...patch } })}
                />
              ) : null}
            </Card>
          ) : (
            <ErrorState message='这个地点已被删除，无法修改；可以标为无需更正并答复。' />
          )}
          <Field
            label='给报告人的答复（可选）'
            className='place-edit__answer'
            multiline
            counter
            maxLength={CORRECTION_LIMITS.answer}
            value={answer}
            placeholder='不填则显示默认答复'
            onInput={setAnswer}
          />
          {error ? <ErrorState message={error} /> : null}
          <ButtonRow className='place-edit__actions'>
            <Button className='place-edit__no-change' busy={busy} onClick={() => void resolve('no_change')}>
              无需更正
            </Button>
            {place ? (
              <Button
                variant='primary'
                className='place-edit__save'
                busy={busy}
                onClick={() => void resolve('corrected')}
              >
                保存并标为已更正
              </Button>
            ) : null}
          </ButtonRow>
        </View>
      )}
    </PageShell>
  )
}
