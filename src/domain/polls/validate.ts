// Checks a poll a district or street admin writes (policy.createPoll; the staff page runs the same
// check so each error shows beside its field). Where the poll may be asked (which street) is the
// server's question (permissions), not this one's.
import { DAY_MS } from '../clock'
import { isClientId } from '../ids'
import { readDate } from '../places/import-cells'
import { findStreet } from '../streets'
import type { FieldError } from '../suggestions/validate'
import { charCount, visibleTextOf } from '../text'
import { POLL_LIMITS, isAudience, isPictogram, type Audience, type Poll, type PollOption } from './model'
import { isObj, type Obj } from '../wire'

/** What staff write; the rest of a poll is the server's. */
export type PollInput = { id: string } & Pick<
  Poll,
  'question' | 'questionForChildren' | 'options' | 'audience' | 'street' | 'startsOn' | 'endsOn'
> & { councilRoundId: string | null }

export type PollValidation = { ok: true; value: PollInput } | { ok: false; errors: FieldError[] }

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS

function checkText(errors: FieldError[], field: string, value: string, name: string, max: number, required: boolean) {
  if (!value) {
    if (required) errors.push({ field, message: `请填写${name}` })
  } else if (charCount(value) > max) errors.push({ field, message: `${name}最多 ${max} 个字` })
}

function checkOptions(errors: FieldError[], raw: unknown): PollOption[] {
  const list = Array.isArray(raw) ? raw : []
  if (list.length < POLL_LIMITS.minOptions || list.length > POLL_LIMITS.maxOptions) {
    errors.push({ field: 'options', message: `请给 ${POLL_LIMITS.minOptions} 到 ${POLL_LIMITS.maxOptions} 个选项` })
  }
  const options = list.slice(0, POLL_LIMITS.maxOptions).map((o, i) => {
    const label = isObj(o) ? visibleTextOf(o.label) : ''
    const picture = isObj(o) ? o.picture : undefined
    checkText(errors, `options.${i}.label`, label, `第 ${i + 1} 个选项的文字`, POLL_LIMITS.label, true)
    if (!isPictogram(picture)) errors.push({ field: `options.${i}.picture`, message: `请给第 ${i + 1} 个选项选一张图` })
    return { label, picture: isPictogram(picture) ? picture : 'other' }
  })
  const seen = new Set<string>()
  options.forEach((o, i) => {
    if (o.label && seen.has(o.label))
      errors.push({ field: `options.${i}.label`, message: `第 ${i + 1} 个选项和前面的重复了` })
    seen.add(o.label)
  })
  return options
}

function checkDates(errors: FieldError[], input: Obj, today: string): { startsOn: string; endsOn: string } {
  const start = readDate(visibleTextOf(input.startsOn) || undefined, '开始日期')
  const end = readDate(visibleTextOf(input.endsOn) || undefined, '结束日期')
  if (!start.value) errors.push({ field: 'startsOn', message: start.error ?? '请选择开始日期' })
  else if (start.value < today) errors.push({ field: 'startsOn', message: '开始日期不能早于今天' })
  if (!end.value) errors.push({ field: 'endsOn', message: end.error ?? '请选择结束日期' })
  else if (start.value && end.value < start.value) errors.push({ field: 'endsOn', message: '结束日期不能早于开始日期' })
  else if (start.value && dayNumber(end.value) - dayNumber(start.value) + 1 > POLL_LIMITS.maxDays)
    errors.push({ field: 'endsOn', message: `一次投票最长 ${POLL_LIMITS.maxDays} 天` })
  return { startsOn: start.value ?? '', endsOn: end.value ?? '' }
}

/** `today` is the China date the poll is written on (clock.ts chinaDate). */
export function validatePoll(raw: unknown, today: string): PollValidation {
  const input = isObj(raw) ? raw : {}
  const errors: FieldError[] = []
  if (!isClientId(input.id)) errors.push({ field: 'id', message: '保存编号有误，请重新打开页面再试' })
  const question = visibleTextOf(input.question)
  checkText(errors, 'question', question, '问题', POLL_LIMITS.question, true)
  const forChildren = visibleTextOf(input.questionForChildren)
  checkText(errors, 'questionForChildren', forChildren, '给小朋友的问法', POLL_LIMITS.question, false)
  const options = checkOptions(errors, input.options)
  if (!isAudience(input.audience)) errors.push({ field: 'audience', message: '请选择问谁：小朋友、家长或都问' })
  const street = input.street === null || input.street === undefined || input.street === '' ? null : input.street
  if (street !== null && (typeof street !== 'string' || !findStreet(street)))
    errors.push({ field: 'street', message: '请选择一个渝中区的街道，或全区' })
  const dates = checkDates(errors, input, today)
  const round = input.councilRoundId === undefined || input.councilRoundId === '' ? null : input.councilRoundId
  // Which rounds are open is the server's question; here only the shape of a quarter (2026-Q4).
  if (round !== null && !(typeof round === 'string' && /^\d{4}-Q[1-4]$/.test(round)))
    errors.push({ field: 'councilRoundId', message: '请选择一次正在进行的议事，或不关联' })
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      id: input.id as string,
      question,
      questionForChildren: forChildren || null,
      options,
      audience: input.audience as Audience,
      street: street as string | null,
      ...dates,
      councilRoundId: round as string | null
    }
  }
}
