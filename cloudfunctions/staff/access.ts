// Access checks and the write path every staff change takes.
//
// Concurrency: two workers may act on one suggestion at once, and every change must leave exactly
// one audit entry. Each change therefore claims the suggestion's next revision by inserting its
// audit entry with _id `<suggestion>@<rev>` (claimRevision, which the purge and the author's
// deletions take too): insert is atomic on SQLite and CloudBase alike, so of two changes made on
// the same revision exactly one gets in, and the other is refused with CONFLICT instead of
// silently overwriting the history. The audit log doubles as the ledger; a conditional update
// (updateIf) alone would guard the row but not the entry.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { AuditKind, SuggestionOriginal } from '../../src/domain/staff/api'
import { can, inScope, type StaffAction } from '../../src/domain/staff/permissions'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { Department } from '../../src/domain/staff/routing'
import { auditEntry, type AuditEntry } from '../../server/services/audit'
import type { Context } from '../../server/function'
import { claimRevision } from '../../server/services/personal-data'

export type { AuditEntry } from '../../server/services/audit'
export { audit, staffName } from '../../server/services/audit'

export interface OriginalRecord extends SuggestionOriginal {
  _id: string
  updatedAt: string
}

export const suggestions = (ctx: Context) => ctx.repo.collection<Suggestion>('suggestions')
export const auditLog = (ctx: Context) => ctx.repo.collection<AuditEntry>('audit_log')
export const originals = (ctx: Context) => ctx.repo.collection<OriginalRecord>('suggestion_originals')
export const departments = (ctx: Context) => ctx.repo.collection<Department>('departments')

const FORBIDDEN_MESSAGES: Partial<Record<StaffAction, string>> = {
  manageStaff: '只有区级管理员可以管理工作人员名单',
  manageTemplates: '只有区级管理员可以修改答复模板',
  viewAudit: '只有区级管理员可以查看操作记录'
}

/** Null when the caller's role allows the action; otherwise the error to return. */
export function denied(ctx: Context, action: StaffAction): CloudResult<never> | null {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  if (can(ctx.caller, action)) return null
  if (ctx.caller.role === 'citizen') return fail('FORBIDDEN', '仅限社区工作人员使用')
  return fail('FORBIDDEN', FORBIDDEN_MESSAGES[action])
}

export const NOT_IN_SCOPE = '没有找到这条建议，或它不在你负责的范围内'

/** The suggestion, if the role allows the action and the suggestion is in the caller's area. */
export async function loadInScope(ctx: Context, id: unknown, action: StaffAction): Promise<CloudResult<Suggestion>> {
  const refused = denied(ctx, action)
  if (refused) return refused
  const s = typeof id === 'string' && id ? await suggestions(ctx).get(id) : null
  // Outside the area answers like a missing id: a worker learns nothing about other areas.
  if (!s || !inScope(ctx.caller, s)) return fail('NOT_FOUND', NOT_IN_SCOPE)
  return ok(s)
}

export const CONFLICT_MESSAGE = '这条建议刚被其他工作人员更新，请刷新后再操作'

export interface Change {
  kind: AuditKind
  detail?: AuditEntry['detail']
  /** Fields to set. */
  patch: Partial<Suggestion>
  /** Fields to delete (the whole document is rewritten then). */
  remove?: Array<keyof Suggestion>
  /** The rev of the view the staff member acted on, when the page sent one. */
  expectedRev?: unknown
}

/** Writes one change to a suggestion under the revision claim described above. */
export async function commitChange(
  ctx: Context,
  s: Suggestion,
  change: Change
): Promise<CloudResult<{ suggestion: Suggestion; audit: AuditEntry }>> {
  const current = s.rev ?? 0
  if (change.expectedRev !== undefined && change.expectedRev !== null && change.expectedRev !== current)
    return fail('CONFLICT', CONFLICT_MESSAGE)
  const rev = current + 1
  const at = ctx.now().toISOString()
  const claim = auditEntry(ctx, change.kind, at, {
    _id: `${s._id}@${rev}`,
    suggestionId: s._id,
    rev,
    ...(change.detail ? { detail: change.detail } : {})
  })
  if (!(await claimRevision(ctx.repo, { ...claim, suggestionId: s._id, rev })))
    return fail('CONFLICT', CONFLICT_MESSAGE)
  const patch = { ...change.patch, rev, updatedAt: at }
  if (change.remove?.length) {
    // Deleting a field portably means rewriting the document; re-read it so a support counted
    // meanwhile is kept (staff writes cannot interleave: we hold the revision).
    const fresh = (await suggestions(ctx).get(s._id)) ?? s
    const next = { ...fresh, ...patch } as Suggestion
    for (const key of change.remove) delete (next as Partial<Suggestion>)[key]
    await suggestions(ctx).put(next)
    return ok({ suggestion: next, audit: claim })
  }
  await suggestions(ctx).update(s._id, patch)
  return ok({ suggestion: { ...s, ...patch }, audit: claim })
}
