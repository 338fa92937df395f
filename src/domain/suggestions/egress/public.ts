// What anyone may read: the public board, the similar ones before sending, and the public
// figures. Only rows on the board (isOnPublicBoard), only words a person approved (or an adult's
// own), only replies a person approved where the row's words needed it, and never anything that
// looks personal unless a person approved exactly that span.
import type { PublicSuggestion, Suggestion } from '../model'
import { isOnPublicBoard, publicText } from '../rules'
import type { StreetMonthTally } from '../api'
import { latestApprovedReply } from './approval'
import { withoutPersonal } from './words'

/** Every field the board may show of a row (a new one must be added here to go out). */
export const PUBLIC_FIELDS = {
  id: true,
  topic: true,
  title: true,
  text: true,
  street: true,
  status: true,
  supportCount: true,
  createdAt: true,
  reply: true
} as const satisfies Record<keyof PublicSuggestion, true>

/** The board's view of a row, or null for a row that is not on the board. */
export function toPublic(s: Suggestion): PublicSuggestion | null {
  if (!isOnPublicBoard(s)) return null
  const approved = s.approvedSpans ?? []
  const reply = latestApprovedReply(s)
  return {
    id: s._id,
    topic: s.topic,
    title: withoutPersonal(s.title, approved),
    text: withoutPersonal(publicText(s), approved),
    ...(s.street ? { street: s.street } : {}),
    status: s.status,
    supportCount: s.supportCount,
    createdAt: s.createdAt,
    ...(reply ? { reply: withoutPersonal(reply.text) } : {})
  }
}

/**
 * A suggestion as a children's council sees it (the round's choices, the council page): the
 * board's view (only rows on the board, only approved words), the words without the reply, and
 * whether a child wrote it (children's come first); null for a row that is not on the board.
 */
export interface CouncilRow {
  id: string
  topic: PublicSuggestion['topic']
  title: string
  text: string
  status: PublicSuggestion['status']
  createdAt: string
  byChild: boolean
}

export const COUNCIL_ROW_FIELDS = {
  id: true,
  topic: true,
  title: true,
  text: true,
  status: true,
  createdAt: true,
  byChild: true
} as const satisfies Record<keyof CouncilRow, true>

export function toCouncilRow(s: Suggestion): CouncilRow | null {
  const board = toPublic(s)
  if (!board) return null
  const { id, topic, title, text, status, createdAt } = board
  return { id, topic, title, text, status, createdAt, byChild: s.mode === 'child' }
}

/** What the public figures count a row by (suggestions.stats): never a word. */
export type StatsRow = Pick<Suggestion, 'street' | 'createdAt' | 'status'>

export const STATS_FIELDS = { street: true, createdAt: true, status: true } as const satisfies Record<
  keyof StatsRow,
  true
>

/** A row as the public figures count it; null for one that is never public in any form (urgent). */
export function toStatsRow(s: Suggestion): StatsRow | null {
  if (s.urgent) return null
  return { ...(s.street ? { street: s.street } : {}), createdAt: s.createdAt, status: s.status }
}

/** The figures' answer carries counts only: its keys, for the property test. */
export const STATS_ANSWER_FIELDS = { byStreetMonth: true, since: true, complete: true } as const satisfies Record<
  keyof StreetMonthTally,
  true
>

/**
 * What the counts beside each 2026 target read of a row (policy.progress): its topic, its status
 * and which policy item it was written about, if any (a place it was about stays in). Never a word.
 */
export type TargetRow = Pick<Suggestion, 'topic' | 'status'> & { policyRef?: string }

export const TARGET_ROW_FIELDS = { topic: true, status: true, policyRef: true } as const satisfies Record<
  keyof TargetRow,
  true
>

export function toTargetRow(s: Suggestion): TargetRow {
  return {
    topic: s.topic,
    status: s.status,
    ...(s.prefill?.source === 'policy' ? { policyRef: s.prefill.refId } : {})
  }
}
