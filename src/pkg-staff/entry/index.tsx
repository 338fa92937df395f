// 代录建议: a worker types in one suggestion collected offline (at an event, on paper, by phone
// or on a visit). Same rules as the citizen form; the server records who entered it and how.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { headingProps } from '../../components/a11y'
import { FieldError } from '../../components/FieldError'
import { PageShell } from '../../components/PageShell'
import { StreetPicker } from '../../components/StreetPicker'
import { TopicTiles } from '../../components/TopicTiles'
import { newClientId } from '../../domain/ids'
import {
  AGE_GROUPS,
  ENTRY_CHANNELS,
  type AgeGroup,
  type EntryChannel,
  type Mode,
  type Topic
} from '../../domain/suggestions/model'
import { LIMITS, validateSuggestion } from '../../domain/suggestions/validate'
import { useCalls } from '../../data/use-calls'
import { staffCalls } from '../../data/staff'
import { Button } from '../../components/ui/Button'
import { ErrorState } from '../../components/ui/ErrorState'
import { Field } from '../../components/ui/Field'
import { toast } from '../../services/feedback'
import { ChipGroup as Chips } from '../../components/ui/Chip'
import { useFormErrors } from '../../hooks/useFormErrors'
import './index.scss'

const CHANNELS = (Object.keys(ENTRY_CHANNELS) as EntryChannel[]).map((key) => ({ key, label: ENTRY_CHANNELS[key] }))
const MODES: Array<{ key: Mode; label: string }> = [
  { key: 'child', label: '小朋友' },
  { key: 'adult', label: '居民' }
]
const FIELDS = ['topic', 'title', 'text', 'ageGroup', 'street', 'community']

export default function StaffEntryPage() {
  const [channel, setChannel] = useState<EntryChannel>('event')
  const [mode, setMode] = useState<Mode>('adult')
  const [id, setId] = useState(() => newClientId('entry', Date.now()))
  const [topic, setTopic] = useState<Topic | null>(null)
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [ageGroup, setAgeGroup] = useState<AgeGroup | undefined>()
  const [street, setStreet] = useState<string | undefined>()
  const [community, setCommunity] = useState<string | undefined>()
  const { errors, setErrors, error, refuse, clear } = useFormErrors()
  const calls = useCalls(staffCalls)
  const { busy } = calls
  const [done, setDone] = useState<{ id: string; duplicate: boolean } | null>(null)

  const reset = () => {
    setId(newClientId('entry', Date.now()))
    setTopic(null)
    setTitle('')
    setText('')
    setAgeGroup(undefined)
    clear()
    setDone(null)
  }

  const submit = async () => {
    const suggestion = {
      id,
      mode,
      topic,
      title: mode === 'adult' ? title : '',
      text,
      photoFileIds: [],
      street,
      community,
      ageGroup: mode === 'child' ? ageGroup : undefined,
      onBehalfOfChild: false
    }
    const v = validateSuggestion(suggestion)
    if (!v.ok) return setErrors(v.errors)
    clear()
    const r = await calls.enter({ suggestion, channel })
    if (r.ok) return setDone({ id: r.data.id, duplicate: r.data.duplicate })
    refuse(r.error, (f) => FIELDS.includes(f))
    toast(r.error.message)
  }

  if (done) {
    return (
      <PageShell className='staff-entry'>
        <View className='staff-entry__done' ariaRole='status'>
          <Text className='staff-entry__done-title' {...headingProps(2)}>
            ✓ 已录入
          </Text>
          <Text className='muted'>{done.duplicate ? '这条建议之前已经录入过，没有重复添加。' : `编号 ${done.id}`}</Text>
          <Button variant='primary' block className='staff-entry__again' onClick={reset}>
            再录一条
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell className='staff-entry'>
      <Text className='section-title' {...headingProps(2)}>
        收集方式
      </Text>
      <Chips
        className='staff-entry__channel'
        label='收集方式'
        options={CHANNELS}
        isOn={(k) => k === channel}
        onPick={setChannel}
      />
      <Text className='section-title' {...headingProps(2)}>
        谁提的建议
      </Text>
      <Chips
        className='staff-entry__mode'
        label='谁提的建议'
        options={MODES}
        isOn={(k) => k === mode}
        onPick={(k) => {
          setMode(k)
          setErrors([])
        }}
      />

      <Text className='section-title'>类别</Text>
      <TopicTiles size='compact' value={topic} onChange={setTopic} />
      <FieldError errors={errors} field='topic' />

      {mode === 'adult' ? (
        <View>
          <Field
            label='标题'
            className='staff-entry__title'
            value={title}
            maxLength={LIMITS.adultTitle.max}
            placeholder='一句话说明'
            onInput={setTitle}
          />
          <FieldError errors={errors} field='title' />
        </View>
      ) : null}

      <Field
        label={mode === 'child' ? '小朋友说的话' : '描述'}
        multiline
        className='staff-entry__text'
        value={text}
        maxLength={mode === 'child' ? LIMITS.childText : LIMITS.adultText.max}
        placeholder='照原话记录'
        onInput={setText}
      />
      <FieldError errors={errors} field='text' />

      {mode === 'child' ? (
        <View>
          <Text className='section-title'>年龄段</Text>
          <Chips
            className='staff-entry__age'
            label='年龄段'
            options={AGE_GROUPS}
            isOn={(k) => k === ageGroup}
            onPick={setAgeGroup}
          />
          <FieldError errors={errors} field='ageGroup' />
        </View>
      ) : null}

      <Text className='section-title'>街道 / 社区（可不选）</Text>
      <StreetPicker
        withCommunity
        street={street}
        community={community}
        onChange={(s, c) => {
          setStreet(s)
          setCommunity(c)
        }}
      />
      <FieldError errors={errors} field='street' />
      <FieldError errors={errors} field='community' />

      <View className='staff-entry__alert'>{error ? <ErrorState message={error} /> : null}</View>
      <Button variant='primary' block className='staff-entry__submit' busy={busy} onClick={submit}>
        录入
      </Button>
    </PageShell>
  )
}
