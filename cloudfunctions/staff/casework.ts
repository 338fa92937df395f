// 指派 and 内部备注 (the rules: src/domain/staff/casework.ts). Each is a write under the revision
// claim with its audit entry; a note is kept once per client id, so a resend stores nothing twice.
import { fail, ok } from '../../src/domain/errors'
import { isClientId } from '../../src/domain/ids'
import { ROLE_LABELS, type StaffRecord } from '../../src/domain/roles'
import { INTERNAL_NOTES_MAX, canWorkOn, checkAssign, validateInternalNote } from '../../src/domain/staff/casework'
import type { Handler } from '../../server/function'
import { commitChange, loadInScope, staffName, suggestions } from './access'
import { staffView } from './view'

/** Staff records asked for at most (the allowlist is small). */
const STAFF_READ = 500

export const assign: Handler<'staff', 'assign'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'assign')
  if (!loaded.ok) return loaded
  const s = loaded.data
  const staff = ctx.repo.collection<StaffRecord>('staff')
  // 'me': the caller's own record (我来负责), found by who is calling, never by a payload.
  const target =
    req.staffId === null
      ? null
      : req.staffId === 'me'
        ? ((await staff.find({ openid: ctx.caller.openid }, { limit: 1 }))[0] ?? undefined)
        : typeof req.staffId === 'string'
          ? ((await staff.get(req.staffId)) ?? undefined)
          : undefined
  if (target === undefined) return fail('VALIDATION', '请选择一位工作人员', 'staffId')
  const checked = checkAssign(ctx.caller, target, s)
  if (!checked.ok) return fail(checked.code, checked.message, checked.field)
  const at = ctx.now().toISOString()
  const committed = await commitChange(ctx, s, {
    kind: 'assign',
    patch: target
      ? { assignee: { staffId: target._id, openid: target.openid, name: target.name, at, by: staffName(ctx.caller) } }
      : {},
    remove: target ? [] : ['assignee'],
    detail: { to: target?.name ?? null, from: s.assignee?.name ?? null },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  return ok(await staffView(ctx, committed.data.suggestion))
}

export const assignees: Handler<'staff', 'assignees'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'assign')
  if (!loaded.ok) return loaded
  const records = await ctx.repo.collection<StaffRecord>('staff').find({ active: true }, { limit: STAFF_READ })
  const items = records
    .filter((r) => canWorkOn(r, loaded.data))
    .map((r) => ({ id: r._id, name: r.name, roleLabel: ROLE_LABELS[r.role] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  return ok({ items })
}

export const addNote: Handler<'staff', 'addNote'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'note')
  if (!loaded.ok) return loaded
  const s = loaded.data
  if (!isClientId(req.clientId)) return fail('VALIDATION', '备注编号无效，请刷新后重新发送', 'clientId')
  // The same note again (a second tap, a retry after a lost answer): the case as it is.
  if (s.internalNotes?.some((n) => n.id === req.clientId)) return ok(await staffView(ctx, s))
  const text = validateInternalNote(req.text)
  if (!text.ok) return fail('VALIDATION', text.message, text.field)
  const notes = s.internalNotes ?? []
  if (notes.length >= INTERNAL_NOTES_MAX) return fail('VALIDATION', `一条建议最多 ${INTERNAL_NOTES_MAX} 条备注`, 'text')
  const note = { id: req.clientId, at: ctx.now().toISOString(), by: staffName(ctx.caller), text: text.value }
  const committed = await commitChange(ctx, s, {
    kind: 'internal_note',
    patch: { internalNotes: [...notes, note] },
    // The words stay on the row (staff only); the log says only that one was written.
    detail: { noteId: note.id },
    expectedRev: req.rev
  })
  if (!committed.ok) {
    const fresh = await suggestions(ctx).get(s._id)
    if (fresh?.internalNotes?.some((n) => n.id === req.clientId)) return ok(await staffView(ctx, fresh))
    return committed
  }
  return ok(await staffView(ctx, committed.data.suggestion))
}
