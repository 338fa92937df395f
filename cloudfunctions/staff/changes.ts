// Handling one suggestion: moving it through the workflow, replying (with the subscribe message
// to its author) and opening its contact on purpose.
import { fail, ok } from '../../src/domain/errors'
import type { NotifyOutcome } from '../../src/domain/staff/api'
import { findPersonalInfo } from '../../src/domain/staff/mask'
import { replyMessage } from '../../src/domain/staff/message'
import { fillTemplate, validateReply, type ReplyTemplate } from '../../src/domain/staff/templates'
import { appendHistory, checkTransition } from '../../src/domain/staff/workflow'
import type { HistoryEntry, Reply, Suggestion } from '../../src/domain/suggestions/model'
import { finalRefusal } from '../../src/domain/suggestions/status'
import { firstChars } from '../../src/domain/text'
import { isClientId } from '../../src/domain/ids'
import {
  initialReplyPublication,
  toOpenedContact,
  toProgressMessageRow,
  toReplyMessageRow,
  type ReplyMessageRow
} from '../../src/domain/suggestions/egress'
import { isAssisted } from '../../src/domain/suggestions/rules'
import type { Context, Handler } from '../../server/function'
import { audit, auditLog, commitChange, loadInScope, staffName, suggestions } from './access'
import { staffView } from './view'

function statusPatch(s: Suggestion, entry: HistoryEntry): Partial<Suggestion> {
  return {
    status: entry.status,
    history: appendHistory(s.history, entry),
    ...(entry.status === 'closed' ? { closedAt: entry.at } : {})
  }
}

