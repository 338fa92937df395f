// A compact opening-hours syntax people can type into a spreadsheet cell, parsed into the
// structured OpeningHours of model.ts (and written back by formatHours). Modelled on the
// OpenStreetMap opening_hours notation, with Chinese day names accepted too:
//
//   24/7                                   always open, holidays included
//   Mo-Fr 08:00-18:00; Sa 09:30-17:00; PH off
//   Mo,We,Fr 08:00-12:00,14:00-18:00       several days, several ranges
//   Fr 20:00-02:00                         across midnight (belongs to Friday)
//   Mo-Su 09:00-17:00; Mo off              a later rule replaces earlier ones for its days
//   08:00-22:00                            no days = every day
//   周一至周五 8:00-18:00；周六 24h；节假日 休息
//
// Days not mentioned are closed. PH (public holidays) follows the weekday unless a rule says
// "PH off" or gives its own ranges; which dates are holidays is passed to openState.
import { formatMinutes } from '../clock'
import type { OpeningHours, TimeRange } from './model'

import { EN_DAYS, formatHours } from './hours-text'
import { spanOf } from './open-state'

export { openState, type OpenState } from './open-state'
export { describeHours, formatHours } from './hours-text'

export type HoursParse = { ok: true; hours: OpeningHours } | { ok: false; errors: string[] }

const ZH_DAYS: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 七: 6 }
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6]
const CLOSED_WORDS = /^(off|closed|休息|闭馆|关闭|不开放|停业)$/i
const ALWAYS_WORDS = /^(24\/7|全年24小时|全天24小时营业|24小时营业)$/i
const HOLIDAY_WORDS = /^(ph|节假日|法定节假日|节日)$/i
const DAY_HINT = '星期请写成 Mo Tu We Th Fr Sa Su 或 周一…周日'

/** Full-width punctuation, Chinese dashes and 至/到 become their ASCII forms. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[–—~～至到]/g, '-')
    .replace(/[、]/g, ',')
    .replace(/\r?\n/g, ';')
}

function parseDay(token: string): number | undefined {
  const t = token.trim().toLowerCase()
  const en = EN_DAYS.indexOf(t)
  if (en >= 0) return en
  const zh = /^(?:周|星期|礼拜)?([一二三四五六日天七])$/.exec(t)
  return zh ? ZH_DAYS[zh[1]] : undefined
}

type DaySelection = { days: number[]; holidays: boolean }

function parseDays(text: string): DaySelection | string {
  const t = text.trim()
  if (t === '' || /^(每天|每日|天天|全周|全年)$/.test(t)) return { days: ALL_DAYS, holidays: false }
  if (HOLIDAY_WORDS.test(t)) return { days: [], holidays: true }
  if (t === '工作日') return { days: [0, 1, 2, 3, 4], holidays: false }
  if (t === '周末') return { days: [5, 6], holidays: false }
  const days = new Set<number>()
  let holidays = false
  for (const part of t.split(',')) {
    if (HOLIDAY_WORDS.test(part.trim())) {
      holidays = true
      continue
    }
    const [a, b, extra] = part.split('-')
    const start = parseDay(a ?? '')
    const end = b === undefined ? start : parseDay(b)
    if (extra !== undefined || start === undefined || end === undefined)
      return `无法识别的星期“${part.trim()}”，${DAY_HINT}`
    // Sa-Mo wraps over the week's end.
    for (let d = start; ; d = (d + 1) % 7) {
      days.add(d)
      if (d === end) break
    }
  }
  return { days: [...days].sort((x, y) => x - y), holidays }
}

function parseTime(text: string): number | string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) return `时间“${text.trim()}”格式不对，请写成 08:00 这样的 24 小时制`
  const minutes = Number(m[1]) * 60 + Number(m[2])
  if (Number(m[2]) > 59 || minutes > 24 * 60) return `时间“${text.trim()}”超出范围（00:00–24:00）`
  return minutes
}

function parseRanges(text: string): TimeRange[] | string {
  const ranges: TimeRange[] = []
  for (const part of text.split(',')) {
    const p = part.trim()
    if (/^24\s*h$|^24小时$/i.test(p)) {
      ranges.push({ from: '00:00', to: '24:00' })
      continue
    }
    const pieces = p.split('-')
    if (pieces.length !== 2) return `时间段“${p}”格式不对，请写成 08:00-18:00`
    const from = parseTime(pieces[0])
    const to = parseTime(pieces[1])
    if (typeof from === 'string') return from
    if (typeof to === 'string') return to
    if (from === 24 * 60) return `开始时间不能是 24:00（“${p}”）`
    if (from === to) return `时间段“${p}”的开始和结束相同；全天营业请写 24h`
    ranges.push({ from: formatMinutes(from), to: formatMinutes(to) })
  }
  return checkOverlap(ranges)
}

function checkOverlap(ranges: TimeRange[]): TimeRange[] | string {
  const sorted = [...ranges].sort((a, b) => spanOf(a)[0] - spanOf(b)[0])
  for (let i = 1; i < sorted.length; i++) {
    if (spanOf(sorted[i])[0] < spanOf(sorted[i - 1])[1]) {
      return `时间段 ${sorted[i - 1].from}-${sorted[i - 1].to} 和 ${sorted[i].from}-${sorted[i].to} 重叠`
    }
  }
  return sorted
}

/** Parses the compact syntax; every error message is Chinese and names the rule it is in. */
export function parseHours(input: string): HoursParse {
  const text = normalise(input).trim()
  if (!text) return { ok: false, errors: ['营业时间为空'] }
  const rules = text
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)
  if (rules.some((r) => ALWAYS_WORDS.test(r))) {
    if (rules.length > 1) return { ok: false, errors: ['“24/7”表示全年全天营业，不能再和其他规则一起写'] }
    return { ok: true, hours: { kind: 'always', text: '24/7' } }
  }
  const week: TimeRange[][] = ALL_DAYS.map(() => [])
  let holidays: 'regular' | 'closed' | TimeRange[] = 'regular'
  const errors: string[] = []
  for (const rule of rules) {
    // The time part starts at the first digit or closing word; what comes before names the days.
    const m = /^(.*?)\s*((?:\d|off\b|closed\b|休息|闭馆|关闭|不开放|停业).*)$/i.exec(rule)
    if (!m) {
      errors.push(`“${rule}”缺少时间，例如 Mo-Fr 08:00-18:00 或 Su off`)
      continue
    }
    const selection = parseDays(m[1])
    const timePart = m[2].trim()
    const ranges = CLOSED_WORDS.test(timePart) ? [] : parseRanges(timePart)
    if (typeof selection === 'string' || typeof ranges === 'string') {
      errors.push(`“${rule}”：${typeof selection === 'string' ? selection : ranges}`)
      continue
    }
    for (const d of selection.days) week[d] = ranges
    if (selection.holidays) holidays = ranges.length ? ranges : 'closed'
  }
  if (errors.length) return { ok: false, errors }
  const hours: OpeningHours = { kind: 'weekly', week, holidays, text: '' }
  return { ok: true, hours: { ...hours, text: formatHours(hours) } }
}
