// The fields of a new poll (domain/polls/validate.ts), each with its error: the question and its
// children's wording, who is asked, where (a street admin's own street only), the first and last
// day (China dates), and 2–5 options, each a built-in picture and a few words.
import { Text, View } from '@tarojs/components'
import { DateField } from '../../components/DateField'
import { FieldError, messageFor } from '../../components/FieldError'
import { Button } from '../../components/ui/Button'
import { Chip, ChipGroup } from '../../components/ui/Chip'
import { Field } from '../../components/ui/Field'
import {
  AUDIENCES,
  PICTOGRAMS,
  PICTOGRAM_KEYS,
  POLL_LIMITS,
  type Audience,
  type Pictogram
} from '../../domain/polls/model'
import type { PollInput } from '../../domain/polls/validate'
import type { FieldError as Err } from '../../domain/suggestions/validate'

export type PollForm = Omit<PollInput, 'id' | 'street' | 'questionForChildren'> & {
  /** '' is the whole district. */
  street: string
  questionForChildren: string
}

interface Props {
  form: PollForm
  /** The places this admin may ask: '' (全区) for the district admin, their street for a street admin. */
  scopes: Array<{ key: string; label: string }>
  /** The children's council round under way, which the poll may be asked for. */
  councilRound?: { id: string; label: string } | null
  today: string
  errors: Err[]
  onChange: (patch: Partial<PollForm>) => void
}

export function PollFields({ form, scopes, councilRound, today, errors, onChange }: Props) {
  const setOption = (i: number, patch: Partial<PollForm['options'][number]>) =>
    onChange({ options: form.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) })
  // A picture names its option until staff write their own words (the walk found 公园 chosen and
  // the words left empty, so the save was refused).
  const pickPicture = (i: number, picture: Pictogram) => {
    const o = form.options[i]
    const ownWords = o.label.trim() !== '' && o.label !== PICTOGRAMS[o.picture].name
    setOption(i, ownWords ? { picture } : { picture, label: PICTOGRAMS[picture].name })
  }
  return (
    <View className='poll-fields'>
      <Field
        label='问题（必填）'
        className='poll-fields__question'
        hint='一句话，如：放学后你最想去哪里？'
        maxLength={POLL_LIMITS.question}
        value={form.question}
        error={messageFor(errors, 'question')}
        onInput={(question) => onChange({ question })}
      />
      <Field
        label='给小朋友的问法（可选）'
        className='poll-fields__kids'
        hint='小朋友看到的是这一句；不填就用上面的问题'
        maxLength={POLL_LIMITS.question}
        value={form.questionForChildren}
        error={messageFor(errors, 'questionForChildren')}
        onInput={(questionForChildren) => onChange({ questionForChildren })}
      />
      <ChipGroup
        label='问谁'
        showLabel
        className='poll-fields__audience'
        options={(Object.keys(AUDIENCES) as Audience[]).map((k) => ({ key: k, label: AUDIENCES[k] }))}
        isOn={(k) => k === form.audience}
        onPick={(audience) => onChange({ audience })}
      />
      <FieldError errors={errors} field='audience' />
      <ChipGroup
        label='范围'
        showLabel
        wrap
        className='poll-fields__scope'
        options={scopes}
        isOn={(k) => k === form.street}
        onPick={(street) => onChange({ street })}
      />
      <FieldError errors={errors} field='street' />
      {councilRound ? (
        <ChipGroup
          label='关联儿童议事会'
          showLabel
          className='poll-fields__council'
          options={[
            { key: '', label: '不关联' },
            { key: councilRound.id, label: `${councilRound.label}议事` }
          ]}
          isOn={(k) => k === (form.councilRoundId ?? '')}
          onPick={(k) => onChange({ councilRoundId: k || null })}
        />
      ) : null}
      <FieldError errors={errors} field='councilRoundId' />
      <DateField
        label='开始日期'
        className='poll-fields__startsOn'
        field='startsOn'
        value={form.startsOn}
        start={today}
        errors={errors}
        onPick={(startsOn) => onChange({ startsOn })}
      />
      <DateField
        label='结束日期（这一天结束后不再投票）'
        className='poll-fields__endsOn'
        field='endsOn'
        value={form.endsOn}
        start={form.startsOn}
        errors={errors}
        onPick={(endsOn) => onChange({ endsOn })}
      />
      <Text className='poll-fields__label'>
        选项（{POLL_LIMITS.minOptions}–{POLL_LIMITS.maxOptions} 个，每个一张图和几个字）
      </Text>
      <FieldError errors={errors} field='options' />
      {form.options.map((o, i) => (
        <View key={i} className='poll-fields__option'>
          <Field
            label={`选项 ${i + 1}`}
            className={`poll-fields__option-label poll-fields__option-${i}`}
            maxLength={POLL_LIMITS.label}
            value={o.label}
            error={messageFor(errors, `options.${i}.label`)}
            onInput={(label) => setOption(i, { label })}
          />
          <View className='poll-fields__pictures' ariaRole='radiogroup' ariaLabel={`选项 ${i + 1} 的图`}>
            {PICTOGRAM_KEYS.map((k) => (
              <Chip
                key={k}
                label={PICTOGRAMS[k].name}
                icon={<Text>{PICTOGRAMS[k].emoji}</Text>}
                selected={o.picture === k}
                onClick={() => pickPicture(i, k)}
              />
            ))}
          </View>
          <FieldError errors={errors} field={`options.${i}.picture`} />
          {form.options.length > POLL_LIMITS.minOptions ? (
            <Button
              variant='text'
              size='small'
              onClick={() => onChange({ options: form.options.filter((_, j) => j !== i) })}
            >
              删除选项 {i + 1}
            </Button>
          ) : null}
        </View>
      ))}
      {form.options.length < POLL_LIMITS.maxOptions ? (
        <Button
          variant='secondary'
          size='small'
          className='poll-fields__add'
          onClick={() => onChange({ options: [...form.options, { picture: 'other', label: '' }] })}
        >
          加一个选项
        </Button>
      ) : null}
    </View>
  )
}
