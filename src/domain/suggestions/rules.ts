// Server-side rules about suggestions that are not about one payload's shape.
import { chinaDateTime, chinaMonth, chinaStartIso } from '../clock'
import type { StreetMonthCount, StreetMonthTally } from './api'
import { pagingInt } from '../paging'
import { STATUSES, type Publication, type Status, type Suggestion, type Visibility } from './model'
import { boardFilter, isBoardStatus, isOpenBoardStatus, type BoardFilter } from './status'
// Pages read a status chip's tone where they read the other status rules.
export { statusTone } from './status'

/** The public board pages 20 at a time and reaches back at most maxSkip rows: anyone may call it. */
export const PUBLIC_BOARD = { page: 20, maxSkip: 2000 } as const

/** The rows to skip for a board request, or null when it is not a whole number in range. */
export function boardSkip(raw: unknown): number | null {
  if (raw === undefined || raw === null || raw === '') return 0
  return pagingInt(raw, 0, PUBLIC_BOARD.maxSkip)
}

/**
 * Whose words wait for a person's 公开 before anyone else reads them: a child's (children write
 * names, schools and addresses), a parent's written for a child (the same, about the child), and
 * anything a worker typed in for someone (nobody checked the paper for that). The automatic
 * content check only looks for abuse; it does not know a name from a street.
 */
export function needsPublicationApproval(
  s: Pick<Suggestion, 'mode' | 'onBehalfOfChild' | 'authorId' | 'channel'>
): boolean {
  return s.mode === 'child' || s.onBehalfOfChild || isAssisted(s)
}

/** The publication state a new row starts in. */
export function initialPublication(
  s: Pick<Suggestion, 'mode' | 'onBehalfOfChild' | 'authorId' | 'channel'>
): Publication {
  return needsPublicationApproval(s) ? 'pending' : 'auto'
}

/**
 * What the submit screens say will be public (publicationAtSubmit stamps it on the row): an
 * adult's own words once they pass the content check; a child's, or about a child, once a person
 * approved them.
 */
export const BOARD_PROMISE = {
  adult:
    '提交后，建议会出现在公示栏上，写明区里办到了哪一步（替孩子提出的，要管理员读过、同意后才公开）；联系方式和准确位置不公开。',
  child: '大人读过你的话、去掉名字这些以后，你的建议会放到公示栏上，大家能看到区里办到了哪一步。录音不会公开。'
} as const

/**
 * Where a new row starts on its way to the board: its publication, and the board's present
 * promise (open rows shown once public), which the submit screens and the privacy pages state.
 */
export function publicationAtSubmit(
  s: Pick<Suggestion, 'mode' | 'onBehalfOfChild' | 'authorId' | 'channel'>
): Pick<Suggestion, 'publication' | 'openOnBoard'> {
  return { publication: initialPublication(s), openOnBoard: true }
}

/** Publication states whose words may be public; a missing one (older rows) is not among them. */
export const PUBLISHED: Publication[] = ['auto', 'approved']
export const isPublished = (s: { publication?: Publication }) =>
  s.publication !== undefined && PUBLISHED.includes(s.publication)

/**
 * The public board's filter for one of its state chips (listPublic; similarReads): passed review,
 * approved for publication, never urgent, and of the chip's statuses; open rows only where their
 * author was told they would show (openOnBoard). Every public read of a suggestion's words goes
 * through it.
 */
export function publicBoardWhere(state: BoardFilter = 'taken') {
  const filter = boardFilter(state)
  return {
    status: { $in: [...filter.statuses] },
    visibility: 'visible' as const,
    publication: { $in: PUBLISHED },
    // A row flagged urgent (a child may be in danger) is never public; null matches a missing field.
    urgent: null,
    ...(filter.openOnly ? { openOnBoard: true as const } : {})
  }
}

/** The same rule for one row, whatever the chip. */
export function isOnPublicBoard(
  s: Pick<Suggestion, 'status' | 'visibility' | 'publication'> & Partial<Pick<Suggestion, 'urgent' | 'openOnBoard'>>
): boolean {
  return (
    !s.urgent &&
    (isBoardStatus(s.status) || (s.openOnBoard === true && isOpenBoardStatus(s.status))) &&
    s.visibility === 'visible' &&
    isPublished(s)
  )
}

/**
 * Public statistics: anyone may ask, so the work is bounded. The last `months` months, from at
 * most `maxRows` rows (read `page` at a time), and one answer reused for `cacheMs` per instance.
 */
