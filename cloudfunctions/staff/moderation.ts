// Moderation: approve a suggestion held for review, hide it from the public board (and show it
// again), redact personal data in its title or text, remove an image, write down what a child
// said in a recording (the transcript: the only part of a recording the public board may show,
// after the same 公开 approval as words). What a redaction takes out
// is kept in `suggestion_originals` for admins only; a removed image's file is deleted from
// storage (only its id stays in the originals); every action is in the audit log.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { ModerationEntry, ModerationOp } from '../../src/domain/staff/api'
import { findPersonalInfo, redactText } from '../../src/domain/staff/mask'
import { REDACT_LIMITS } from '../../src/domain/staff/moderation'
import { can } from '../../src/domain/staff/permissions'
import { TRANSCRIPT_MAX } from '../../src/domain/suggestions/audio'
import { charCount, visibleText } from '../../src/domain/suggestions/validate'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { isWithdrawn, WITHDRAWN_BY_AUTHOR } from '../../src/domain/suggestions/status'
import type { RetainedSuggestion } from '../../src/domain/suggestions/retention'
import type { Context, Handler } from '../../server/function'
import {
  auditLog,
  commitChange,
  loadInScope,
  originals,
  staffName,
  type AuditEntry,
  type Change,
  type OriginalRecord
} from './access'
import { staffView } from './view'

const OPS: readonly ModerationOp[] = ['approve', 'hide', 'unhide', 'redact', 'removeImage', 'transcribe']

/** The spans taken out of the replies and history notes too; how many places changed. */
function withoutSpans(s: Suggestion, spans: readonly string[]): { patch: Partial<Suggestion>; count: number } {
  let count = 0
  const cut = (text: string) => {
    const r = redactText(text, spans)
    count += r.count
    return r.text
  }
  const replies = s.replies.map((r) => ({
    ...r,
    text: cut(r.text),
    ...(r.textForChildren ? { textForChildren: cut(r.textForChildren) } : {})
  }))
  const history = s.history.map((h) => (h.note ? { ...h, note: cut(h.note) } : h))
  return { patch: count ? { replies, history } : {}, count }
}
const REASON = { min: 2, max: 100 }
const MAX_SPANS = REDACT_LIMITS.spans

type Req = { op?: unknown; reason?: unknown; field?: unknown; spans?: unknown; fileId?: unknown; transcript?: unknown }
type Plan = CloudResult<Omit<Change, 'kind' | 'expectedRev'> & { original?: Partial<OriginalRecord> }>

function reasonOf(req: Req): string | null {
  const reason = typeof req.reason === 'string' ? req.reason.trim() : ''
  return charCount(reason) >= REASON.min && charCount(reason) <= REASON.max ? reason : null
}

