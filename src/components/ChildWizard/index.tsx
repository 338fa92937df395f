// 我是小朋友: topic → say it (words, a drawing or a recording) → where → age → send. Nothing asks for a name,
// phone or school; a contact for a reply is the guardian's, with consent, on the last screen.
import { Image, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { BOARD_PROMISE } from '../../domain/suggestions/rules'
import { formatDuration } from '../../domain/suggestions/audio'
import { labelOf } from '../../domain/places/model'
import { whereLabel } from '../../domain/streets'
import { AGE_GROUPS, topicLabel } from '../../domain/suggestions/model'
import type { FieldError as Err } from '../../domain/suggestions/validate'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import type { DrawingPadHandle } from '../DrawingPad'
import { FieldError } from '../FieldError'
import { Button, ButtonRow } from '../ui/Button'
import { findDanger } from '../../domain/suggestions/safeguarding'
import { SafetyHelp } from '../SafetyHelp'
import { ReplyContact } from './ReplyContact'
import { AgeStep, Question, SayStep, TopicStep, WhereStep } from './steps'
import './index.scss'

const STEPS = ['选一件事', '说一说', '在哪里', '几岁', '发出去'] as const
// Which form fields each step answers: "下一步" stops on that step's errors only.
const STEP_FIELDS: string[][] = [['topic'], ['text'], ['street', 'location'], ['ageGroup'], []]

interface Props {
  errors: Err[]
  validate: () => Err[]
  onSubmit: () => void
}

export function ChildWizard({ errors, validate, onSubmit }: Props) {
  const { step, topic, text, sayWith, drawingPath, audioDurationMs, street, community, ageGroup, update } =
    useSuggestDraftStore()
  const padRef = useRef<DrawingPadHandle>(null)
  const [shown, setShown] = useState<Err[]>([])
  const stepErrors = (i: number, all: Err[]) => all.filter((e) => STEP_FIELDS[i].includes(e.field))

  // The pad's drawing into the draft: before the next step, and before another tab hides the pad
  // (else switching to 写下来 and back would lose it). A pad wiped clean takes the drawing away.
  const keepDrawing = async () => {
    const pad = padRef.current
    if (!pad) return
    const strokes = [...pad.getStrokes()]
    if (strokes.length === 0) return update({ drawingPath: undefined, strokes: [] })
    try {
      update({ drawingPath: await pad.exportImage(), strokes })
    } catch {
      // Nothing to export after all; the check below says what is missing.
    }
  }

  const next = async () => {
    if (step === 1 && sayWith === 'draw') await keepDrawing()
    const found = stepErrors(step, validate())
    setShown(found)
    if (found.length === 0) update({ step: Math.min(step + 1, STEPS.length - 1) })
  }

  const back = async () => {
    if (step === 1 && sayWith === 'draw') await keepDrawing()
    update({ step: step - 1 })
  }

  const visible = step === STEPS.length - 1 ? errors : shown
  return (
    <View className='child-wizard'>
      <View className='child-wizard__progress' ariaLabel={`第 ${step + 1} 步，共 ${STEPS.length} 步：${STEPS[step]}`}>
        {STEPS.map((s, i) => (
          <View key={s} className={`child-wizard__dot ${i <= step ? 'child-wizard__dot--done' : ''}`} />
        ))}
      </View>

      {step === 0 ? <TopicStep errors={visible} /> : null}
      {step === 1 ? <SayStep errors={visible} padRef={padRef} onLeaveDrawing={keepDrawing} /> : null}
      {step === 2 ? <WhereStep /> : null}
      {step === 3 ? <AgeStep errors={visible} /> : null}
      {step === 4 ? (
        <View className='child-wizard__review'>
          <Question text='看一看，发出去吧！' />
          <Text>事情：{topic ? topicLabel(topic) : '—'}</Text>
          {sayWith === 'voice' ? <Text>我录了一段话（{formatDuration(audioDurationMs ?? 0)}）</Text> : null}
          {sayWith !== 'voice' && text.trim() ? <Text>我说：{text}</Text> : null}
          {sayWith !== 'voice' && drawingPath ? (
            <>
              <Text>我画了一幅画</Text>
              <Image className='child-wizard__thumb' src={drawingPath} mode='aspectFit' ariaLabel='我的画（小图）' />
            </>
          ) : null}
          <Text>在哪里：{whereLabel(street, community) ?? '没有选'}</Text>
          <Text>年龄：{ageGroup ? labelOf(AGE_GROUPS, ageGroup) : '没有选'}</Text>
          {sayWith !== 'voice' && findDanger(text).length ? <SafetyHelp /> : null}
          {errors
            .filter((e) => e.field !== 'contact')
            .map((e) => (
              <FieldError key={e.field} errors={[e]} field={e.field} />
            ))}
          <ReplyContact errors={errors} />
          <Text className='muted child-wizard__board'>{BOARD_PROMISE.child}</Text>
        </View>
      ) : null}

      <ButtonRow className='child-wizard__nav'>
        {step > 0 ? (
          <Button className='child-wizard__back' onClick={back}>
            上一步
          </Button>
        ) : null}
        {step < STEPS.length - 1 ? (
          <Button variant='primary' className='child-wizard__next' onClick={next}>
            下一步
          </Button>
        ) : (
          <Button variant='primary' className='child-wizard__next child-wizard__send' onClick={onSubmit}>
            发出去
          </Button>
        )}
      </ButtonRow>
    </View>
  )
}
