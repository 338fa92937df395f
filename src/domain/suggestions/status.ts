// Which statuses belong together, said once. The three outcomes follow FixMyStreet's grouping
// (open / fixed / closed): every status is in exactly one of them (status.test.ts). The other
// groups are the questions the code asks of a status, each answered here and nowhere else.
import type { Status } from './model'

/** The district still owes a step: nobody has finished it (FixMyStreet's open states). */
export const OPEN_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'adopted',
  'answered'
] as const satisfies readonly Status[]
/** Done: 已办结 (FixMyStreet's fixed). */
export const FIXED_STATUSES = ['closed'] as const satisfies readonly Status[]
/** Ended without being done: refused, or taken back by its author (FixMyStreet's closed). */
export const CLOSED_STATUSES = ['rejected', 'withdrawn'] as const satisfies readonly Status[]

/** No staff step, reply or author withdrawal can follow (已办结 is the record; 已撤回 is final). */
export const FINAL_STATUSES = ['closed', 'withdrawn'] as const satisfies readonly Status[]
/** The district has given its answer: the retention clock of personal data starts here. */
export const ANSWERED_STATUSES = ['answered', 'rejected', 'closed'] as const satisfies readonly Status[]
/** What the public board shows: what the district took up and what it finished. */
export const BOARD_STATUSES = ['adopted', 'closed'] as const satisfies readonly Status[]
/** A decision was made at some point (the report's adoption rate counts these in the history). */
export const DECIDED_STATUSES = ['adopted', 'answered', 'rejected'] as const satisfies readonly Status[]

const within = (group: readonly Status[]) => (status: Status) => group.includes(status)

export const isOpen = within(OPEN_STATUSES)
export const isFinal = within(FINAL_STATUSES)
export const isAnswered = within(ANSWERED_STATUSES)
export const isBoardStatus = within(BOARD_STATUSES)

/** Open311 knows two states: fixed and closed are both 'closed' there. */
export function open311Status(status: Status): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed'
}