function plan(ctx: Context, s: Suggestion, op: ModerationOp, req: Req, at: string): Plan {
  switch (op) {
    case 'approve':
      if (s.visibility === 'visible') return fail('CONFLICT', '这条建议已经公开了')
      // Text the content check found risky needs an admin's second look before it is shown.
      if (s.visibility === 'blocked' && !can(ctx.caller, 'reviewBlocked'))
        return fail('FORBIDDEN', '未通过内容审核的建议需要街道或区级管理员复核')
      if (s.visibility === 'hidden') return fail('VALIDATION', '这条建议是被隐藏的，请使用“取消隐藏”')
      return ok({ patch: { visibility: 'visible' }, detail: { op, from: s.visibility } })
    case 'hide': {
      if (s.visibility === 'hidden') return fail('CONFLICT', '这条建议已经隐藏了')
      const reason = reasonOf(req)
      if (!reason) return fail('VALIDATION', `请填写隐藏的原因（${REASON.min}—${REASON.max} 个字）`, 'reason')
      return ok({
        patch: { visibility: 'hidden', hidden: { at, by: staffName(ctx.caller), reason, from: s.visibility } },
        detail: { op, from: s.visibility, reason }
      })
    }
    case 'unhide': {
      if (s.visibility !== 'hidden') return fail('VALIDATION', '这条建议没有被隐藏')
      // What it was before hiding, never more: blocked stays blocked, waiting keeps waiting. A
      // mark from before this was recorded does not say: a person reviews it again.
      const back = s.hidden?.from ?? 'pending_review'
      return ok({ patch: { visibility: back, hidden: null }, detail: { op, to: back } })
    }
    case 'redact': {
      const field = req.field === undefined ? 'text' : req.field
      if (field !== 'title' && field !== 'text') return fail('VALIDATION', '只能隐去标题或内容中的文字', 'field')
      const current = s[field]
      let spans: string[]
      if (req.spans === undefined || req.spans === null) spans = findPersonalInfo(current)
      else if (
        Array.isArray(req.spans) &&
        req.spans.length <= MAX_SPANS &&
        req.spans.every((x) => typeof x === 'string' && x.length > 0 && x.length <= REDACT_LIMITS.chars)
      )
        spans = req.spans as string[]
      else return fail('VALIDATION', `请选择要隐去的文字（最多 ${MAX_SPANS} 处）`, 'spans')
      if (spans.length === 0) return fail('VALIDATION', '没有找到需要隐去的个人信息，请选中要隐去的文字', 'spans')
      if (spans.some((x) => !current.includes(x)))
        return fail('VALIDATION', '要隐去的文字在原文中找不到，请刷新后重试', 'spans')
      const redacted = redactText(current, spans)
      // Replies and notes that quoted those words lose them too (an old template copied the title).
      const quoted = withoutSpans(s, spans)
      return ok({
        patch: { [field]: redacted.text, ...quoted.patch, redactedAt: at },
        detail: { op, field, count: redacted.count, ...(quoted.count ? { quoted: quoted.count } : {}) },
        original: { [field]: current }
      })
    }
    case 'removeImage': {
      const fileId = typeof req.fileId === 'string' ? req.fileId : ''
      const detail = { op, fileId }
      if (fileId && s.photoFileIds.includes(fileId)) {
        return ok({
          patch: { photoFileIds: s.photoFileIds.filter((f) => f !== fileId), redactedAt: at },
          detail,
          original: { removedFiles: [fileId] }
        })
      }
      if (fileId && s.drawingFileId === fileId)
        return ok({
          patch: { redactedAt: at },
          remove: ['drawingFileId'],
          detail,
          original: { removedFiles: [fileId] }
        })
      // A child's drawing with 还没有 (解决了吗): never public, but staff may take it out too.
      if (fileId && s.followUps?.some((f) => f.drawingFileId === fileId))
        return ok({
          patch: {
            followUps: s.followUps.map((f) => {
              if (f.drawingFileId !== fileId) return f
              const { drawingFileId: _gone, ...rest } = f
              return rest
            }),
            redactedAt: at
          },
          detail,
          original: { removedFiles: [fileId] }
        })
      return fail('VALIDATION', '这张图片不在这条建议中，请刷新后重试', 'fileId')
    }
    case 'transcribe': {
      if (!s.audioFileId) return fail('VALIDATION', '这条建议没有录音', 'transcript')
      const transcript = typeof req.transcript === 'string' ? visibleText(req.transcript) : ''
      if (!transcript || charCount(transcript) > TRANSCRIPT_MAX)
        return fail('VALIDATION', `请写下录音里说的话（最多 ${TRANSCRIPT_MAX} 个字）`, 'transcript')
      return ok({
        // Approved words changed: a person approves them again before they are public.
        patch: {
          transcript,
          ...(s.publication === 'approved' ? { publication: 'pending' as const, approvedSpans: [] } : {})
        },
        detail: { op, length: charCount(transcript) }
      })
    }
  }
}

/** Keeps the first original of each field: a second redaction must not overwrite the real one. */
async function keepOriginal(ctx: Context, id: string, add: Partial<OriginalRecord>, at: string): Promise<void> {
  const existing = await originals(ctx).get(id)
  const record: OriginalRecord = {
    _id: id,
    // A refused or retried removal saved it already: each id once.
    removedFiles: [...new Set([...(existing?.removedFiles ?? []), ...(add.removedFiles ?? [])])],
    updatedAt: at,
    ...(existing?.title !== undefined
      ? { title: existing.title }
      : add.title !== undefined
        ? { title: add.title }
        : {}),
    ...(existing?.text !== undefined ? { text: existing.text } : add.text !== undefined ? { text: add.text } : {})
  }
  await originals(ctx).put(record)
}

