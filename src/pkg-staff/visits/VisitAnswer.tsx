// Under one request on the staff list: the centre's phone (to agree a time), the parent's whole
// contact in one logged step, and the answer the parent reads: 已约好 with the time and whom to
// ask for, or 暂不能安排 with why. Checked by the server's rule (validateVisitAnswer).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { FieldError } from '../../components/FieldError'
import { Button, ButtonRow } from '../../components/ui/Button'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { validateVisitAnswer, VISIT_LIMITS, type VisitOutcome } from '../../domain/places/visits'
import type { CloudError } from '../../domain/errors'
import { useFormErrors } from '../../hooks/useFormErrors'

interface Props {
  centrePhones: string[]
  opened: boolean
  busy: boolean
  onOpenContact: () => void
  /** The server's refusal, or null when it is answered. */
  onAnswer: (status: VisitOutcome, answer: string) => Promise<CloudError | null>
}

export function VisitAnswer({ centrePhones, opened, busy, onOpenContact, onAnswer }: Props) {
  const [answer, setAnswer] = useState('')
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const send = async (status: VisitOutcome) => {
    const checked = validateVisitAnswer(status, answer)
    if (!checked.ok) return setErrors(checked.errors)
    clear()
    const refused = await onAnswer(status, checked.value.answer)
    if (refused) refuse(refused, (f) => f === 'status' || f === 'answer')
  }
  return (
    <View className='visit-answer'>
      <Text className='visit-answer__centre'>
        机构电话：{centrePhones.length ? centrePhones.join('、') : '暂无（可请区级管理员在地点信息里补上）'}
      </Text>
      {!opened ? (
        <Button variant='text' size='small' className='visit-answer__contact' busy={busy} onClick={onOpenContact}>
          查看家长的完整联系方式（会留下记录）
        </Button>
      ) : null}
      <Field
        label='答复家长'
        className='visit-answer__text'
        placeholder='如：已和机构约好 12月10日 上午10点，到前台找李老师'
        multiline
        counter
        value={answer}
        maxLength={VISIT_LIMITS.answer}
        onInput={setAnswer}
      />
      <FieldError errors={errors} field='answer' />
      <FieldError errors={errors} field='status' />
      {error ? <ErrorState message={error} /> : null}
      <ButtonRow>
        <Button
          variant='primary'
          size='small'
          className='visit-answer__arranged'
          busy={busy}
          onClick={() => void send('arranged')}
        >
          已约好
        </Button>
        <Button size='small' className='visit-answer__declined' busy={busy} onClick={() => void send('declined')}>
          暂不能安排
        </Button>
      </ButtonRow>
    </View>
  )
}
