// A child's recording through WeChat's asynchronous audio check (security.mediaCheckAsync, v2,
// media_type 1). Submit starts it with a temporary link to the stored file and keeps the trace id
// in `media_checks` (server only); the suggestion waits as pending_review. WeChat pushes the
// verdict later (server/adapters/content-check.ts: mediaCheckPush), and `mediaChecked` records it
// on the row: risky blocks it, a pass leaves what the text and images decided, a doubt keeps it
// for a person. A person may approve it before the verdict arrives; their decision stands.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { AudioCheck, Suggestion } from '../../src/domain/suggestions/model'
import { visibilityAfterAudioCheck, type ContentVerdict } from '../../src/domain/suggestions/rules'
import { AUDIO_CHECK_LINK_SECONDS } from '../../server/adapters/content-check'
import type { Context } from '../../server/function'

/** One started check: _id is WeChat's trace id, which never leaves the functions. */
export interface MediaCheckRecord {
  _id: string
  suggestionId: string
  requestedAt: string
  verdict?: ContentVerdict
  verdictAt?: string
}

const checks = (ctx: Context) => ctx.repo.collection<MediaCheckRecord>('media_checks')

/**
 * Starts the check of a recording. The row's record of it, and the trace id to keep once the row
 * is stored; a check that could not start is recorded as 'review' (a person listens).
 */
export async function startAudioCheck(
  ctx: Context,
  audioFileId: string,
  openid: string,
  text: ContentVerdict,
  at: string
): Promise<{ record: AudioCheck; traceId: string | null }> {
  const url = (await ctx.services.fileUrls.tempUrls([audioFileId], AUDIO_CHECK_LINK_SECONDS))[audioFileId]
  const started = url ? await ctx.services.contentCheck.startAudioCheck(url, openid) : null
  if (!started) return { record: { requestedAt: at, text, verdict: 'review', verdictAt: at }, traceId: null }
  return { record: { requestedAt: at, text }, traceId: started.traceId }
}

/** Remembers which row a trace id belongs to (after the row is stored). */
export async function rememberAudioCheck(ctx: Context, traceId: string, suggestionId: string, at: string) {
  await checks(ctx).put({ _id: traceId, suggestionId, requestedAt: at })
}

/** The pushed verdict, recorded on the check and on its row. Repeating it changes nothing more. */
export async function recordAudioVerdict(
  ctx: Context,
  traceId: unknown,
  suggest: unknown
): Promise<CloudResult<{ recorded: boolean }>> {
  if (typeof traceId !== 'string' || !traceId) return fail('VALIDATION', '缺少检测编号', 'traceId')
  const check = await checks(ctx).get(traceId)
  // An unknown trace id answers like a missing row: nobody outside the functions has one.
  if (!check) return fail('NOT_FOUND')
  // A verdict already on the check stands; it is carried to the row if the call that recorded it
  // died before (the push is repeated, and answered as not recorded again).
  const recorded = !check.verdict
  const verdict: ContentVerdict = check.verdict ?? (suggest === 'pass' || suggest === 'risky' ? suggest : 'review')
  const at = check.verdictAt ?? ctx.now().toISOString()
  if (recorded) await checks(ctx).update(traceId, { verdict, verdictAt: at })
  const rows = ctx.repo.collection<Suggestion>('suggestions')
  const s = await rows.get(check.suggestionId)
  // Deleted by its author meanwhile (the recording is gone): nothing to decide.
  if (!s || !s.audioCheck || s.audioCheck.verdict) return ok({ recorded })
  const visibility = visibilityAfterAudioCheck(
    s.visibility,
    s.audioCheck.text,
    s.photoFileIds.length > 0 || Boolean(s.drawingFileId),
    verdict
  )
  // Not a staff change (no revision claimed): only the check's fields and, while it still waits,
  // the visibility; updatedAt stays so the retention clock is not reset by a machine.
  await rows.update(s._id, { audioCheck: { ...s.audioCheck, verdict, verdictAt: at }, visibility })
  return ok({ recorded })
}
