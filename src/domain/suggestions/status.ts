// Which statuses belong together, said once. The three outcomes follow FixMyStreet's grouping
// (open / fixed / closed): every status is in exactly one of them (status.test.ts). The other
// groups are the questions the code asks of a status, each answered here and nowhere else.
import { STATUSES, type HistoryEntry, type Status } from './model'

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
/**
 * What the public board shows of every row: what the district took up and what it finished. (The
 * board's promise before open rows were shown; rows stored then keep it: Suggestion.openOnBoard.)
 */
export const BOARD_STATUSES = ['adopted', 'closed'] as const satisfies readonly Status[]
/**
 * What the board also shows while the district still works on it (FixMyStreet's map of open
 * reports), on rows whose author was told so at submit (Suggestion.openOnBoard).
 */
export const OPEN_BOARD_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'answered'
] as const satisfies readonly Status[]
/** A decision was made at some point (the report's adoption rate counts these in the history). */
export const DECIDED_STATUSES = ['adopted', 'answered', 'rejected'] as const satisfies readonly Status[]

const within = (group: readonly Status[]) => (status: Status) => group.includes(status)

/** The last decision a history records (采纳, 答复 or 不予采纳), if any; events are not decisions. */
export function lastDecision(history: ReadonlyArray<Pick<HistoryEntry, 'status' | 'event'>>): Status | null {
  for (let i = history.length - 1; i >= 0; i--)
    if (!history[i].event && within(DECIDED_STATUSES)(history[i].status)) return history[i].status
  return null
}

export const isOpen = within(OPEN_STATUSES)
export const isFixed = within(FIXED_STATUSES)
export const isFinal = within(FINAL_STATUSES)
export const isAnswered = within(ANSWERED_STATUSES)
export const isBoardStatus = within(BOARD_STATUSES)
export const isOpenBoardStatus = within(OPEN_BOARD_STATUSES)

export type BoardFilter = 'taken' | 'open' | 'adopted' | 'closed'

/**
 * The public board's state chips: each one database read (the board pages on the database), so
 * open rows, which only rows with openOnBoard may show, are a chip of their own. 'taken' first:
 * it is what the board always showed.
 */
export const BOARD_FILTERS: ReadonlyArray<{
  key: BoardFilter
  label: string
  statuses: readonly Status[]
  openOnly: boolean
}> = [
  { key: 'taken', label: '已采纳和已办结', statuses: BOARD_STATUSES, openOnly: false },
  { key: 'open', label: '办理中', statuses: OPEN_BOARD_STATUSES, openOnly: true },
  { key: 'adopted', label: STATUSES.adopted, statuses: ['adopted'], openOnly: false },
  { key: 'closed', label: STATUSES.closed, statuses: FIXED_STATUSES, openOnly: false }
]

/** A board chip by its key: always one for a BoardFilter, none for anything a caller made up. */
export function boardFilter(key: BoardFilter): (typeof BOARD_FILTERS)[number]
export function boardFilter(key: unknown): (typeof BOARD_FILTERS)[number] | undefined
export function boardFilter(key: unknown) {
  return BOARD_FILTERS.find((f) => f.key === key)
}

/** Open311 knows two states: fixed and closed are both 'closed' there. */
export function open311Status(status: Status): 'open' | 'closed' {
  return isOpen(status) ? 'open' : 'closed'
}

/**
 * Taken back by its author: nothing of theirs is left, so staff can only look (no moderation,
 * publication or reply), and only the author moves a row here (suggestions.withdraw).
 */
export const isWithdrawn = (status: Status): boolean => status === 'withdrawn'

/** What staff read when a step is refused on a withdrawn row. */
export const WITHDRAWN_BY_AUTHOR = '提建议的人已撤回这条建议'

const FINAL_REFUSALS: Record<(typeof FINAL_STATUSES)[number], (step: string) => string> = {
  closed: (step) => `已办结的建议不能再${step}`,
  withdrawn: (step) => `${WITHDRAWN_BY_AUTHOR}，不能再${step}`
}

/** Why a staff `step` (回复, 更改状态) cannot follow this status, or null while one can. */
export function finalRefusal(status: Status, step: string): string | null {
  return isFinal(status) ? FINAL_REFUSALS[status as keyof typeof FINAL_REFUSALS](step) : null
}

export type StatusTone = 'waiting' | 'active' | 'good' | 'bad' | 'neutral'

const TONES: Record<Status, StatusTone> = {
  submitted: 'waiting',
  accepted: 'active',
  in_progress: 'active',
  adopted: 'good',
  answered: 'good',
  rejected: 'bad',
  closed: 'neutral',
  withdrawn: 'neutral'
}

/** How a status chip reads: its text is the status, the tone only supports it. */
export function statusTone(status: Status): StatusTone {
  return TONES[status]
}

/**
 * The inbox's status chips (besides 全部 and 跟进): every status under exactly one chip, so no row
 * is found only by 全部 (status.test.ts).
 */
export const INBOX_STATUS_CHIPS: ReadonlyArray<{ label: string; statuses: readonly Status[] }> = [
  { label: STATUSES.submitted, statuses: ['submitted'] },
  { label: '处理中', statuses: ['accepted', 'in_progress'] },
  { label: '已答复/采纳', statuses: ['answered', 'adopted'] },
  { label: STATUSES.rejected, statuses: ['rejected'] },
  { label: STATUSES.closed, statuses: FIXED_STATUSES },
  { label: STATUSES.withdrawn, statuses: ['withdrawn'] }
]
