/**
 * Days left in the three-year action plan (2024–2026), counted in China time (UTC+8, no DST) so the
 * count flips at midnight in Chongqing whatever the device or server time zone is.
 */
import dayjs, { type Dayjs } from 'dayjs'
import 'dayjs/locale/zh-cn'
import { chinaDayNumber as dayNumberOf, DAY_MS } from '../clock'

export const PLAN_END_DATE = '2026-12-31'

/** running: before the last day; lastDay: 2026-12-31 itself; ended: from 2027-01-01 */
export type CountdownState = 'running' | 'lastDay' | 'ended'

export interface PolicyCountdown {
  state: CountdownState
  /** Whole days from today to the end date; 0 on the last day and after the end */
  daysLeft: number
  endDate: string
  /** e.g. 2026年12月31日 星期四 */
  endDateLabel: string
  /** e.g. 距行动计划收官还有33天 */
  label: string
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number (days since 1970-01-01) of the calendar date in China for the given moment. */
function chinaDayNumber(now: Dayjs | Date | string | number): number {
  // A bare YYYY-MM-DD already is a calendar date; parsing it as local midnight would shift it
  // by a day on devices east of UTC+8.
  const dateOnly = typeof now === 'string' ? DATE_ONLY.exec(now) : null
  if (dateOnly) return Date.UTC(+dateOnly[1], +dateOnly[2] - 1, +dateOnly[3]) / DAY_MS
  const instant = dayjs(now)
  if (!instant.isValid()) throw new RangeError(`policyCountdown: invalid date ${String(now)}`)
  return dayNumberOf(instant.valueOf())
}

export function formatChineseDate(date: string): string {
  return dayjs(date).locale('zh-cn').format('YYYY年M月D日 dddd')
}

export function policyCountdown(now: Dayjs | Date | string | number = dayjs()): PolicyCountdown {
  const endDay = chinaDayNumber(PLAN_END_DATE)
  const diff = endDay - chinaDayNumber(now)
  const endDateLabel = formatChineseDate(PLAN_END_DATE)
  const base = { endDate: PLAN_END_DATE, endDateLabel }
  if (diff > 0) return { ...base, state: 'running', daysLeft: diff, label: `距行动计划收官还有${diff}天` }
  if (diff === 0) return { ...base, state: 'lastDay', daysLeft: 0, label: '今天是行动计划的最后一天' }
  const end = dayjs(PLAN_END_DATE).locale('zh-cn').format('YYYY年M月D日')
  return { ...base, state: 'ended', daysLeft: 0, label: `行动计划已于${end}收官` }
}
