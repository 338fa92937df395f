// How far the district has come toward each 2026 target: the current values district admins
// enter (policy.recordProgress), each with its source and the date it refers to. Entries are never
// changed: a new figure (or a corrected one) is a new entry, and the newest date wins. Nothing here
// makes up a figure: a target without an entry says 暂无数据.
import type { Comparator, PolicyTarget } from './facts'

/** The fields of a target the progress needs (a summary target has them too). */
export type ProgressTarget = Pick<PolicyTarget, 'id' | 'label' | 'comparator' | 'value' | 'unit' | 'wording'>

export interface ProgressSource {
  /** The document the figure is published in, e.g. 《2026年渝中区托育服务统计》 */
  document: string
  /** The office that published it, e.g. 区卫生健康委 */
  office: string
  /** Where to read it (http or https), when it is online. */
  url?: string
}

/** One entered figure, as stored in `policy_progress` (append-only). */
export interface ProgressEntry {
  /** The client's id for the entry: a retried save finds it instead of adding a second one. */
  _id: string
  targetId: string
  value: number
  /** The target's unit when the figure was entered (a later text could change it). */
  unit: string
  /** YYYY-MM-DD: the day the figure describes (统计截至), not the day it was typed in. */
  asOf: string
  source: ProgressSource
  enteredAt: string
  /** The staff member who entered it: their openid (never sent out) and display name. */
  enteredBy: string
  enteredByName: string
  /** Local development only (server/local seed): shown with 演示 wherever it appears. */
  demo?: true
}

/** What anyone may read of an entry: the figure and where it comes from, not who typed it. */
export type PublicProgress = Pick<ProgressEntry, 'targetId' | 'value' | 'unit' | 'asOf' | 'source' | 'enteredAt'> & {
  demo?: true
}

/** What district admins see in a target's history: also who entered each figure. */
export type StaffProgress = PublicProgress & { id: string; enteredByName: string }

/** Adopted (已采纳) and finished (已办结) suggestions that relate to a target. */
export interface RelatedCounts {
  adopted: number
  closed: number
}

/** One target's row on the 政策 tab: its current figure, if any, and the related suggestions. */
export interface TargetProgressView {
  targetId: string
  current: PublicProgress | null
  related: RelatedCounts
  /** 给小朋友: the sentence about the target and its figure (kidsProgressSentence, made by the server). */
  kids: string
}

export interface ProgressBoard {
  items: TargetProgressView[]
  /** False when the related counts stopped at the read cap: they are then lower bounds. */
  relatedComplete: boolean
}

export function toPublicProgress(e: ProgressEntry): PublicProgress {
  return {
    targetId: e.targetId,
    value: e.value,
    unit: e.unit,
    asOf: e.asOf,
    source: { document: e.source.document, office: e.source.office, ...(e.source.url ? { url: e.source.url } : {}) },
    enteredAt: e.enteredAt,
    ...(e.demo ? { demo: true as const } : {})
  }
}

export function toStaffProgress(e: ProgressEntry): StaffProgress {
  return { ...toPublicProgress(e), id: e._id, enteredByName: e.enteredByName }
}

/**
 * The figure that stands for a target now: the one describing the latest day; of two for the same
 * day, the one entered last (a correction). A figure back-filled for an earlier day does not
 * replace a newer one.
 */
export function isMoreCurrent(
  a: Pick<ProgressEntry, 'asOf' | 'enteredAt'>,
  b: Pick<ProgressEntry, 'asOf' | 'enteredAt'>
) {
  return a.asOf > b.asOf || (a.asOf === b.asOf && a.enteredAt > b.enteredAt)
}

export function currentByTarget<T extends Pick<ProgressEntry, 'targetId' | 'asOf' | 'enteredAt'>>(
  entries: readonly T[]
): Map<string, T> {
  const current = new Map<string, T>()
  for (const e of entries) {
    const held = current.get(e.targetId)
    if (!held || isMoreCurrent(e, held)) current.set(e.targetId, e)
  }
  return current
}

/** 'less': a target to stay under (不超过 / 低于), where a lower figure is the better one. */
export function direction(comparator: Comparator): 'more' | 'less' {
  return comparator === '<=' || comparator === '<' ? 'less' : 'more'
}

/** Whether a figure meets the target as written (≥, >, = 100 %, ≤, <). */
export function meetsTarget(target: Pick<ProgressTarget, 'comparator' | 'value'>, value: number): boolean {
  switch (target.comparator) {
    case '>=':
      return value >= target.value
    case '>':
      return value > target.value
    case '=':
      return value === target.value
    case '<=':
      return value <= target.value
    case '<':
      return value < target.value
  }
}

/** 1234567.5 → "1,234,567.5" (no Intl: older WeChat engines ship without full ICU). */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

export type UnitKind = 'percent' | 'perThousand' | 'count'

export function unitKind(unit: string): UnitKind {
  if (unit === '%') return 'percent'
  if (unit === '个/千人') return 'perThousand'
  return 'count'
}

/** A figure with its unit, as the board shows it: 92.5%, 3.9 个/千人, 1,200 个. */
export function formatFigure(value: number, unit: string): string {
  const kind = unitKind(unit)
  if (kind === 'percent') return `${groupDigits(value)}%`
  return `${groupDigits(value)} ${unit}`
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '', '<=': '≤', '<': '<' }

/** The target as the board shows it: ≥4.5 个/千人, >88%, 全覆盖. */
export function formatTarget(t: Pick<ProgressTarget, 'comparator' | 'value' | 'unit' | 'wording'>): string {
  if (t.wording === '全覆盖') return '全覆盖'
  return `${COMPARATOR_SIGNS[t.comparator]}${formatFigure(t.value, t.unit)}`
}
