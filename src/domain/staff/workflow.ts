// The status workflow of a suggestion, defined once: which change each staff role may make, when
// a reason is required, and how a change enters the history. The cloud function refuses
// everything else; the pages use nextStatuses() only to decide which buttons to show.
import type { Role } from '../roles'
import { charCount } from '../suggestions/validate'
import { STATUSES, type HistoryEntry, type Status } from '../suggestions/model'
import { finalRefusal, isWithdrawn } from '../suggestions/status'

export type StaffRole = Exclude<Role, 'citizen'>

export interface TransitionRule {
  from: Status
  to: Status
  roles: readonly StaffRole[]
  /** A note is required and must say why (shown to the author in the timeline). */
  reasonRequired?: boolean
}

// Closing says what was done (or why it ends here): the author reads it beside 已办结, a child
// in the words the worker writes for them (the case page asks for child words on a child's row).
const CLOSING = { reasonRequired: true } as const

const EVERY_STAFF: readonly StaffRole[] = ['community_worker', 'street_admin', 'district_admin', 'department_staff']
// Adopting, refusing and closing a decision commit the street or the district, so a community
// worker prepares them and an admin makes them.
const ADMINS: readonly StaffRole[] = ['street_admin', 'district_admin']

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'submitted', to: 'accepted', roles: EVERY_STAFF },
  { from: 'accepted', to: 'in_progress', roles: EVERY_STAFF },
  { from: 'in_progress', to: 'answered', roles: EVERY_STAFF },
  { from: 'in_progress', to: 'adopted', roles: ADMINS },
  { from: 'in_progress', to: 'rejected', roles: ADMINS, reasonRequired: true },
  { from: 'answered', to: 'closed', roles: EVERY_STAFF, ...CLOSING },
  { from: 'adopted', to: 'closed', roles: ADMINS, ...CLOSING }
  // 不予采纳 is an ending of its own (FixMyStreet's closed, not fixed): never closed as 已办结, or
  // the board, its figures and the counts beside the targets would show a refusal as done.
]

export const NOTE_MAX = 200
export const REASON_MIN = 5
/** A staff member's reason for 标记紧急, in characters (it goes into the audit log). */
export const URGENT_REASON = { min: 2, max: 100 } as const

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(STATUSES, value)
}

const label = (s: Status) => `“${STATUSES[s]}”`

/** Whether moving to `to` needs a note its author reads (不予采纳 and 办结). */
export function needsReason(to: Status): boolean {
  return TRANSITIONS.some((t) => t.to === to && t.reasonRequired)
}

/** Statuses this role may move a suggestion to from `from` (for the page's buttons). */
export function nextStatuses(from: Status, role: Role): Status[] {
  return TRANSITIONS.filter((t) => t.from === from && (t.roles as readonly Role[]).includes(role)).map((t) => t.to)
}

function findRule(from: Status, to: Status): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to)
}

export type TransitionCheck =
  | { ok: true; entry: HistoryEntry }
  | { ok: false; code: 'VALIDATION' | 'FORBIDDEN' | 'CONFLICT'; message: string; field?: string }

export interface TransitionInput {
  from: Status
  to: unknown
  role: Role
  note?: unknown
  /** The staff member's display name, written into the history. */
  by: string
  at: string
}

/** Decides one status change; on success returns the history entry to append. */
export function checkTransition(input: TransitionInput): TransitionCheck {
  const { from, to, role } = input
  if (!isStatus(to)) return { ok: false, code: 'VALIDATION', message: '目标状态无效', field: 'to' }
  if (from === to) return { ok: false, code: 'CONFLICT', message: `这条建议已经是${label(to)}了，请刷新后查看` }
  const rule = findRule(from, to)
  if (!rule) {
    const final = finalRefusal(from, '更改状态')
    if (final) return { ok: false, code: 'VALIDATION', message: final, field: 'to' }
    // Only its author withdraws (suggestions.withdraw).
    if (isWithdrawn(to)) return { ok: false, code: 'VALIDATION', message: '只有提建议的人能撤回建议', field: 'to' }
    const next = TRANSITIONS.filter((t) => t.from === from).map((t) => STATUSES[t.to])
    return {
      ok: false,
      code: 'VALIDATION',
      message: `不能从${label(from)}改为${label(to)}；下一步可以是：${next.join('、')}`,
      field: 'to'
    }
  }
  if (!(rule.roles as readonly Role[]).includes(role)) {
    return { ok: false, code: 'FORBIDDEN', message: `改为${label(to)}需要街道或区级管理员操作` }
  }
  if (input.note !== undefined && input.note !== null && typeof input.note !== 'string') {
    return { ok: false, code: 'VALIDATION', message: '备注格式不对', field: 'note' }
  }
  const note = typeof input.note === 'string' ? input.note.trim() : ''
  if (charCount(note) > NOTE_MAX)
    return { ok: false, code: 'VALIDATION', message: `备注最多 ${NOTE_MAX} 个字`, field: 'note' }
  if (rule.reasonRequired && charCount(note) < REASON_MIN) {
    const what = to === 'closed' ? '办结说明：办了什么，或为什么到此为止' : `${label(to)}的理由`
    return {
      ok: false,
      code: 'VALIDATION',
      message: `请填写${what}（至少 ${REASON_MIN} 个字），这段话会告诉提建议的人`,
      field: 'note'
    }
  }
  return { ok: true, entry: { status: to, at: input.at, by: input.by, ...(note ? { note } : {}) } }
}

/** The history only grows: a new array with the entry at the end, earlier entries untouched. */
export function appendHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...history, entry]
}

/** True when `after` is `before` plus entries at the end (used by tests and the audit check). */
export function isAppendOnly(before: readonly HistoryEntry[], after: readonly HistoryEntry[]): boolean {
  return after.length >= before.length && before.every((e, i) => JSON.stringify(e) === JSON.stringify(after[i]))
}

/** The first staff response: the first status change after submission, or the first reply. */
export function firstResponseAt(s: {
  history: readonly HistoryEntry[]
  replies: ReadonlyArray<{ at: string }>
}): string | null {
  const times = [...s.history.slice(1).map((h) => h.at), ...s.replies.map((r) => r.at)].sort()
  return times[0] ?? null
}

/** Whether the suggestion ever reached a status (the history is the record, not the current status). */
export function everReached(history: readonly HistoryEntry[], status: Status): boolean {
  return history.some((h) => h.status === status)
}
