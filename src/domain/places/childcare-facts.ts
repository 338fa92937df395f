// The childcare facts a parent decides on: fees by care type, hours by care type, meals and free
// places (余位) with the day they were confirmed. One written form for the import's cells and the
// edit page's fields ("全日托 2800；半日托 1600"), read and written here, so a record fixed by hand
// reads back exactly as an imported one. Unknown stays absent ("暂无"), never a guess.
import { DAY_MS } from '../clock'
import type { FieldError } from '../suggestions/validate'
import { charCount, visibleText } from '../text'
import { readDate, readInteger } from './import-cells'
import { CARE_TYPES, type CareFee, type CareHours, type CareType, type ChildcareInfo } from './model'

export const CHILDCARE_FACT_LIMITS = {
  /** Yuan per unit: above this a typo (an extra 0) is far likelier than a real fee. */
  maxFeeYuan: 20000,
  careHoursText: 40,
  meals: 60,
  maxFreePlaces: 2000
} as const

/**
 * A 余位 count older than this says little (places fill within weeks): shown with its date and
 * "请致电确认", and not counted by the 有余位 filter.
 */
export const FREE_PLACES_FRESH_DAYS = 30

/** Monthly fee ceilings offered as filter chips (yuan). */
export const MONTHLY_FEE_CHOICES = [1500, 2500, 3500] as const

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

export function feeUnit(careType: CareType): string {
  return CARE_TYPES.find((t) => t.key === careType)!.feeUnit
}

function labelOfCare(careType: CareType): string {
  return CARE_TYPES.find((t) => t.key === careType)!.label
}

/** "全日托 2,800 元/月" for each fee, in the order of CARE_TYPES. */
export function describeFees(fees: readonly CareFee[] | undefined): string[] {
  return CARE_TYPES.flatMap((t) => {
    const fee = fees?.find((f) => f.careType === t.key)
    return fee ? [`${t.label} ${groupThousands(fee.yuan)} 元/${t.feeUnit}`] : []
  })
}

/** 2800 → "2,800" by hand: toLocaleString's grouping depends on the phone's ICU data. */
export const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',')

/** The lowest monthly fee (全日托 or 半日托), for "月费 1,600 元起"; undefined when none is known. */
export function lowestMonthlyFee(c: ChildcareInfo | undefined): number | undefined {
  const monthly = (c?.fees ?? []).filter((f) => feeUnit(f.careType) === '月').map((f) => f.yuan)
  return monthly.length ? Math.min(...monthly) : undefined
}

/** Days since the 余位 count was confirmed, by China dates. */
function daysSince(confirmedOn: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${confirmedOn}T00:00:00Z`)) / DAY_MS)
}

export interface FreePlacesState {
  count: number
  confirmedOn: string
  /** Confirmed within FREE_PLACES_FRESH_DAYS of today. */
  fresh: boolean
}

export function freePlacesState(c: ChildcareInfo | undefined, today: string): FreePlacesState | undefined {
  const f = c?.freePlaces
  if (!f) return undefined
  return { ...f, fresh: daysSince(f.confirmedOn, today) <= FREE_PLACES_FRESH_DAYS }
}

/** "3 个（2026-12-01 确认）" (beside the word 余位), or for an old count "…，可能已有变化，请致电确认". */
export function describeFreePlaces(state: FreePlacesState): string {
  const count = state.count > 0 ? `${state.count} 个` : '已满'
  return `${count}（${state.confirmedOn} 确认${state.fresh ? '' : '，可能已有变化，请致电确认'}）`
}

/** The 有余位 filter: a count above 0 confirmed recently; an old or unknown count never matches. */
export function hasFreshFreePlaces(c: ChildcareInfo | undefined, today: string): boolean {
  const state = freePlacesState(c, today)
  return Boolean(state && state.fresh && state.count > 0)
}

/** The 月费 filter: some monthly fee at or under the ceiling; unknown fees never match. */
export function monthlyFeeAtMost(c: ChildcareInfo | undefined, maxYuan: number): boolean {
  const lowest = lowestMonthlyFee(c)
  return lowest !== undefined && lowest <= maxYuan
}

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
  const text = (v: unknown) => (typeof v === 'string' ? visibleText(v).trim() : '')
  const fees = parseFees(text(form.fees))
  if (!fees.ok) errors.push({ field: 'fees', message: fees.error })
  else if (fees.value.length) value.fees = fees.value
  const hours = parseCareHours(text(form.careHours))
  if (!hours.ok) errors.push({ field: 'careHours', message: hours.error })
  else if (hours.value.length) value.careHours = hours.value
  const meals = text(form.meals)
  if (charCount(meals) > CHILDCARE_FACT_LIMITS.meals)
    errors.push({ field: 'meals', message: `餐食最多 ${CHILDCARE_FACT_LIMITS.meals} 个字` })
  else if (meals) value.meals = meals
  const countText = text(form.freePlaces)
  const onText = text(form.freePlacesOn)
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
