// What a child author reads about their suggestion: every status and every step in its history
// in a child's words (the replies have their own text for children, staff/templates.ts), and
// which suggestions have news the author has not seen yet (the badge on the 我的 tab).
import { HISTORY_EVENTS, STATUSES, type HistoryEntry, type HistoryEvent, type Status, type Suggestion } from './model'
import { transferWords } from '../staff/routing'
import { isBoardStatus, isOpenBoardStatus } from './status'

/** Where a child's suggestion is now, said to the child. */
export const CHILD_STATUS_WORDS: Record<Status, string> = {
  submitted: '你的建议已经送到啦，工作人员很快就会看到。',
  accepted: '工作人员看到你的建议了，正在想办法。',
  in_progress: '大人们正在为你的建议忙着呢。',
  adopted: '好消息！你的建议被采纳了，大人们会照着去做。',
  answered: '工作人员给你回信了，快去看看吧。',
  rejected: '这次没办法照你说的做，工作人员写了原因，去看看吧。',
  closed: '这件事办完啦，谢谢你让城市变得更好！',
  withdrawn: '你把这条建议收回了。'
}

/**
 * The steps that are not a staff status change, said to the child. 公开 is a grown-up agreeing
 * that the words may go on the board; on a row from before open rows were shown they go there once
 * the suggestion is 采纳 or 办结 (and only then): historyWords says which, from the status the
 * step was taken in and the row's openOnBoard.
 */
export const CHILD_EVENT_WORDS: Record<HistoryEvent, string> = {
  published: '大人看过你写的话，同意放到公示栏上。等建议被采纳或者办完，大家就能在公示栏上看到啦。',
  unpublished: '你的建议先从公示栏上拿下来了。',
  data_deleted: '你写的字、画和照片都删掉了。',
  confirmed_solved: '你说解决了，太好啦！',
  reopened: '你说还没解决，工作人员会再看看。',
  escalated_street: '你的建议等得有点久了，街道的负责人已经在催啦。',
  escalated_district: '你的建议等得有点久了，区里的负责人已经在催啦。',
  transferred: '你的建议交给了更合适的人来办。'
}

/** 公开 while the suggestion already was among the board's statuses: it went up then. */
const PUBLISHED_ON_BOARD = { child: '你的建议放到公示栏上了，大家都能看到啦。', adult: '已公开到公示栏' }
/** 公开 on a row shown while open, in a status the board does not show (不予采纳). */
const PUBLISHED_OFF_BOARD = { child: '大人看过你写的话，同意公开。', adult: '已同意公开' }

/** What historyWords and childStatusWords read of the row besides the entry. */
export interface TimelineRow {
  history: readonly HistoryEntry[]
  replies: ReadonlyArray<{ at: string }>
  openOnBoard?: true
}

/** 已答复 set without a letter (after a call, say): nothing new to go and read. */
const ANSWERED_WITHOUT_REPLY = '工作人员已经答复了这条建议。'

/** Whether a reply came with this step: after the step before it, up to the step itself. */
function repliedAt(h: HistoryEntry, row: TimelineRow): boolean {
  const i = row.history.indexOf(h)
  const before = i > 0 ? row.history[i - 1].at : ''
  return row.replies.some((r) => r.at > before && r.at <= h.at)
}

/** A status in a child's words: 回信 only where a new reply came with it. */
function childWordsAt(h: HistoryEntry, row: TimelineRow): string {
  return h.status === 'answered' && !repliedAt(h, row) ? ANSWERED_WITHOUT_REPLY : CHILD_STATUS_WORDS[h.status]
}

/** Where a child's suggestion is now, said to the child (CHILD_STATUS_WORDS, with 回信 only where true). */
export function childStatusWords(row: TimelineRow & { status: Status }): string {
  const last = [...row.history].reverse().find((h) => !h.event && h.status === row.status)
  return last ? childWordsAt(last, row) : CHILD_STATUS_WORDS[row.status]
}

/**
 * One line of the timeline: in a child's words for a child author, else the status or step.
 * `row`: the suggestion it belongs to (its replies, and whether it shows on the board while open).
 */
export function historyWords(
  h: HistoryEntry,
  child: boolean,
  row: TimelineRow = { history: [h], replies: [] }
): string {
  const openOnBoard = row.openOnBoard === true
  if (h.event === 'published') {
    const words =
      isBoardStatus(h.status) || (openOnBoard && isOpenBoardStatus(h.status))
        ? PUBLISHED_ON_BOARD
        : openOnBoard
          ? PUBLISHED_OFF_BOARD
          : null
    if (words) return child ? words.child : words.adult
  }
  if (h.event === 'transferred' && h.to) return transferWords(h, child)
  if (h.event) return child ? CHILD_EVENT_WORDS[h.event] : HISTORY_EVENTS[h.event]
  if (child) return h.status === 'submitted' ? '你把建议送出去了。' : childWordsAt(h, row)
  return h.status === 'submitted' ? '提交' : STATUSES[h.status]
}

type Changed = Pick<Suggestion, 'history' | 'replies'> & { id: string }

/**
 * The last time someone else changed it for the author: a staff status change or step, or a
 * reply. The author's own steps are not news to them. Null when nothing happened yet.
 */
export function lastNewsAt(s: Pick<Suggestion, 'history' | 'replies'>): string | null {
  const times = [...s.history.filter((h) => h.by !== 'author').map((h) => h.at), ...s.replies.map((r) => r.at)]
  return times.length ? times.reduce((a, b) => (a > b ? a : b)) : null
}

/** When the author last looked at each suggestion's news (kept on the device). */
export type SeenMap = Record<string, string>

export function hasNews(s: Changed, seen: SeenMap): boolean {
  const at = lastNewsAt(s)
  return at !== null && !(seen[s.id] && seen[s.id] >= at)
}

/** How many of the author's suggestions have news they have not seen. */
export function newsCount(items: readonly Changed[], seen: SeenMap): number {
  return items.filter((s) => hasNews(s, seen)).length
}

/** The seen map after opening `s`, keeping only suggestions still listed (storage stays small). */
export function markSeen(seen: SeenMap, s: Changed, listed: readonly string[] = Object.keys(seen)): SeenMap {
  const at = lastNewsAt(s)
  const keep = new Set([...listed, s.id])
  const next: SeenMap = Object.fromEntries(Object.entries(seen).filter(([id]) => keep.has(id)))
  if (at) next[s.id] = at
  return next
}

/** The 我的 tab's badge text: nothing, a count, or 99+. */
export function badgeText(count: number): string | null {
  return count <= 0 ? null : count > 99 ? '99+' : String(count)
}

/**
 * Why the author's own words read 【已隐去】 in places: a worker took out what looked personal,
 * and everyone else (the board, exports) sees only the words without it.
 */
export const REDACTED_WORDS_NOTE = {
  child: '为了保护你，工作人员把名字、电话、学校、门牌这样的个人信息换成了“【已隐去】”，别人看不到这些字。',
  adult:
    '为保护个人信息，工作人员把其中的姓名、电话、学校、门牌等内容换成了“【已隐去】”；公示栏和其他人看到的都是换过的文字。'
} as const
