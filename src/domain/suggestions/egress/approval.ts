// Which of a row's words and replies a person has let out, and where a row stands for the public
// board: the questions every projection that lets words out asks (public.ts, outbound.ts).
import type { Publication, Reply, Suggestion } from '../model'
import { PUBLISHED, isOnPublicBoard, isPublished, needsPublicationApproval } from '../rules'

type Approvable = Pick<Suggestion, 'mode' | 'onBehalfOfChild' | 'authorId' | 'channel'>

/** Whether the row's own words may leave the system: an adult's own, or approved by a person (公开). */
export const wordsApproved: (s: Pick<Suggestion, 'publication'>) => boolean = isPublished

/** The publication a new reply starts in: it asks again wherever the row's words had to. */
export function initialReplyPublication(s: Approvable): Publication {
  return needsPublicationApproval(s) ? 'pending' : 'auto'
}

/**
 * Whether a reply may leave the system (the board, exports). One from before replies had their
 * own state counts as the row's words would without an approval: public on an adult's own row,
 * waiting on any other (old templates copied the child's title into it).
 */
export function replyApproved(r: Pick<Reply, 'publication'>, s: Approvable): boolean {
  if (r.publication) return PUBLISHED.includes(r.publication)
  return !needsPublicationApproval(s)
}

/**
 * Whether a reply waits for an admin's 公开, as the staff screens tell it from the row's own state
 * (a row's words need approval exactly when its publication is not 'auto').
 */
export function replyAwaitsApproval(r: Pick<Reply, 'publication'>, row: Pick<Suggestion, 'publication'>): boolean {
  return r.publication === 'pending' || (!r.publication && row.publication !== 'auto')
}

/** How a reply is named in a request (staff.publishReply): its client id, or its time if it has none. */
export const replyKey = (r: Pick<Reply, 'id' | 'at'>): string => r.id ?? r.at

/** The newest reply that may leave the system, if any. */
export function latestApprovedReply(s: Approvable & Pick<Suggestion, 'replies'>): Reply | undefined {
  return [...s.replies].reverse().find((r) => replyApproved(r, s))
}

/**
 * A child is part of it: a child wrote it, a parent wrote it for one, or it names a child's age
 * group. Such a row never leaves the system more precisely than its street.
 */
export function isChildRelated(s: Pick<Suggestion, 'mode' | 'onBehalfOfChild' | 'ageGroup'>): boolean {
  return s.mode === 'child' || s.onBehalfOfChild || Boolean(s.ageGroup)
}

/** Everything the author wrote or said on the row: what a quote in a staff text is looked for in. */
export function authorWords(
  s: Pick<Suggestion, 'title' | 'text'> & Partial<Pick<Suggestion, 'transcript' | 'followUps'>>
): string[] {
  return [s.title, s.text, s.transcript ?? '', ...(s.followUps ?? []).map((f) => f.text ?? '')].filter(Boolean)
}

/** Where a row stands for the public board, in the order a row gets there. */
export type PublicState =
  'urgent' | 'withdrawn' | 'hidden' | 'blocked' | 'pending_review' | 'pending_approval' | 'waiting' | 'on_board'

export const PUBLIC_STATE_LABELS: Record<PublicState, string> = {
  // Said the same way in an export as any row that stays inside: the file does not tell why.
  urgent: '不公开',
  withdrawn: '已撤回，不公开',
  hidden: '已隐藏',
  blocked: '未通过审核',
  pending_review: '待审核',
  pending_approval: '待公开审核',
  waiting: '采纳或办结后公开',
  on_board: '公开'
}

export function publicState(
  s: Pick<Suggestion, 'status' | 'visibility' | 'publication'> & Partial<Pick<Suggestion, 'urgent'>>
): PublicState {
  if (s.urgent) return 'urgent'
  if (isOnPublicBoard(s)) return 'on_board'
  if (s.status === 'withdrawn') return 'withdrawn'
  if (s.visibility !== 'visible') return s.visibility
  return wordsApproved(s) ? 'waiting' : 'pending_approval'
}
