// 公开: a person approves a child's words for the public board (see needsPublicationApproval in
// src/domain/suggestions/rules.ts), and each reply to such a row. The rule is here once; the staff
// function enforces it and the case page uses it only to decide which buttons to show.
import { replyApproved, replyKey } from '../suggestions/egress/approval'
import type { Reply, Suggestion } from '../suggestions/model'
import { isWithdrawn, WITHDRAWN_BY_AUTHOR } from '../suggestions/status'
import { needsPublicationApproval, publicText } from '../suggestions/rules'
import { charCount, visibleText } from '../text'
import { findPersonalInfo } from './mask'

type Row = Pick<Suggestion, 'status' | 'visibility' | 'publication' | 'title' | 'text' | 'authorDeletedAt'> &
  Partial<Pick<Suggestion, 'transcript'>>

export type PublicationCheck =
  | { ok: true; approvedSpans?: string[]; reason?: string }
  | { ok: false; code: 'VALIDATION' | 'CONFLICT' | 'NOT_FOUND'; message: string; field?: string }

/** Why an admin publishes words that still look personal: kept in the audit log. */
export const PUBLISH_REASON = { min: 2, max: 100 } as const

/** What findPersonalInfo finds in the words the board would show (title, and text or transcript). */
export function personalInPublicWords(s: Pick<Row, 'title' | 'text' | 'transcript'>): string[] {
  return [...new Set([...findPersonalInfo(s.title), ...findPersonalInfo(publicText(s))])]
}

/**
 * Why this row cannot be approved now, or ok. The role is checked apart ('publish'). With the
 * words the approver read: while they still look personal, a reason is required, and the spans
 * found are what that reason lets out (approvedSpans).
 */
export function checkPublish(s: Row, approved?: { title: unknown; text: unknown; reason?: unknown }): PublicationCheck {
  if (isWithdrawn(s.status)) return { ok: false, code: 'VALIDATION', message: WITHDRAWN_BY_AUTHOR }
  if (s.authorDeletedAt) return { ok: false, code: 'VALIDATION', message: '提建议的人已删除了内容，没有可以公开的文字' }
  if (s.publication === 'approved') return { ok: false, code: 'CONFLICT', message: '这条建议已经公开了' }
  if (s.publication === 'auto')
    return { ok: false, code: 'VALIDATION', message: '这条建议是成年人本人写的，不需要审核公开' }
  // Pending review, blocked or hidden: the content decision comes first (审核通过 / 取消隐藏).
  if (s.visibility !== 'visible') return { ok: false, code: 'VALIDATION', message: '请先审核通过这条建议，再公开' }
  if (!approved) return { ok: true }
  // The text approved is what the board would show: the words, or the transcript of a recording.
  if (approved.title !== s.title || approved.text !== publicText(s))
    return { ok: false, code: 'CONFLICT', message: '内容刚被修改过，请刷新后重新检查再公开' }
  const hits = personalInPublicWords(s)
  if (hits.length === 0) return { ok: true }
  const reason = typeof approved.reason === 'string' ? visibleText(approved.reason) : ''
  if (charCount(reason) < PUBLISH_REASON.min || charCount(reason) > PUBLISH_REASON.max)
    return {
      ok: false,
      code: 'VALIDATION',
      field: 'reason',
      message: `还有像个人信息的内容：${hits.map((h) => `“${h}”`).join('、')}。请先隐去；确实可以公开的，请写明原因（${PUBLISH_REASON.min}—${PUBLISH_REASON.max} 个字，会记入操作记录）`
    }
  return { ok: true, approvedSpans: hits, reason }
}

/** Only an approval can be taken back; an adult's own row leaves the board by 隐藏. */
export function checkUnpublish(s: Pick<Suggestion, 'publication'>): PublicationCheck {
  return s.publication === 'approved' ? { ok: true } : { ok: false, code: 'CONFLICT', message: '这条建议没有公开' }
}

type ReplyRow = Pick<Suggestion, 'status' | 'replies' | 'mode' | 'onBehalfOfChild' | 'authorId' | 'channel'>

/** A reply that waits for an admin's approval before the board shows it. */
export function hasPendingReply(s: ReplyRow): boolean {
  return !isWithdrawn(s.status) && needsPublicationApproval(s) && s.replies.some((r) => !replyApproved(r, s))
}

/** Why this reply cannot be approved now, or ok with where it is; `text` is what the approver read. */
export function checkPublishReply(
  s: ReplyRow,
  replyId: unknown,
  text: unknown
): { ok: true; index: number } | Extract<PublicationCheck, { ok: false }> {
  if (isWithdrawn(s.status)) return { ok: false, code: 'VALIDATION', message: WITHDRAWN_BY_AUTHOR }
  if (!needsPublicationApproval(s))
    return { ok: false, code: 'VALIDATION', message: '这条建议是成年人本人写的，回复不需要审核公开' }
  const index = s.replies.findIndex((r: Reply) => replyKey(r) === replyId)
  if (index < 0) return { ok: false, code: 'NOT_FOUND', message: '没有找到这条回复，请刷新后重试', field: 'replyId' }
  if (replyApproved(s.replies[index], s)) return { ok: false, code: 'CONFLICT', message: '这条回复已经公开了' }
  if (s.replies[index].text !== text)
    return { ok: false, code: 'CONFLICT', message: '回复刚被修改过，请刷新后重新检查再公开' }
  return { ok: true, index }
}
