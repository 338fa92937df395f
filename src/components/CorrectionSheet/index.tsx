// 纠错 from a place: what is wrong (已关闭 / 搬迁了 / 电话不对 / 开放时间不对 / 其他) and an optional
// note, then 提交 and a thank-you. No name or phone is asked, and the note refuses one
// (validateCorrection, checked here and again by the server). The report's id is made once per
// opening, so a retry after a failed send can never file it twice.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { newClientId } from '../../domain/ids'
import {
  CORRECTION_KINDS,
  CORRECTION_LIMITS,
  validateCorrection,
  type CorrectionKind
} from '../../domain/places/corrections'
import type { Place } from '../../domain/places/model'
import { askForStatusUpdates } from '../../services/subscribe'
import { useSessionStore } from '../../stores/useSessionStore'
import { useCalls } from '../../data/use-calls'
import { correctionCalls } from '../../data/corrections'
import { FieldError, messageFor } from '../FieldError'
import { ErrorState } from '../ui/ErrorState'
import { Button, ButtonRow } from '../ui/Button'
import { ChipGroup } from '../ui/Chip'
import { Field } from '../ui/Field'
import { Sheet } from '../ui/Sheet'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

interface Props {
  place: Pick<Place, 'id' | 'name'>
  open: boolean
  onClose: () => void
  /** 查看我的纠错 after sending. */
  onMine: () => void
}

export function CorrectionSheet({ place, open, onClose, onMine }: Props) {
  const calls = useCalls(correctionCalls)
  const { busy } = calls
  const [id, setId] = useState('')
  const [kind, setKind] = useState<CorrectionKind | null>(null)
  const [note, setNote] = useState('')
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const [sent, setSent] = useState(false)

  useEffect(() => {
    if (!open) return
    setId(newClientId('corr', Date.now()))
    setKind(null)
    setNote('')
    clear()
    setSent(false)
  }, [open, place.id, clear])

  const submit = async () => {
    const correction = { id, placeId: place.id, kind: kind ?? undefined, note }
    const checked = validateCorrection(correction)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    // In the tap, before any await (WeChat's rule): the outcome comes as one message, if allowed.
    void askForStatusUpdates(useSessionStore.getState().me?.subscribeTemplateId)
    const r = await calls.reportCorrection({ correction: checked.value })
    if (r.ok) setSent(true)
    else refuse(r.error, (f) => f === 'kind' || f === 'note')
  }

  return (
    <Sheet open={open} title={sent ? '谢谢你的纠错' : '信息有误？纠错'} onClose={onClose}>
      {sent ? (
        <View className='correction-sheet__done' ariaRole='alert'>
          <Text className='correction-sheet__thanks'>
            已收到！工作人员核实后会更新“{place.name}”的信息，结果可在“我的纠错”里查看。
          </Text>
          <ButtonRow>
            <Button className='correction-sheet__close' onClick={onClose}>
              好的
            </Button>
            <Button variant='primary' className='correction-sheet__mine' onClick={onMine}>
              查看我的纠错
            </Button>
          </ButtonRow>
        </View>
      ) : (
        <View className='correction-sheet'>
          <Text className='correction-sheet__place'>{place.name}</Text>
          <ChipGroup
            label='哪里不对'
            showLabel
            wrap
            className='correction-sheet__kinds'
            options={CORRECTION_KINDS}
            isOn={(k) => k === kind}
            onPick={setKind}
          />
          <FieldError errors={errors} field='kind' />
          <Field
            label={kind === 'other' ? '哪里不对（必填）' : '补充说明（可选）'}
            className='correction-sheet__note'
            multiline
            counter
            maxLength={CORRECTION_LIMITS.note}
            value={note}
            placeholder='如：门口贴了停业通知；搬到了旁边的楼'
            hint='不需要留你的姓名和电话'
            error={messageFor(errors, 'note')}
            onInput={setNote}
          />
          {error ? <ErrorState message={error} /> : null}
          <Button
            variant='primary'
            block
            className='correction-sheet__submit'
            busy={busy}
            onClick={() => void submit()}
          >
            提交
          </Button>
        </View>
      )}
    </Sheet>
  )
}
