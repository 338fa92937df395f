// 解决了吗？ After a suggestion reaches 已办结 its author is asked once whether the matter is
// solved. 解决了 is recorded; 还没有 reopens it (已办结 → 办理中) so it comes back to the staff
// inbox marked 跟进, and the district closes it again the usual way. Each closure is asked once:
// after the district closes it again, the author may answer again. A child may say 还没有 with a
// drawing (uploaded first, like a suggestion's drawing): staff see it, it is never public.
import { charCount, visibleText } from '../text'
import { isImageFileId } from './file-ids'
import type { FollowUp, FollowUpAnswer, HistoryEntry, Suggestion } from './model'
import { isFixed, isOpen } from './status'

export const FOLLOW_UP_ANSWERS: Readonly<Record<FollowUpAnswer, string>> = { solved: '解决了', not_yet: '还没有' }

export const FOLLOW_UP_TEXT_MAX = 200

/** The status a 还没有 reopens to: the district is on it again. */
export const REOPENED_STATUS = 'in_progress' as const

type Row = Pick<Suggestion, 'status' | 'closedAt' | 'history' | 'updatedAt'> &
  Partial<Pick<Suggestion, 'mode'>> & { followUps?: FollowUp[] }

/** The closure the author is asked about: closedAt, or (older rows) when staff last closed it. */
export function closureOf(s: Row): string | null {
  if (!isFixed(s.status)) return null
  const closing = s.history.filter((h) => isFixed(h.status) && !h.event)
  return s.closedAt ?? closing[closing.length - 1]?.at ?? s.updatedAt
}

/** The author's answer to the current closure, if given. */
export function answerForClosure(s: Row): FollowUp | null {
  const closure = closureOf(s)
  return closure ? ((s.followUps ?? []).find((f) => f.closedAt === closure) ?? null) : null
}

/** Whether 解决了吗？ is asked now: 已办结, not answered for this closure. */
export function canAnswerFollowUp(s: Row): boolean {
  return closureOf(s) !== null && !answerForClosure(s)
}

/**
 * The last answer was 还没有 and the district still owes a step (it has not closed it again, nor
 * refused it since): shown 跟进 in the inbox. A refusal ends it, so it leaves 跟进 too.
 */
export function isOpenFollowUp(s: Pick<Suggestion, 'status'> & { followUps?: FollowUp[] }): boolean {
  const last = s.followUps?.[s.followUps.length - 1]
  return last?.answer === 'not_yet' && isOpen(s.status)
}

export type FollowUpCheck =
  | { ok: true; followUp: FollowUp; patch: Pick<Suggestion, 'status' | 'history'> & { followUps: FollowUp[] } }
  | { ok: true; repeat: true }
  | { ok: false; code: 'VALIDATION' | 'CONFLICT'; message: string; field?: string }

export interface FollowUpRequest {
  answer: unknown
  text?: unknown
  /** A child's drawing (an uploaded image's file id; the server checks the caller uploaded it). */
  drawingFileId?: unknown
  /** The closure the author saw (MySuggestion.closedAt): a retry is recognised by it. */
  closedAt: unknown
}

/**
 * Decides one answer. The same answer to the same closure again (a retry) is a repeat; a
 * different one, an answer to a closure that is not the current one, or an answer when nothing
 * is asked, is refused. 还没有 moves the row back to 办理中 with a history entry by the author;
 * 解决了 adds a history entry and keeps 已办结.
 */
export function checkFollowUp(s: Row, req: FollowUpRequest, at: string): FollowUpCheck {
  const { answer, text } = req
  if (answer !== 'solved' && answer !== 'not_yet')
    return { ok: false, code: 'VALIDATION', message: '请选择“解决了”或“还没有”', field: 'answer' }
  if (text !== undefined && text !== null && typeof text !== 'string')
    return { ok: false, code: 'VALIDATION', message: '补充的话格式不对', field: 'text' }
  const words = typeof text === 'string' ? visibleText(text) : ''
  if (charCount(words) > FOLLOW_UP_TEXT_MAX)
    return { ok: false, code: 'VALIDATION', message: `补充的话最多 ${FOLLOW_UP_TEXT_MAX} 个字`, field: 'text' }
  const drawing = req.drawingFileId
  if (drawing !== undefined && drawing !== null) {
    if (!isImageFileId(drawing))
      return { ok: false, code: 'VALIDATION', message: '画没有上传成功，请再试一次', field: 'drawingFileId' }
    if (answer !== 'not_yet' || s.mode !== 'child')
      return { ok: false, code: 'VALIDATION', message: '只有小朋友说“还没有”时可以画一画', field: 'drawingFileId' }
  }
  if (typeof req.closedAt !== 'string' || !req.closedAt)
    return { ok: false, code: 'VALIDATION', message: '缺少办结时间，请刷新后再试', field: 'closedAt' }

  const given = (s.followUps ?? []).find((f) => f.closedAt === req.closedAt)
  if (given)
    return given.answer === answer
      ? { ok: true, repeat: true }
      : { ok: false, code: 'CONFLICT', message: '你已经回答过了，谢谢你' }
  const closure = closureOf(s)
  if (!closure) return { ok: false, code: 'CONFLICT', message: '这条建议还没有办结，办结后再告诉我们解决了没有' }
  if (closure !== req.closedAt) return { ok: false, code: 'CONFLICT', message: '这条建议有了新进展，请刷新后再看' }

  const followUp: FollowUp = {
    answer,
    at,
    closedAt: closure,
    ...(words ? { text: words } : {}),
    ...(typeof drawing === 'string' ? { drawingFileId: drawing } : {})
  }
  const entry: HistoryEntry =
    answer === 'not_yet'
      ? { status: REOPENED_STATUS, at, by: 'author', event: 'reopened' }
      : { status: 'closed', at, by: 'author', event: 'confirmed_solved' }
  return {
    ok: true,
    followUp,
    patch: {
      status: entry.status,
      history: [...s.history, entry],
      followUps: [...(s.followUps ?? []), followUp]
    }
  }
}

/**
 * A child's 还没有 with a drawing, waiting on the phone (the follow-up outbox): the drawing is a
 * local file until it is uploaded, then the answer is sent. Same closure, same answer: the server
 * takes a resend as the answer it already has, so it is recorded once.
 */
export interface FollowUpDraft {
  /** The suggestion's id. */
  id: string
  closedAt: string
  text?: string
  /** The drawing's local file (kept out of WeChat's temporary folder). */
  drawingPath: string
}

/** One outbox item per suggestion and closure. */
export function followUpOutboxId(d: Pick<FollowUpDraft, 'id' | 'closedAt'>): string {
  return `${d.id}@${d.closedAt}`
}

/** The followUp request once the drawing is uploaded; null until then. */
export function followUpRequest(
  d: FollowUpDraft,
  uploaded: Record<string, string>
): { id: string; answer: 'not_yet'; closedAt: string; text?: string; drawingFileId: string } | null {
  const drawingFileId = uploaded[d.drawingPath]
  if (!drawingFileId) return null
  const text = d.text?.trim()
  return { id: d.id, answer: 'not_yet', closedAt: d.closedAt, ...(text ? { text } : {}), drawingFileId }
}
