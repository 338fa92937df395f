// The public board's figures: how many suggestions came in and how many were adopted, per month
// and per street, from the `stats` action's counts (StreetMonthTally). Pure, for the chart.
import { findStreet } from '../streets'
import type { StreetMonthCount } from './api'

export interface FigureRow {
  key: string
  label: string
  submitted: number
  adopted: number
}

const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
const streetLabel = (code: string) => (code === 'unknown' ? '未填街道' : (findStreet(code)?.name ?? code))

function sum(rows: StreetMonthCount[], keyOf: (r: StreetMonthCount) => string): Map<string, FigureRow> {
  const out = new Map<string, FigureRow>()
  for (const r of rows) {
    const key = keyOf(r)
    const row = out.get(key) ?? { key, label: '', submitted: 0, adopted: 0 }
    row.submitted += r.submitted
    row.adopted += r.adopted
    out.set(key, row)
  }
  return out
}

/** Month by month, newest first, for one street or (without one) the whole district. */
export function figuresByMonth(rows: StreetMonthCount[], street?: string): FigureRow[] {
  const mine = street ? rows.filter((r) => r.street === street) : rows
  return [...sum(mine, (r) => r.month).values()]
    .sort((a, b) => b.key.localeCompare(a.key))
    .map((r) => ({ ...r, label: monthLabel(r.key) }))
}

/** Street by street over all the months counted, most suggestions first ("未填街道" last). */
export function figuresByStreet(rows: StreetMonthCount[]): FigureRow[] {
  return [...sum(rows, (r) => r.street).values()]
    .sort((a, b) => Number(a.key === 'unknown') - Number(b.key === 'unknown') || b.submitted - a.submitted)
    .map((r) => ({ ...r, label: streetLabel(r.key) }))
}

/** What a screen reader says for one row (the same numbers the row shows). */
export const figureSpeech = (r: FigureRow) => `${r.label}：提交 ${r.submitted} 条，采纳 ${r.adopted} 条`
