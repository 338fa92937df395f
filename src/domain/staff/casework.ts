// Who works on a suggestion (指派) and what staff note for each other (内部备注). Both are staff
// matters: no author, public or outbound projection carries them (egress/fields.ts), and the
// notes' personal words go at the retention deadline like every other staff text (retention.ts).
// Their shapes live with the row's (suggestions/model.ts: Assignee, InternalNote).
import { callerFrom, type Caller, type StaffRecord } from '../roles'
import type { Assignee } from '../suggestions/model'
import { charCount } from '../suggestions/validate'
import { visibleText } from '../text'
import type { Parsed } from './inbox-query'
import { inScope, type Located } from './permissions'

export const INTERNAL_NOTE = { min: 2, max: 300 } as const
/** Notes on one case at most (each one a write under the revision claim). */
export const INTERNAL_NOTES_MAX = 100

export function validateInternalNote(raw: unknown): Parsed<string> {
  const text = typeof raw === 'string' ? visibleText(raw) : ''
  if (charCount(text) < INTERNAL_NOTE.min || charCount(text) > INTERNAL_NOTE.max)
    return {
      ok: false,
      field: 'text',
      message: `备注请写 ${INTERNAL_NOTE.min}—${INTERNAL_NOTE.max} 个字`
    }
  return { ok: true, value: text }
}

/** Street and district admins hand work to others; everyone else takes or lets go of their own. */
export const assignsOthers = (caller: Caller): boolean =>
  caller.role === 'street_admin' || caller.role === 'district_admin'

/** Whether a staff member could work on the row at all: active, and the row is in their area. */
export function canWorkOn(r: StaffRecord, s: Located): boolean {
  // callerFrom: an inactive record is nobody's staff identity, so it works on nothing.
  return inScope(callerFrom(r.openid, r), s)
}

/**
 * Checks an assignment: `target` null lets it go. A worker takes it themselves or lets go of
 * their own; an admin assigns anyone who can work on it, or clears it.
 */
export function checkAssign(
  caller: Caller,
  target: StaffRecord | null,
  s: Located & { assignee?: Pick<Assignee, 'openid'> }
): { ok: true } | { ok: false; code: 'FORBIDDEN' | 'VALIDATION'; message: string; field?: string } {
  const others = assignsOthers(caller)
  if (target === null) {
    if (!s.assignee) return { ok: false, code: 'VALIDATION', message: '这条建议还没有指派给任何人' }
    if (!others && s.assignee.openid !== caller.openid)
      return { ok: false, code: 'FORBIDDEN', message: '只能取消自己负责的建议，或请街道管理员改派' }
    return { ok: true }
  }
  if (!others && target.openid !== caller.openid)
    return { ok: false, code: 'FORBIDDEN', message: '指派给其他人需要街道或区级管理员操作' }
  if (!canWorkOn(target, s))
    return { ok: false, code: 'VALIDATION', message: '这位工作人员不负责这条建议所在的范围', field: 'staffId' }
  if (s.assignee?.openid === target.openid)
    return { ok: false, code: 'VALIDATION', message: `已经由${target.name}负责`, field: 'staffId' }
  return { ok: true }
}
