// suggestions.followUp: the author's 解决了 / 还没有 after 已办结 (src/domain/suggestions/followup.ts).
// Author only (an assisted row has no author account to ask), under the row's revision claim
// like any staff change, so it cannot cross a worker's step; rate limited; a retry answers the
// row as it is. The audit entry names the answer, never the author's sentence or openid. A
// child's drawing with 还没有 must be an image this caller uploaded here (uploadSlot), as for a
// suggestion's drawing; it is never public (staff see it through imageUrls).
import { fail, ok } from '../../src/domain/errors'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { checkFollowUp } from '../../src/domain/suggestions/followup'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { toMine } from '../../src/domain/suggestions/egress'
import { isOwnRow } from '../../src/domain/suggestions/rules'
import type { Context, Handler } from '../../server/function'
import { CLEAN_RETRY_MESSAGE, cleanImages } from '../../server/adapters/file-storage'
import { claimRevision } from '../../server/services/personal-data'
import { claimRateSlot } from '../../server/services/rate-limit'
import { authorClaim } from './author-claim'

export const followUp: Handler<'suggestions', 'followUp'> = async (req, ctx: Context) => {
  const openid = ctx.caller.openid
  if (!openid) return fail('UNAUTHENTICATED')
  const rows = ctx.repo.collection<Suggestion>('suggestions')
  const s = typeof req.id === 'string' && req.id ? await rows.get(req.id) : null
  // Someone else's suggestion (a worker's assisted row included) answers exactly like a missing one.
  if (!s || !isOwnRow(s, openid)) return fail('NOT_FOUND')
  const at = ctx.now().toISOString()
  const check = checkFollowUp(s, req, at)
  if (!check.ok) return fail(check.code, check.message, check.field)
  if ('repeat' in check) {
    // The answer is stored; its drawing's claim may not be (the first call died in between).
    const stored = s.followUps?.find((f) => f.closedAt === req.closedAt)?.drawingFileId
    if (stored) await ctx.services.files.claim([stored], ctx.now())
    return ok(toMine(s))
  }
  const drawing = check.followUp.drawingFileId
  if (drawing && !(await ctx.services.files.uploadedBy(drawing, openid)))
    return fail('VALIDATION', '画不是你在这里上传的，请重新画一次', 'drawingFileId')
  const unclean = drawing ? await cleanImages(ctx.services.files, { photoFileIds: [], drawingFileId: drawing }) : null
  if (unclean === 'retry') return fail('INTERNAL', CLEAN_RETRY_MESSAGE)
  if (unclean) return fail('VALIDATION', '画没有上传成功，请再试一次', 'drawingFileId')
  if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.followUp, openid, ctx.now(), `${s._id}:${check.followUp.closedAt}`)))
    return fail('RATE_LIMITED', RATE_LIMITS.followUp.message)

  const entry = authorClaim(s, 'follow_up', at, {
    answer: check.followUp.answer,
    drawing: Boolean(drawing),
    from: s.status,
    to: check.patch.status
  })
  const { rev } = entry
  if (!(await claimRevision(ctx.repo, entry))) return fail('CONFLICT', '工作人员正在处理这条建议，请稍后再试')
  // The claim holds the revision: no staff change can come between; a support count may, so update.
  const patch = { ...check.patch, rev, updatedAt: at }
  await rows.update(s._id, patch)
  // Claimed once the row carries it (a refused answer leaves the upload to the purge).
  if (drawing) await ctx.services.files.claim([drawing], ctx.now())
  const stored: Suggestion = { ...s, ...patch }
  return ok(toMine(stored))
}
