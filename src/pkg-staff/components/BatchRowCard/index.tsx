// One paper form in a batch: who said it (a child's age group or an adult resident), the topic,
// a title for an adult, the words; then what the server said about it. An entered row shrinks to
// one line and cannot change; a refused one stays open with its reasons next to the fields.
import { Text, View } from '@tarojs/components'
import { FieldError, messageFor } from '../../../components/FieldError'
import { Button } from '../../../components/ui/Button'
import { ChipGroup } from '../../../components/ui/Chip'
import { Field } from '../../../components/ui/Field'
import { StatusTag } from '../../../components/ui/StatusTag'
import type { BatchRow, BatchWho } from '../../../domain/staff/batch'
import { AGE_GROUPS, TOPICS, startOfWords, topicLabel } from '../../../domain/suggestions/model'
import { LIMITS } from '../../../domain/suggestions/limits'
import './index.scss'

const WHO: Array<{ key: BatchWho; label: string }> = [
  ...AGE_GROUPS.map((a) => ({ key: a.key, label: `小朋友 ${a.label}` })),
  { key: 'adult', label: '居民' }
]
// Words only: an emoji that a phone or browser lacks shows as an empty box.
const TOPIC_OPTIONS = TOPICS.map((t) => ({ key: t.key, label: t.label }))
// Errors the row has no field for (the id, the place, the whole row) are shown under it.
const OWN_FIELDS = ['who', 'ageGroup', 'topic', 'title', 'text']

interface Props {
  row: BatchRow
  /** Its place on screen, 1-based: the number on the paper form pile. */
  number: number
  /** Rows are read-only while a sent batch waits for its answer. */
  locked: boolean
  focus: boolean
  onChange: (patch: Partial<Pick<BatchRow, 'who' | 'topic' | 'title' | 'text'>>) => void
  onRemove?: () => void
}

export function BatchRowCard({ row, number, locked, focus, onChange, onRemove }: Props) {
  const r = row.result
  const errors = r && !r.ok ? r.errors : []
  if (r?.ok) {
    return (
      <View className='batch-row batch-row--done' data-row={number}>
        <View className='batch-row__head'>
          <Text className='batch-row__number'>第 {number} 条</Text>
          <StatusTag label={r.duplicate ? '之前已录入' : '已录入'} tone='good' />
        </View>
        <Text className='batch-row__summary'>
          {row.topic ? topicLabel(row.topic) : ''} · {row.title || startOfWords(row.text)}
        </Text>
        <Text className='muted'>{r.duplicate ? '这一条之前已经录入过，没有重复添加' : `编号 ${r.id}`}</Text>
      </View>
    )
  }
  const other = errors.filter((e) => !OWN_FIELDS.includes(e.field))
  return (
    <View className={`batch-row ${errors.length ? 'batch-row--error' : ''}`} data-row={number}>
      <View className='batch-row__head'>
        <Text className='batch-row__number'>第 {number} 条</Text>
        {errors.length ? <StatusTag label='未录入' tone='bad' /> : null}
        {onRemove && !locked ? (
          <Button variant='text' size='small' className='batch-row__remove' onClick={onRemove}>
            删除第 {number} 条
          </Button>
        ) : null}
      </View>
      <ChipGroup
        label={`第 ${number} 条：谁提的`}
        className='batch-row__who'
        options={WHO}
        isOn={(k) => k === row.who}
        onPick={(who) => !locked && onChange({ who })}
      />
      <FieldError errors={errors} field='who' />
      <FieldError errors={errors} field='ageGroup' />
      <ChipGroup
        label={`第 ${number} 条：类别`}
        className='batch-row__topic'
        options={TOPIC_OPTIONS}
        isOn={(k) => k === row.topic}
        onPick={(topic) => !locked && onChange({ topic })}
      />
      <FieldError errors={errors} field='topic' />
      {row.who === 'adult' ? (
        <Field
          label='标题'
          className='batch-row__title'
          value={row.title}
          maxLength={LIMITS.adultTitle.max}
          placeholder='一句话说明'
          error={messageFor(errors, 'title')}
          onInput={(title) => !locked && onChange({ title })}
        />
      ) : null}
      <Field
        label={row.who === 'adult' ? '描述' : '说的话（照原话）'}
        className='batch-row__text'
        multiline
        value={row.text}
        maxLength={row.who === 'adult' ? LIMITS.adultText.max : LIMITS.childText}
        placeholder='照纸上的原话记录'
        focus={focus}
        error={messageFor(errors, 'text')}
        onInput={(text) => !locked && onChange({ text })}
      />
      {other.map((e) => (
        <FieldError key={`${e.field}-${e.message}`} errors={[e]} field={e.field} />
      ))}
    </View>
  )
}
