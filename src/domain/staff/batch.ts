// Batch entry (代录一批): the rows a worker copies from the paper forms of one community event,
// sent as one enterBatch. Each row carries an id built from the batch id and its own number, so
// sending the batch again (a lost answer, a retry after fixing one row) adds every row once.
import type { ErrorCode } from '../errors'
import type { AgeGroup, SuggestionInput, Topic } from '../suggestions/model'
import { validateSuggestion, type FieldError } from '../suggestions/validate'
import type { BatchRowResult } from './api'

/** Who said it: a child's age group, or an adult resident (who needs a title). */
export type BatchWho = AgeGroup | 'adult'

export interface BatchRow {
  /** Its number in this batch: never reused after a row is removed, so its id stays its own. */
  n: number
  who: BatchWho | null
  topic: Topic | null
  title: string
  text: string
  /** What the server said the last time this row was sent. */
  result?: { ok: true; id: string; duplicate: boolean } | { ok: false; errors: FieldError[] }
}

export const newBatchRow = (n: number, who: BatchWho | null = null): BatchRow => ({
  n,
  who,
  topic: null,
  title: '',
  text: ''
})

/** The row's suggestion id: `<batchId>-r<n>` (within the server's 8–64 characters). */
export const batchRowId = (batchId: string, n: number): string => `${batchId}-r${n}`

/** Nothing written yet: a spare row at the end is left out, not refused. */
export const isBlankRow = (r: BatchRow): boolean => !r.topic && !r.title.trim() && !r.text.trim()

/** Already entered (or found entered before): it is not sent again and cannot be edited. */
export const isDone = (r: BatchRow): boolean => r.result?.ok === true

export function rowInput(batchId: string, r: BatchRow): SuggestionInput | Record<string, unknown> {
  const child = r.who !== 'adult'
  return {
    id: batchRowId(batchId, r.n),
    mode: child ? 'child' : 'adult',
    topic: r.topic,
    title: child ? '' : r.title,
    text: r.text,
    photoFileIds: [],
    ...(child && r.who ? { ageGroup: r.who } : {}),
    onBehalfOfChild: false
  }
}

export type BatchCheck =
  | { ok: true; send: BatchRow[]; inputs: Array<ReturnType<typeof rowInput>> }
  | { ok: false; rows: BatchRow[]; message: string }

/**
 * What to send: the rows not yet entered and not blank, each checked by the citizen form's rules
 * first. If any is wrong, nothing is sent and each wrong row carries its errors (the rest stay).
 */
export function checkBatch(batchId: string, rows: BatchRow[]): BatchCheck {
  const send = rows.filter((r) => !isDone(r) && !isBlankRow(r))
  if (send.length === 0) return { ok: false, rows, message: '还没有要录入的建议：请至少填写一行' }
  const errorsOf = new Map<number, FieldError[]>()
  for (const r of send) {
    const errors: FieldError[] = r.who ? [] : [{ field: 'who', message: '请选择是小朋友（年龄段）还是居民' }]
    const v = validateSuggestion(rowInput(batchId, r))
    // Without "who" the form's own age message would say the same thing again.
    if (!v.ok) errors.push(...v.errors.filter((e) => !(r.who === null && e.field === 'ageGroup')))
    if (errors.length) errorsOf.set(r.n, errors)
  }
  if (errorsOf.size === 0) return { ok: true, send, inputs: send.map((r) => rowInput(batchId, r)) }
  const wrong = rows.flatMap((r, i) => (errorsOf.has(r.n) ? [i + 1] : []))
  return {
    ok: false,
    rows: rows.map((r) => (errorsOf.has(r.n) ? { ...r, result: { ok: false, errors: errorsOf.get(r.n)! } } : r)),
    message: `第 ${wrong.join('、')} 行需要修改，改好后再提交（其他行都还在）`
  }
}

/** The server's per-row answers put back on the rows that were sent (their numbers, in the order sent). */
export function applyResults(rows: BatchRow[], sentNs: number[], results: BatchRowResult[]): BatchRow[] {
  const byN = new Map<number, BatchRowResult>()
  sentNs.forEach((n, i) => {
    const result = results.find((x) => x.row === i + 1)
    if (result) byN.set(n, result)
  })
  return rows.map((r) => {
    const x = byN.get(r.n)
    if (!x) return r
    if (x.ok && x.id) return { ...r, result: { ok: true, id: x.id, duplicate: Boolean(x.duplicate) } }
    return {
      ...r,
      result: { ok: false, errors: x.errors?.length ? x.errors : [{ field: 'form', message: '没有录入' }] }
    }
  })
}

/** A field changed: its old error goes (the rest of the row's errors stay until the next check). */
export function editRow(r: BatchRow, patch: Partial<Omit<BatchRow, 'n' | 'result'>>): BatchRow {
  if (isDone(r)) return r
  const fields = Object.keys(patch).flatMap((k) => (k === 'who' ? ['who', 'ageGroup', 'title'] : [k]))
  const errors = r.result && !r.result.ok ? r.result.errors.filter((e) => !fields.includes(e.field)) : []
  const next: BatchRow = { ...r, ...patch }
  delete next.result
  return errors.length ? { ...next, result: { ok: false, errors } } : next
}

export interface BatchSummary {
  done: number
  failed: number
  waiting: number
}

export function summarize(rows: BatchRow[]): BatchSummary {
  const written = rows.filter((r) => !isBlankRow(r))
  return {
    done: written.filter(isDone).length,
    failed: written.filter((r) => r.result && !r.result.ok).length,
    waiting: written.filter((r) => !r.result).length
  }
}

/**
 * After a failed call, whether some rows may have been stored anyway (the answer was lost, or the
 * function stopped halfway). Then the same request must go again unchanged before anything is
 * edited: an edited row sent under its old id would be answered "already entered" and the edit lost.
 */
export const answerUnknown = (code: ErrorCode): boolean =>
  !['VALIDATION', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'BAD_REQUEST'].includes(code)
