// 公开 and its withdrawal: a street or district admin approves a child's words for the public
// board (exactly the title and text they read), anyone who moderates can take the approval back;
// and each reply to such a row is approved the same way before the board shows it. Steps on the
// words are in the history (shown to the author); all are in the audit log (counts, and the
// admin's reason when they published words that still looked personal — never the words).
import { fail, ok } from '../../src/domain/errors'
import { findPersonalInfo } from '../../src/domain/staff/mask'
import { checkPublish, checkPublishReply, checkUnpublish } from '../../src/domain/staff/publication'
import { appendHistory } from '../../src/domain/staff/workflow'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { Context, Handler } from '../../server/function'
import { commitChange, loadInScope, staffName } from './access'
import { staffView } from './view'

function historyEvent(ctx: Context, s: Suggestion, event: 'published' | 'unpublished') {
  return appendHistory(s.history, { status: s.status, at: ctx.now().toISOString(), by: staffName(ctx.caller), event })
}

export const publish: Handler<'staff', 'publish'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'publish')
  if (!loaded.ok) return loaded
  const s = loaded.data
  const check = checkPublish(s, { title: req.title, text: req.text, reason: req.reason })
  if (!check.ok) return fail(check.code, check.message, check.field)
  const committed = await commitChange(ctx, s, {
    kind: 'publish',
    patch: {
      publication: 'approved',
      // What the reason lets out with the words; without one nothing that looks personal goes.
      approvedSpans: check.approvedSpans ?? [],
      history: historyEvent(ctx, s, 'published')
    },
    // What the highlighter still saw when the admin approved: a count, never the words.
    detail: {
      op: 'publish',
      flagged: check.approvedSpans?.length ?? 0,
      ...(check.reason ? { reason: check.reason } : {})
    },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  return ok(await staffView(ctx, committed.data.suggestion))
}

export const unpublish: Handler<'staff', 'unpublish'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'moderate')
  if (!loaded.ok) return loaded
  const s = loaded.data
  const check = checkUnpublish(s)
  if (!check.ok) return fail(check.code, check.message)
  const committed = await commitChange(ctx, s, {
    kind: 'publish',
    patch: { publication: 'pending', approvedSpans: [], history: historyEvent(ctx, s, 'unpublished') },
    detail: { op: 'unpublish' },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  return ok(await staffView(ctx, committed.data.suggestion))
}

export const publishReply: Handler<'staff', 'publishReply'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'publish')
  if (!loaded.ok) return loaded
  const s = loaded.data
  const check = checkPublishReply(s, req.replyId, req.text)
  if (!check.ok) return fail(check.code, check.message, check.field)
  const reply = s.replies[check.index]
  const committed = await commitChange(ctx, s, {
    kind: 'publish',
    patch: { replies: s.replies.map((r, i) => (i === check.index ? { ...r, publication: 'approved' as const } : r)) },
    // The board shows it without what looks personal: the count says how much that hides.
    detail: { op: 'publish_reply', reply: reply.id ?? reply.at, flagged: findPersonalInfo(reply.text).length },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  return ok(await staffView(ctx, committed.data.suggestion))
}