export const PUBLIC_STATS = { months: 12, maxRows: 5000, page: 1000, cacheMs: 60 * 1000 } as const

/** Start (UTC) of the oldest month the statistics cover. */
export function statsSince(now: Date, months: number = PUBLIC_STATS.months): string {
  // The start of a month in China: midnight of the 1st, 16:00 UTC the day before.
  const china = chinaMonth(now.getTime())
  return chinaStartIso(china.year, china.month - (months - 1))
}

/**
 * Counts per street and month from rows read newest first. When the read stopped at the cap the
 * oldest month seen may be partial; it is dropped, so every number given is a whole count.
 */
export function tallyStreetMonths(
  rows: Array<Pick<Suggestion, 'street' | 'createdAt' | 'status'>>,
  since: string,
  capped: boolean
): StreetMonthTally {
  // Months as people in Chongqing count them: a suggestion sent at 00:30 on the 1st is that month's.
  const monthOf = (iso: string) => chinaDateTime(iso, false).slice(0, 7)
  const oldest = capped && rows.length ? monthOf(rows[rows.length - 1].createdAt) : null
  const counts = new Map<string, StreetMonthCount>()
  for (const s of rows) {
    const month = monthOf(s.createdAt)
    if (month === oldest) continue
    const street = s.street ?? 'unknown'
    const key = `${street}|${month}`
    const c = counts.get(key) ?? { street, month, submitted: 0, adopted: 0 }
    c.submitted += 1
    if (isBoardStatus(s.status)) c.adopted += 1
    counts.set(key, c)
  }
  const [y, m] = (oldest ?? '').split('-').map(Number)
  return {
    byStreetMonth: [...counts.values()].sort(
      (a, b) => b.month.localeCompare(a.month) || a.street.localeCompare(b.street)
    ),
    since: oldest ? chinaStartIso(y, m) : since,
    complete: !capped
  }
}

export type ContentVerdict = 'pass' | 'review' | 'risky'

/**
 * Who may see a new suggestion besides its author. Text that the content check passed is
 * visible; anything it doubts waits for a worker; images wait too, since their check is
 * asynchronous and its result does not come back inside this call; so does a recording, until
 * its asynchronous check answers (visibilityAfterAudioCheck) or a person approves it.
 */
export function initialVisibility(verdict: ContentVerdict, hasImages: boolean, hasAudio = false): Visibility {
  if (verdict === 'risky') return 'blocked'
  if (verdict === 'review' || hasImages || hasAudio) return 'pending_review'
  return 'visible'
}

/**
 * The visibility once the recording's check has answered. Only a row still waiting changes: a
 * person's decision (approved, hidden, blocked) stands. Risky audio blocks it; a pass leaves
 * what the text and images decide; a doubt keeps it waiting for a person.
 */
export function visibilityAfterAudioCheck(
  current: Visibility,
  text: ContentVerdict,
  hasImages: boolean,
  audio: ContentVerdict
): Visibility {
  if (current !== 'pending_review') return current
  if (audio === 'risky') return 'blocked'
  if (audio === 'review') return 'pending_review'
  return initialVisibility(text, hasImages)
}

const ASSISTED_AUTHOR = 'assisted:'

/** The author of an assisted row: no openid has a colon, so it matches nobody's own rows. */
export function assistedAuthorId(suggestionId: string): string {
  return ASSISTED_AUTHOR + suggestionId
}

/** Entered by staff (rows from before the marker kept the worker as author, so the channel counts too). */
export function isAssisted(s: Pick<Suggestion, 'authorId' | 'channel'>): boolean {
  return Boolean(s.channel) || s.authorId.startsWith(ASSISTED_AUTHOR)
}

/** Whether the caller wrote this row as a citizen: the only way the citizen functions return it. */
export function isOwnRow(s: Pick<Suggestion, 'authorId' | 'channel'>, openid: string | null): boolean {
  return Boolean(openid) && s.authorId === openid && !isAssisted(s)
}

/**
 * The words the public board shows: what the author wrote, or else what staff wrote down from
 * the recording (the voice itself is never public).
 */
export function publicText(s: Pick<Suggestion, 'text'> & Partial<Pick<Suggestion, 'transcript'>>): string {
  return s.text || s.transcript || ''
}

/** The author's word for a status: a suggestion nobody has picked up yet is, to them, 已提交. */
export function authorStatusLabel(status: Status): string {
  return status === 'submitted' ? '已提交' : STATUSES[status]
}
