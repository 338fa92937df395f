// Checks a current value a district admin enters for a target (policy.recordProgress; the staff
// page runs the same check so each error shows beside its field): a number in range for the
// target's unit, the day it refers to (a date, not in the future in China), and its source.
import { readDate } from '../places/import-cells'
import type { FieldError } from '../suggestions/validate'
import { isClientId } from '../ids'
import { charCount, visibleText } from '../text'
import { unitKind, type ProgressSource, type ProgressTarget } from './progress'
import { isObj } from '../wire'

export const PROGRESS_LIMITS = {
  document: 80,
  office: 40,
  url: 300,
  /** A count target (个) is a whole number up to this. */
  maxCount: 10_000_000,
  /** Figures are read at most to two decimals (statistics bulletins give one or two). */
  decimals: 2,
  /** A figure before this day is a typo, not a baseline of the plan. */
  earliest: '2000-01-01'
} as const

/** The staff form as typed (text fields, like the place edit). */
export interface ProgressForm {
  value: string
  asOf: string
  document: string
  office: string
  url: string
}

export const PROGRESS_LABELS: Record<keyof ProgressForm, string> = {
  value: '当前数值',
  asOf: '数据日期',
  document: '来源文件',
  office: '发布单位',
  url: '链接'
}

export interface ProgressValue {
  id: string
  targetId: string
  value: number
  asOf: string
  source: ProgressSource
}

const text = (v: unknown): string => (typeof v === 'string' ? visibleText(v) : typeof v === 'number' ? String(v) : '')

/** The range a figure of this unit can have, in words for the error. */
function rangeProblem(value: number, unit: string): string | null {
  switch (unitKind(unit)) {
    case 'percent':
      return value <= 100 ? null : '百分比应在 0 到 100 之间'
    case 'perThousand':
      return value <= 1000 ? null : '每千人口的数应在 0 到 1000 之间'
    case 'count':
      if (!Number.isInteger(value)) return '个数应为整数'
      return value <= PROGRESS_LIMITS.maxCount ? null : `个数最多 ${PROGRESS_LIMITS.maxCount}`
  }
}

/** "92.5", "92.5%" (for a percentage), "1,200" → the number, or the problem in Chinese. */
export function readFigure(raw: string, unit: string): { value: number } | { error: string } {
  const kind = unitKind(unit)
  let t = raw.normalize('NFKC').trim()
  if (!t) return { error: '请填写当前数值' }
  if (kind === 'percent') t = t.replace(/%$/, '').trim()
  if (kind === 'count') t = t.replace(/,(?=\d{3}(?:\D|$))/g, '')
  if (t.startsWith('-')) return { error: '数值不能是负数' }
  if (!/^\d+(\.\d+)?$/.test(t)) {
    const hint = kind === 'percent' ? '，如 92.5（单位 %）' : kind === 'perThousand' ? '，如 3.9' : '，如 1200'
    return { error: `请填写数字${hint}` }
  }
  if ((t.split('.')[1] ?? '').length > PROGRESS_LIMITS.decimals)
    return { error: `最多保留 ${PROGRESS_LIMITS.decimals} 位小数` }
  const value = Number(t)
  const problem = rangeProblem(value, unit)
  return problem ? { error: problem } : { value }
}

/** Checks an entry for `target`; `today` is China's date (chinaDate). */
export function validateProgress(
  raw: unknown,
  target: ProgressTarget | undefined,
  today: string
): { ok: true; value: ProgressValue } | { ok: false; errors: FieldError[] } {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '没有要保存的内容' }] }
  const errors: FieldError[] = []
  const err = (field: keyof ProgressForm | 'targetId' | 'id', message: string) => errors.push({ field, message })
  if (!isClientId(raw.id)) err('id', '保存编号有误，请重新打开页面再试')
  if (!target) err('targetId', '请选择一个目标')

  const figure = target ? readFigure(text(raw.value), target.unit) : null
  if (figure && 'error' in figure) err('value', figure.error)

  const dateText = text(raw.asOf)
  const date = dateText ? readDate(dateText, PROGRESS_LABELS.asOf) : { error: '请选择数据日期（数值统计到哪一天）' }
  if (date.error) err('asOf', date.error)
  else if (date.value && date.value > today) err('asOf', `数据日期不能晚于今天（${today}）`)
  else if (date.value && date.value < PROGRESS_LIMITS.earliest)
    err('asOf', `数据日期不能早于 ${PROGRESS_LIMITS.earliest}`)

  const source = isObj(raw.source) ? raw.source : {}
  const document = text(source.document)
  if (!document) err('document', '请写明来源文件，如《2026年渝中区托育服务统计》')
  else if (charCount(document) > PROGRESS_LIMITS.document)
    err('document', `来源文件最多 ${PROGRESS_LIMITS.document} 个字`)
  const office = text(source.office)
  if (!office) err('office', '请写明发布单位，如 区卫生健康委')
  else if (charCount(office) > PROGRESS_LIMITS.office) err('office', `发布单位最多 ${PROGRESS_LIMITS.office} 个字`)
  const url = text(source.url)
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url))
    err('url', '链接应以 http:// 或 https:// 开头，如 https://www.cqyz.gov.cn/…')
  else if (charCount(url) > PROGRESS_LIMITS.url) err('url', `链接最多 ${PROGRESS_LIMITS.url} 个字`)

  if (errors.length || !target || !figure || 'error' in figure) return { ok: false, errors }
  return {
    ok: true,
    value: {
      id: raw.id as string,
      targetId: target.id,
      value: figure.value,
      asOf: date.value as string,
      source: { document, office, ...(url ? { url } : {}) }
    }
  }
}

/** The request the staff form sends, from what was typed. */
export function progressRequest(id: string, targetId: string, form: ProgressForm) {
  return {
    id,
    targetId,
    value: form.value,
    asOf: form.asOf,
    source: { document: form.document, office: form.office, ...(form.url.trim() ? { url: form.url } : {}) }
  }
}