export const transition: Handler<'staff', 'transition'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'transition')
  if (!loaded.ok) return loaded
  const s = loaded.data
  // The same step again (its answer lost, or its call died after storing it): its message goes
  // now if it never did; nothing is stored twice.
  const replayed = await sameStepStored(ctx, s, req)
  if (replayed) return replayed
  const check = checkTransition({
    from: s.status,
    to: req.to,
    role: ctx.caller.role,
    note: req.note,
    by: staffName(ctx.caller),
    at: ctx.now().toISOString()
  })
  if (!check.ok) return fail(check.code, check.message, check.field)
  const committed = await commitChange(ctx, s, {
    kind: 'transition',
    patch: statusPatch(s, check.entry),
    detail: { from: s.status, to: check.entry.status, note: check.entry.note ?? null },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  await tellAuthor(ctx, committed.data.suggestion, check.entry, committed.data.audit._id)
  return ok(await staffView(ctx, committed.data.suggestion))
}

/** The transition that made the row's revision, when this request is that same step by the same person. */
async function sameStepStored(ctx: Context, s: Suggestion, req: { to: unknown; rev?: unknown }) {
  const current = s.rev ?? 0
  if (typeof req.rev !== 'number' || req.rev !== current - 1) return null
  const last = s.history.at(-1)
  if (!last || last.event || last.status !== req.to || last.by !== staffName(ctx.caller)) return null
  const entry = await auditLog(ctx).get(`${s._id}@${current}`)
  if (!entry || entry.kind !== 'transition' || entry.actor !== ctx.caller.openid) return null
  const told = entry.detail?.notification
  if (told === undefined || told === 'failed') await tellAuthor(ctx, s, last, entry._id)
  return ok(await staffView(ctx, s))
}

/**
 * Every status step its author should know of is told in a subscribe message (WeChat sends one
 * per permission the author gave; without one it refuses, and nothing is retried). The outcome is
 * kept in the step's audit entry, so a retried call knows whether it went.
 */
async function tellAuthor(ctx: Context, s: Suggestion, entry: HistoryEntry, auditId: string) {
  const { status } = await notifyAuthor(ctx, s, toProgressMessageRow(s, entry))
  const stored = await auditLog(ctx).get(auditId)
  if (stored) await auditLog(ctx).update(auditId, { detail: { ...stored.detail, notification: status } })
}

/** The subscribe message to a row's author, about a reply or a status step. */
export async function notifyAuthor(ctx: Context, s: Suggestion, row: ReplyMessageRow): Promise<NotifyOutcome> {
  // An assisted entry has no author account to notify.
  if (isAssisted(s)) return { status: 'skipped', reason: 'assisted_entry' }
  try {
    return await ctx.services.notifier.send(
      { kind: 'reply', touser: s.authorId, suggestionId: s._id, ...replyMessage(row) },
      row.at
    )
  } catch (e) {
    // The reply or the step is stored whatever happens to the message.
    console.error('[staff] notify author', e)
    return { status: 'failed' }
  }
}

/**
 * The answer to a send that was already stored: the row as it is, nothing stored twice. Its
 * message goes now if the call that stored it died before sending (its audit entry has no
 * outcome yet) or the send failed: at least once, never lost; a second tap while the first is
 * still sending may send it twice.
 */
async function alreadySent(ctx: Context, s: Suggestion, clientId: string) {
  const [entry] = await auditLog(ctx).find(
    { suggestionId: s._id, kind: 'reply', 'detail.replyId': clientId },
    { limit: 1 }
  )
  const reply = s.replies.find((r) => r.id === clientId)
  let notification: NotifyOutcome = { status: 'skipped', reason: 'duplicate' }
  const outcome = entry?.detail?.notification
  if (entry && reply && (outcome === undefined || outcome === 'failed')) {
    notification = await notifyAuthor(ctx, s, toReplyMessageRow(s, reply))
    await auditLog(ctx).update(entry._id, { detail: { ...entry.detail, notification: notification.status } })
  }
  return ok({ suggestion: await staffView(ctx, s), notification, duplicate: true })
}

/**
 * A reply: from a template (filled with the area and the topic, never the author's words) or the
 * worker's own words. It waits for an admin's 公开 where the row's words did; what looks personal
 * in it is counted in the audit entry and never leaves the system (egress/words.ts), while the
 * author reads it as written.
 */
export const reply: Handler<'staff', 'reply'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'reply')
  if (!loaded.ok) return loaded
  const s = loaded.data
  if (req.clientId !== undefined && !isClientId(req.clientId))
    return fail('VALIDATION', '回复编号无效，请刷新后重新发送', 'clientId')
  // The same send again (a second tap, a retry after a lost answer): the row as it is, nothing
  // stored or sent twice — before any other check, since the first one may have closed the row.
  if (req.clientId && s.replies.some((r) => r.id === req.clientId)) return alreadySent(ctx, s, req.clientId)
  const final = finalRefusal(s.status, '回复')
  if (final) return fail('VALIDATION', final)
  let text = typeof req.text === 'string' ? req.text : undefined
  let textForChildren = typeof req.textForChildren === 'string' ? req.textForChildren : undefined
  if (req.templateId !== undefined) {
    const template =
      typeof req.templateId === 'string'
        ? await ctx.repo.collection<ReplyTemplate>('reply_templates').get(req.templateId)
        : null
    if (!template || !template.active) return fail('NOT_FOUND', '答复模板不存在或已停用', 'templateId')
    // The worker's own edits win over the template's words.
    text ??= fillTemplate(template.text, s)
    textForChildren ??= fillTemplate(template.textForChildren, s)
  }
  const draft = validateReply({ text, textForChildren }, s.mode)
  if (!draft.ok) return fail('VALIDATION', draft.message, draft.field)

  const at = ctx.now().toISOString()
  const by = staffName(ctx.caller)
  const newReply: Reply = {
    ...(req.clientId ? { id: req.clientId } : {}),
    at,
    by,
    ...draft.value,
    // Where the row's words wait for a person's 公开, so does each reply (staff.publishReply).
    publication: initialReplyPublication(s)
  }
  let patch: Partial<Suggestion> = { replies: [...s.replies, newReply] }
  if (req.to !== undefined) {
    const check = checkTransition({ from: s.status, to: req.to, role: ctx.caller.role, note: req.note, by, at })
    if (!check.ok) return fail(check.code, check.message, check.field)
    patch = { ...patch, ...statusPatch(s, check.entry) }
  }
  const committed = await commitChange(ctx, s, {
    kind: 'reply',
    patch,
    detail: {
      // Which send it was: its retry finds this entry by it (alreadySent).
      replyId: req.clientId ?? null,
      templateId: typeof req.templateId === 'string' ? req.templateId : null,
      to: typeof req.to === 'string' ? req.to : null,
      // How much of it looks personal (kept off the board, exports and messages): a count only.
      flagged: findPersonalInfo(`${newReply.text}\n${newReply.textForChildren ?? ''}`).length
    },
    expectedRev: req.rev
  })
  if (!committed.ok) {
    // Two copies of one send raced: the other one got in first with this reply.
    const fresh = req.clientId ? await suggestions(ctx).get(s._id) : null
    if (req.clientId && fresh?.replies.some((r) => r.id === req.clientId)) return alreadySent(ctx, fresh, req.clientId)
    return committed
  }
  const updated = committed.data.suggestion
  const notification = await notifyAuthor(ctx, updated, toReplyMessageRow(updated, newReply))
  await auditLog(ctx).update(committed.data.audit._id, {
    detail: { ...committed.data.audit.detail, notification: notification.status }
  })
  return ok({ suggestion: await staffView(ctx, updated), notification, duplicate: false })
}

const PURPOSE_MAX = 50

export const openContact: Handler<'staff', 'openContact'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'openContact')
  if (!loaded.ok) return loaded
  const s = loaded.data
  if (!s.contact)
    return fail('NOT_FOUND', s.personalDataPurgedAt ? '联系方式已按规定到期删除' : '这条建议没有留联系方式')
  const purpose = typeof req.purpose === 'string' ? firstChars(req.purpose.trim(), PURPOSE_MAX) : ''
  // Logged before it is returned: no log entry, no contact.
  const entry = await audit(ctx, 'open_contact', { suggestionId: s._id, detail: { purpose: purpose || null } })
  return ok({ contact: toOpenedContact(s)!, loggedAt: entry.at })
}
