// The audit log's entries (audit_log): who did what, when, never the data itself. Staff changes to
// suggestions write theirs through cloudfunctions/staff/access.ts (which also claims revisions);
// every other admin step (a places import, a policy or news publication) appends one here.
import { newClientId } from '../../src/domain/ids'
import { ROLE_LABELS, type Caller, type Role } from '../../src/domain/roles'
import type { AuditKind } from '../../src/domain/staff/api'
import type { Context } from '../function'

export interface AuditEntry {
  _id: string
  kind: AuditKind
  at: string
  /** openid of the staff member; null for the scheduled purge. */
  actor: string | null
  actorName: string
  actorRole: Role | 'system'
  suggestionId?: string
  rev?: number
  detail?: Record<string, string | number | boolean | null>
}

export const staffName = (caller: Caller) => caller.name ?? ROLE_LABELS[caller.role]

/** An entry for the caller's step, not yet written. */
export function auditEntry(ctx: Context, kind: AuditKind, at: string, fields: Partial<AuditEntry>): AuditEntry {
  return {
    _id: newClientId(kind, Date.parse(at)),
    kind,
    at,
    actor: ctx.caller.openid,
    actorName: staffName(ctx.caller),
    actorRole: ctx.caller.role,
    ...fields
  }
}

/**
 * Appends an audit entry that does not change a suggestion (opening a contact, an export, an
 * import…). With `key` (what the step made: a version, a row's id) the entry is that step's
 * once: the retry of a call that died after its effect writes the entry the first one could not,
 * and never a second.
 */
export async function audit(
  ctx: Context,
  kind: AuditKind,
  fields: Pick<AuditEntry, 'suggestionId' | 'detail'> = {},
  key?: string
): Promise<AuditEntry> {
  const e = auditEntry(ctx, kind, ctx.now().toISOString(), { ...fields, ...(key ? { _id: `${kind}:${key}` } : {}) })
  await ctx.repo.collection<AuditEntry>('audit_log').insert(e)
  return e
}
