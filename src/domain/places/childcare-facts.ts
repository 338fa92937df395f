// The childcare facts a parent decides on: fees by care type, hours by care type, meals and free
// places (余位) with the day they were confirmed — as the list, the filters and the place page
// read them. Their written form (import cells, edit fields) is childcare-facts-form.ts, kept apart
// so the 找地方 tab in the main package carries only this. Unknown stays absent ("暂无").
import { DAY_MS } from '../clock'
import { CARE_TYPES, type CareFee, type CareType, type ChildcareInfo } from './model'

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

export function feeUnit(careType: CareType): string {
  return CARE_TYPES.find((t) => t.key === careType)!.feeUnit
}

export function labelOfCare(careType: CareType): string {
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