const isOnRow = (s: Suggestion, fileId: string) =>
  s.photoFileIds.includes(fileId) ||
  s.drawingFileId === fileId ||
  Boolean(s.followUps?.some((f) => f.drawingFileId === fileId))

/**
 * The same removal again, after a call that took the image off the row and died before deleting
 * its file: the file is deleted now (it is listed in the originals, off the row). True when so.
 */
async function finishRemoval(ctx: Context, s: Suggestion, fileId: unknown): Promise<boolean> {
  if (typeof fileId !== 'string' || !fileId || isOnRow(s, fileId)) return false
  if (!(await originals(ctx).get(s._id))?.removedFiles.includes(fileId)) return false
  const removed = await ctx.services.files.remove([fileId])
  if (removed.failed.length) console.error('[staff.moderate] file not deleted', s._id)
  return true
}

export const moderate: Handler<'staff', 'moderate'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'moderate')
  if (!loaded.ok) return loaded
  const s = loaded.data
  const op = OPS.find((o) => o === req.op)
  if (!op) return fail('VALIDATION', '审核操作无效', 'op')
  // Its author took it back and its personal data is gone: nothing is left to moderate.
  if (isWithdrawn(s.status)) return fail('VALIDATION', WITHDRAWN_BY_AUTHOR)
  if (op === 'removeImage' && (await finishRemoval(ctx, s, req.fileId))) return ok(await staffView(ctx, s))
  const at = ctx.now().toISOString()
  const planned = plan(ctx, s, op, req, at)
  if (!planned.ok) return planned
  const { original, ...change } = planned.data
  // New originals on a row the purge was done with: it must look at the row again.
  if (original && (s as RetainedSuggestion).retentionDoneAt)
    change.patch = { ...change.patch, retentionDoneAt: null } as Partial<Suggestion>
  // The original is saved before the text changes: a crash in between leaves a spare copy,
  // never a redaction without its original.
  if (original) await keepOriginal(ctx, s._id, original, at)
  const committed = await commitChange(ctx, s, { ...change, kind: 'moderate', expectedRev: req.rev })
  if (!committed.ok) return committed
  if (op === 'removeImage') {
    // After the commit: a refused change deletes nothing. A file storage cannot delete now stays
    // listed in the originals, and the purge deletes it with them (cloudfunctions/purge).
    const fileId = String(req.fileId)
    const removed = await ctx.services.files.remove([fileId])
    if (removed.failed.length) console.error('[staff.moderate] file not deleted', s._id)
  }
  return ok(await staffView(ctx, committed.data.suggestion))
}

const LOG_MAX = 100
const LOGGED_OPS: readonly ModerationEntry['op'][] = [...OPS, 'publish', 'unpublish', 'publish_reply']
const text = (v: unknown) => (typeof v === 'string' ? v : undefined)

/** One audit entry of a moderation or 公开 step, as the moderation page shows it (no openid). */
function toModerationEntry(e: AuditEntry): ModerationEntry | null {
  const op = LOGGED_OPS.find((o) => o === e.detail?.op)
  if (!op) return null
  const field = e.detail?.field === 'title' || e.detail?.field === 'text' ? e.detail.field : undefined
  const reason = text(e.detail?.reason)
  const fileId = text(e.detail?.fileId)
  const count = typeof e.detail?.count === 'number' ? e.detail.count : undefined
  return {
    at: e.at,
    by: e.actorName,
    role: e.actorRole,
    op,
    ...(reason ? { reason } : {}),
    ...(field ? { field } : {}),
    ...(count !== undefined ? { count } : {}),
    ...(fileId ? { fileId } : {})
  }
}

/** The moderation history of one suggestion, newest first, for whoever may moderate it. */
export const moderationLog: Handler<'staff', 'moderationLog'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'moderate')
  if (!loaded.ok) return loaded
  const rows = await auditLog(ctx).find(
    { suggestionId: loaded.data._id, kind: { $in: ['moderate', 'publish'] } },
    {
      orderBy: [
        ['at', 'desc'],
        ['_id', 'desc']
      ],
      limit: LOG_MAX
    }
  )
  return ok({ items: rows.map(toModerationEntry).filter((e): e is ModerationEntry => e !== null) })
}
