// Opening hours written out: the compact text parseHours (./hours) reads back, and the lines a
// place page shows. Apart from the parser because a page that only shows hours (the place page)
// need not carry it: the WeChat build copies a module into each subpackage that imports it.
import { WEEKDAY_LABELS } from '../clock'
import type { OpeningHours, TimeRange } from './model'

export const EN_DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']

const rangesText = (ranges: TimeRange[]) => (ranges.length ? ranges.map((r) => `${r.from}-${r.to}`).join(',') : 'off')

/** Groups consecutive weekdays with the same ranges: [[startDay, endDay, ranges], …]. */
function dayGroups(week: TimeRange[][]): Array<[number, number, TimeRange[]]> {
  const groups: Array<[number, number, TimeRange[]]> = []
  week.forEach((ranges, day) => {
    const last = groups[groups.length - 1]
    if (last && rangesText(last[2]) === rangesText(ranges)) last[1] = day
    else groups.push([day, day, ranges])
  })
  return groups
}

/** The canonical compact text (parseHours(formatHours(h)) gives h back). */
export function formatHours(hours: OpeningHours): string {
  if (hours.kind === 'always') return '24/7'
  const name = (d: number) => EN_DAYS[d][0].toUpperCase() + EN_DAYS[d][1]
  const rules = dayGroups(hours.week)
    .filter(([, , ranges]) => ranges.length > 0)
    .map(([a, b, ranges]) => `${name(a)}${a === b ? '' : `${b === a + 1 ? ',' : '-'}${name(b)}`} ${rangesText(ranges)}`)
  if (rules.length === 0) rules.push('Mo-Su off')
  if (hours.holidays !== 'regular') rules.push(`PH ${hours.holidays === 'closed' ? 'off' : rangesText(hours.holidays)}`)
  return rules.join('; ')
}

/** Lines for a detail page: ["周一至周五 08:00–18:00", "周六 09:30–17:00", "周日 休息", "节假日 休息"]. */
export function describeHours(hours: OpeningHours | undefined): string[] {
  if (!hours) return ['营业时间未知']
  if (hours.kind === 'always') return ['全年 24 小时营业']
  const show = (ranges: TimeRange[]) => (ranges.length ? ranges.map((r) => `${r.from}–${r.to}`).join('，') : '休息')
  const lines = dayGroups(hours.week).map(([a, b, ranges]) => {
    const days = a === b ? WEEKDAY_LABELS[a] : `${WEEKDAY_LABELS[a]}${b === a + 1 ? '、' : '至'}${WEEKDAY_LABELS[b]}`
    return `${days} ${show(ranges)}`
  })
  if (hours.holidays !== 'regular') lines.push(`节假日 ${hours.holidays === 'closed' ? '休息' : show(hours.holidays)}`)
  return lines
}
