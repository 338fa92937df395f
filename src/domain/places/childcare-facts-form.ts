// The written form of the childcare facts ("全日托 2800；半日托 1600"), one for the import's cells
// and the edit page's fields, read and written here, so a record fixed by hand reads back exactly
// as an imported one (the facts themselves: childcare-facts.ts).
import type { FieldError } from '../suggestions/validate'
import { charCount, visibleTextOf } from '../text'
import { CHILDCARE_FACT_LIMITS, feeUnit, labelOfCare } from './childcare-facts'
import { readDate, readInteger } from './import-cells'
import { CARE_TYPES, type CareFee, type CareHours, type CareType, type ChildcareInfo } from './model'

const SEPARATOR = /[;；\n]+/
const careTypeOf = (word: string) => CARE_TYPES.find((t) => t.label === word || t.key === word)
const careLabels = CARE_TYPES.map((t) => t.label).join('、')

export type FactParse<T> = { ok: true; value: T } | { ok: false; error: string }

/** Splits "全日托 2800；半日托 1600" into [label, rest] pairs; an item without a known label is an error. */
function splitByCareType(text: string, column: string): FactParse<Array<[CareType, string]>> {
  const pairs: Array<[CareType, string]> = []
  for (const item of text.normalize('NFKC').split(SEPARATOR)) {
    const trimmed = item.trim()
    if (!trimmed) continue
    const m = /^([^\s:：0-9]+)[\s:：]*(.*)$/.exec(trimmed)
    const type = m ? careTypeOf(m[1]) : undefined
    if (!m || !type) return { ok: false, error: `“${column}”中的“${trimmed}”应以托育类型开头（${careLabels}）` }
    if (pairs.some(([t]) => t === type.key)) return { ok: false, error: `“${column}”中${type.label}写了两次` }
    pairs.push([type.key, m[2].trim()])
  }
  return { ok: true, value: pairs }
}

/** "全日托 2800；半日托 1600 元/月" → fees; empty text: no fees known. */
export function parseFees(text: string): FactParse<CareFee[]> {
  const split = splitByCareType(text, '收费')
  if (!split.ok) return split
  const fees: CareFee[] = []
  for (const [careType, rest] of split.value) {
    const unit = feeUnit(careType)
    const m = /^(\d+)\s*(元)?\s*(\/|每)?\s*(月|小时|天|日)?$/.exec(rest.replace(/,/g, ''))
    const label = labelOfCare(careType)
    if (!m) return { ok: false, error: `“收费”中${label}的金额应为整数元（如 ${label} 2800），现为“${rest || '空'}”` }
    const written = m[4] === '日' ? '天' : m[4]
    if (written && written !== unit) return { ok: false, error: `${label}按“元/${unit}”填写（现为“元/${written}”）` }
    const yuan = Number(m[1])
    if (yuan > CHILDCARE_FACT_LIMITS.maxFeeYuan)
      return { ok: false, error: `${label}收费 ${yuan} 元超过 ${CHILDCARE_FACT_LIMITS.maxFeeYuan} 元，请核对` }
    fees.push({ careType, yuan })
  }
  return { ok: true, value: fees }
}

/** "全日托 周一至周五 07:30-17:30；半日托 08:00-12:00" → hours by care type, as the centre words them. */
export function parseCareHours(text: string): FactParse<CareHours[]> {
  const split = splitByCareType(text, '托育时间')
  if (!split.ok) return split
  const hours: CareHours[] = []
  for (const [careType, rest] of split.value) {
    const label = labelOfCare(careType)
    if (!rest) return { ok: false, error: `请写出${label}的时间（如 ${label} 周一至周五 07:30-17:30）` }
    if (charCount(rest) > CHILDCARE_FACT_LIMITS.careHoursText)
      return { ok: false, error: `${label}的时间最多 ${CHILDCARE_FACT_LIMITS.careHoursText} 个字` }
    hours.push({ careType, text: rest })
  }
  return { ok: true, value: hours }
}

export const formatFees = (fees: readonly CareFee[] | undefined): string =>
  (fees ?? []).map((f) => `${labelOfCare(f.careType)} ${f.yuan}`).join('；')

export const formatCareHours = (hours: readonly CareHours[] | undefined): string =>
  (hours ?? []).map((h) => `${labelOfCare(h.careType)} ${h.text}`).join('；')

/** The childcare facts as the edit page's fields and the import's cells hold them (text). */
export interface ChildcareFactsForm {
  fees: string
  careHours: string
  meals: string
  /** 余位 as a whole number; empty: unknown. */
  freePlaces: string
  /** The China date the 余位 count was confirmed (required with a count, not in the future). */
  freePlacesOn: string
}

export const CHILDCARE_FACT_LABELS: Record<keyof ChildcareFactsForm, string> = {
  fees: '收费',
  careHours: '托育时间',
  meals: '餐食',
  freePlaces: '余位',
  freePlacesOn: '余位确认日期'
}

export type ChildcareFacts = Pick<ChildcareInfo, 'fees' | 'careHours' | 'meals' | 'freePlaces'>

export function childcareFactsForm(c: ChildcareInfo | undefined): ChildcareFactsForm {
  return {
    fees: formatFees(c?.fees),
    careHours: formatCareHours(c?.careHours),
    meals: c?.meals ?? '',
    freePlaces: c?.freePlaces ? String(c.freePlaces.count) : '',
    freePlacesOn: c?.freePlaces?.confirmedOn ?? ''
  }
}

/** Reads the facts' text; each problem names its field. Absent facts stay absent. */
export function readChildcareFacts(
  form: ChildcareFactsForm,
  today: string
): { value: ChildcareFacts; errors: FieldError[] } {
  const errors: FieldError[] = []
  const value: ChildcareFacts = {}
  const fees = parseFees(visibleTextOf(form.fees))
  if (!fees.ok) errors.push({ field: 'fees', message: fees.error })
  else if (fees.value.length) value.fees = fees.value
  const hours = parseCareHours(visibleTextOf(form.careHours))
  if (!hours.ok) errors.push({ field: 'careHours', message: hours.error })
  else if (hours.value.length) value.careHours = hours.value
  const meals = visibleTextOf(form.meals)
  if (charCount(meals) > CHILDCARE_FACT_LIMITS.meals)
    errors.push({ field: 'meals', message: `餐食最多 ${CHILDCARE_FACT_LIMITS.meals} 个字` })
  else if (meals) value.meals = meals
  const countText = visibleTextOf(form.freePlaces)
  const onText = visibleTextOf(form.freePlacesOn)
  const count = readInteger(countText, '余位', 0, CHILDCARE_FACT_LIMITS.maxFreePlaces)
  if (count.error) errors.push({ field: 'freePlaces', message: count.error })
  const on = readDate(onText, '余位确认日期')
  if (on.error) errors.push({ field: 'freePlacesOn', message: on.error })
  else if (on.value && on.value > today)
    errors.push({ field: 'freePlacesOn', message: `余位确认日期不能晚于今天（${today}）` })
  else if (count.value !== undefined && !on.value)
    errors.push({ field: 'freePlacesOn', message: '写了余位，请同时写上确认的日期' })
  else if (on.value && count.value === undefined && !count.error)
    errors.push({ field: 'freePlaces', message: '写了余位确认日期，请同时写上余位个数' })
  if (count.value !== undefined && on.value) value.freePlaces = { count: count.value, confirmedOn: on.value }
  return { value, errors }
}
