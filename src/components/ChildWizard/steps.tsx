// The screens of the children's form: one simple question each, short words, big targets.
import { Text, View } from '@tarojs/components'
import { useRef, type Ref } from 'react'
import { AGE_GROUPS, topicLabel, type AgeGroup } from '../../domain/suggestions/model'
import { LIMITS, type FieldError as Err } from '../../domain/suggestions/limits'
import { prepareMicrophone } from '../../services/recorder'
import { VOICE_CONSENT_VERSION } from '../../domain/suggestions/consent-rule'
import { hasVoiceConsent, useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import { DrawingPad, type DrawingPadHandle } from '../DrawingPad'
import { FieldError } from '../FieldError'
import { SegmentTabs } from '../SegmentTabs'
import { SimilarSuggestions } from '../SimilarSuggestions'
import { Field } from '../ui/Field'
import { StreetPicker, type CommunityWords } from '../StreetPicker'
import { TopicTiles } from '../TopicTiles'
import { ReadAloud } from '../ReadAloud'
import { VoiceRecorder } from '../VoiceRecorder'
import { VoiceConsent } from './VoiceConsent'
import { choiceProps } from '../a11y'
import { findDanger } from '../../domain/suggestions/safeguarding'
import { SafetyHelp } from '../SafetyHelp'

/** A step's question, with 读给我听 for children who do not read yet. */
export function Question({ text, hint }: { text: string; hint?: string }) {
  return (
    <View className='child-wizard__ask'>
      <Text className='child-wizard__question'>{text}</Text>
      <ReadAloud className='child-wizard__read' text={hint ? `${text}${hint}` : text} />
    </View>
  )
}

export function TopicStep({ errors }: { errors: Err[] }) {
  const { topic, update } = useSuggestDraftStore()
  return (
    <View>
      <Question text='你想说哪件事？' />
      <TopicTiles value={topic} onChange={(t) => update({ topic: t })} />
      <FieldError errors={errors} field='topic' />
    </View>
  )
}

interface SayProps {
  errors: Err[]
  padRef: Ref<DrawingPadHandle>
  /** Before the pad is hidden by another tab: its drawing is kept in the draft. */
  onLeaveDrawing: () => Promise<void>
}

export function SayStep({ errors, padRef, onLeaveDrawing }: SayProps) {
  const draft = useSuggestDraftStore()
  // While the drawing is being kept, further taps on the tabs wait (two exports would race).
  const leaving = useRef(false)
  const { topic, text, sayWith, drawingPath, strokes, update } = draft
  const voiceAllowed = hasVoiceConsent(draft)
  return (
    <View>
      <Question text='写一写、画一画，或者说给我们听' />
      <SegmentTabs
        options={[
          { key: 'write', label: '✏️ 写下来' },
          { key: 'draw', label: '🎨 画出来' },
          { key: 'voice', label: '🎤 说出来' }
        ]}
        value={sayWith}
        onChange={(v) => {
          // From this tap: the microphone prompt comes now, not under the finger holding 按住说话
          // (once the guardian has agreed; else from the tap that agrees).
          if (v === sayWith || leaving.current) return
          if (v === 'voice' && voiceAllowed) void prepareMicrophone()
          if (sayWith !== 'draw') return update({ sayWith: v })
          leaving.current = true
          void onLeaveDrawing().finally(() => {
            leaving.current = false
            update({ sayWith: v })
          })
        }}
      />
      {sayWith === 'write' ? (
        <Field
          label='写下你的建议'
          hideLabel
          multiline
          className='child-wizard__text'
          value={text}
          maxLength={LIMITS.childText}
          placeholder='比如：公园里想要一个秋千'
          onInput={(value) => update({ text: value })}
        />
      ) : sayWith === 'voice' && !voiceAllowed ? (
        <VoiceConsent
          onAgree={() => {
            update({ voiceConsentVersion: VOICE_CONSENT_VERSION })
            void prepareMicrophone()
          }}
        />
      ) : sayWith === 'voice' ? (
        <VoiceRecorder />
      ) : (
        <View className='child-wizard__pad'>
          {drawingPath ? <Text className='child-wizard__saved'>✓ 画好了，还可以接着画</Text> : null}
          <DrawingPad
            ref={padRef}
            ariaLabel={`我的画：${topic ? topicLabel(topic) : '建议'}`}
            canvasId='suggest-drawing'
            initialStrokes={strokes}
          />
        </View>
      )}
      <FieldError errors={errors} field='text' />
      {/* As soon as the words suggest danger: who can help, at once. */}
      {sayWith !== 'voice' && findDanger(text).length ? <SafetyHelp /> : null}
    </View>
  )
}

/**
 * The community in a child's words: the one nearest home or school. Knowing it sends the
 * suggestion straight to that community's worker; 不知道 leaves it to the street to pass on.
 */
const CHILD_COMMUNITY: CommunityWords = { label: '🏠🏫 离你家或学校最近的社区是……', other: '不知道' }

export function WhereStep() {
  const { topic, street, community, location, update } = useSuggestDraftStore()
  return (
    <View>
      <Question text='在哪个街道？' hint='不知道也没关系，可以直接下一步。' />
      <Text className='muted'>不知道也没关系，可以直接下一步。</Text>
      <View className='child-wizard__gap' />
      <StreetPicker
        wrap
        withCommunity
        street={street}
        community={community}
        communityWords={CHILD_COMMUNITY}
        onChange={(s, c) => update({ street: s, community: c })}
      />
      <SimilarSuggestions topic={topic} street={street} placeId={location?.placeId} child />
    </View>
  )
}

export function AgeStep({ errors }: { errors: Err[] }) {
  const { ageGroup, update } = useSuggestDraftStore()
  return (
    <View>
      <Question text='你几岁了？' hint='我们不会问你的名字、电话和学校。' />
      <View className='child-wizard__ages' ariaRole='radiogroup'>
        {AGE_GROUPS.map((a) => (
          <View
            key={a.key}
            className={`child-wizard__age ${a.key === ageGroup ? 'child-wizard__age--selected' : ''}`}
            {...choiceProps('radio', a.key === ageGroup, a.label)}
            onClick={() => update({ ageGroup: a.key as AgeGroup })}
          >
            {a.label}
          </View>
        ))}
      </View>
      <Text className='muted'>我们不会问你的名字、电话和学校。</Text>
      <FieldError errors={errors} field='ageGroup' />
    </View>
  )
}
