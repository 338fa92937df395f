// Server-side rules about suggestions that are not about one payload's shape.
import type { MySuggestion, PublicSuggestion, Status, Suggestion, Visibility } from './model'

/** At most this many submissions per user per window. */
export const RATE_LIMIT = { max: 10, windowMs: 60 * 60 * 1000 } as const

/** Statuses shown on the public board (what the district took up and finished). */
export const PUBLIC_STATUSES: Status[] = ['adopted', 'closed']

export type ContentVerdict = 'pass' | 'review' | 'risky'

/**
 * Who may see a new suggestion besides its author. Text that the content check passed is
 * visible; anything it doubts waits for a worker; images wait too, since their check is
 * asynchronous and its result does not come back inside this call.
 */
export function initialVisibility(verdict: ContentVerdict, hasImages: boolean): Visibility {
  if (verdict === 'risky') return 'blocked'
  if (verdict === 'review' || hasImages) return 'pending_review'
  return 'visible'
}

export function toMine(s: Suggestion): MySuggestion {
  const { authorId: _a, consent: _c, _id, ...rest } = s
  void _a
  void _c
  return { ...rest, _id, id: _id }
}

/** The public board's view: no author, no contact, no location more precise than the street. */
export function toPublic(s: Suggestion): PublicSuggestion {
  const lastReply = s.replies[s.replies.length - 1]
  return {
    id: s._id,
    topic: s.topic,
    title: s.title,
    text: s.text,
    ...(s.street ? { street: s.street } : {}),
    status: s.status,
    supportCount: s.supportCount,
    createdAt: s.createdAt,
    ...(lastReply ? { reply: lastReply.text } : {})
  }
}
