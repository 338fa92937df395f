// 转办 and the departments that receive it. A transfer moves who holds a suggestion (the rule and
// its words: src/domain/staff/routing.ts), records it in the history with the reason its author
// reads, tells the author (a child in child words) and the staff who now hold it.
import { createHash } from 'node:crypto'
import { fail, ok } from '../../src/domain/errors'
import { holderLabel, planTransfer, validateDepartmentInput, type Department } from '../../src/domain/staff/routing'
import { appendHistory } from '../../src/domain/staff/workflow'
import type { HistoryEntry, Suggestion } from '../../src/domain/suggestions/model'
import { toProgressMessageRow } from '../../src/domain/suggestions/egress'
import { finalRefusal } from '../../src/domain/suggestions/status'
import { notifyStaffOfNew } from '../../server/services/staff-notice'
import type { Context, Handler } from '../../server/function'
import { audit, auditLog, commitChange, denied, departments, loadInScope, staffName, suggestions } from './access'
import { notifyAuthor } from './changes'
import { staffView } from './view'

export const listDepartments: Handler<'staff', 'departments'> = async (_req, ctx) => {
  const refused = denied(ctx, 'read')
  if (refused) return refused
  const all = await departments(ctx).find({}, { limit: 200 })
  // Only the district admin, who configures them, sees the ones switched off.
  const items = ctx.caller.role === 'district_admin' ? all : all.filter((d) => d.active)
  return ok({ items: items.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) })
}

export const saveDepartment: Handler<'staff', 'saveDepartment'> = async (req, ctx) => {
  const refused = denied(ctx, 'manageStaff')
  if (refused) return refused
  const checked = validateDepartmentInput(req.department)
  if (!checked.ok) return fail('VALIDATION', checked.message, checked.field)
  const { id, create, ...fields } = checked.value
  const existing = await departments(ctx).get(id)
  // Already as asked: a save sent again after its answer was lost (or a change to nothing).
  if (existing && sameDepartment(existing, fields)) return ok(existing)
  if (!existing && !create) return fail('NOT_FOUND', '没有这个部门', 'id')
  if (existing && create) return fail('CONFLICT', '保存编号已被使用，请重新打开页面再试', 'id')
  const record: Department = { ...existing, _id: id, ...fields, updatedAt: ctx.now().toISOString() }
  // Logged first, under a key of the change (the record as it was): a call that dies before the
  // write is logged once by its retry; one that dies after it finds the record as asked, above.
  await audit(
    ctx,
    'save_department',
    { detail: { departmentId: id, name: record.name, active: record.active, created: !existing } },
    `${id}:${existing?.updatedAt ?? 'new'}:${createHash('sha1').update(JSON.stringify(fields)).digest('hex').slice(0, 12)}`
  )
  await departments(ctx).put(record)
  return ok(record)
}

const sameDepartment = (d: Department, f: Pick<Department, 'name' | 'topics' | 'active'>) =>
  d.name === f.name && d.active === f.active && d.topics.join() === f.topics.join()

export const transfer: Handler<'staff', 'transfer'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'transfer')
  if (!loaded.ok) {
    // Handed out of the caller's own area by this very call, whose answer was lost: the retry
    // is answered as the first one was (and sends what did not go), not with 没有找到.
    const row =
      loaded.error.code === 'NOT_FOUND' && typeof req.id === 'string' ? await suggestions(ctx).get(req.id) : null
    return (row && (await sameTransferStored(ctx, row, req))) ?? loaded
  }
  const s = loaded.data
  const replayed = await sameTransferStored(ctx, s, req)
  if (replayed) return replayed
  const final = finalRefusal(s.status, '转办')
  if (final) return fail('VALIDATION', final)
  const known = await departments(ctx).find({}, { limit: 200 })
  const plan = planTransfer(req, s, known)
  if (!plan.ok) return fail('VALIDATION', plan.message, plan.field)
  const { label, reason, note, patch, remove } = plan.value
  const entry: HistoryEntry = {
    status: s.status,
    at: ctx.now().toISOString(),
    by: staffName(ctx.caller),
    event: 'transferred',
    to: label,
    reason,
    ...(note ? { note } : {})
  }
  const committed = await commitChange(ctx, s, {
    kind: 'transfer',
    patch: { ...patch, history: appendHistory(s.history, entry) },
    // Whoever worked on it hands it on too: the new holder assigns their own.
    remove: s.assignee ? [...remove, 'assignee'] : remove,
    detail: {
      // Who had it: by name, as the district admin reads the log (the ids would say nothing).
      from: holderLabel(s, known),
      to: label,
      reason,
      note: note ?? null
    },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  const moved = committed.data.suggestion
  await tellEveryone(ctx, moved, entry, committed.data.audit._id)
  return ok(await staffView(ctx, moved))
}

/**
 * The author hears where it went (one message per permission, like every step); the staff who hold
 * it now get the new-suggestion notice, keyed by this transfer so a retry does not send it twice.
 * Each outcome is kept in the transfer's audit entry: a retried call sends only what did not go.
 */
async function tellEveryone(ctx: Context, s: Suggestion, entry: HistoryEntry, auditId: string) {
  const stored = await auditLog(ctx).get(auditId)
  const told = stored?.detail?.notification
  const notification =
    told === undefined || told === 'failed' ? (await notifyAuthor(ctx, s, toProgressMessageRow(s, entry))).status : told
  await notifyStaffOfNew(ctx, s, new Set(), `${s._id}#${auditId}`).catch((e) =>
    console.error('[staff.transfer] notice', e)
  )
  if (stored) await auditLog(ctx).update(auditId, { detail: { ...stored.detail, notification } })
}

/** The transfer that made the row's revision, when this request is that same one by the same person. */
async function sameTransferStored(ctx: Context, s: Suggestion, req: { rev?: unknown }) {
  const current = s.rev ?? 0
  if (typeof req.rev !== 'number' || req.rev !== current - 1) return null
  const last = s.history.at(-1)
  if (!last || last.event !== 'transferred' || last.by !== staffName(ctx.caller)) return null
  const entry = await auditLog(ctx).get(`${s._id}@${current}`)
  if (!entry || entry.kind !== 'transfer' || entry.actor !== ctx.caller.openid) return null
  await tellEveryone(ctx, s, last, entry._id)
  return ok(await staffView(ctx, s))
}
