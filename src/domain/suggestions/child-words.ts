// What a child author reads about their suggestion where it is listed: its status in a child's
// words (the replies have their own text for children, staff/templates.ts), and which suggestions
// have news the author has not seen yet (the badge on the 我的 tab). The timeline's lines, read on
// the suggestion's page, are timeline-words.ts: the 我的 tab (main package) does not carry them.
import type { HistoryEntry, Status, Suggestion, Visibility } from './model'

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

/** What childStatusWords (and timeline-words' historyWords) read of the row besides the entry. */
export interface TimelineRow {
  history: readonly HistoryEntry[]
  replies: ReadonlyArray<{ at: string }>
  openOnBoard?: true
  /** Whether anyone but its author may see it now (a photo or drawing may still wait for review). */
  visibility?: Visibility
  /** Where it is now: a refusal closed before 不予采纳 ended on its own reads its 已办结 step as an end. */
  status?: Status
}

/** 已答复 set without a letter (after a call, say): nothing new to go and read. */
const ANSWERED_WITHOUT_REPLY = '工作人员已经回答了你的建议。'

/** Whether a reply came with this step: after the step before it, up to the step itself. */
function repliedAt(h: HistoryEntry, row: TimelineRow): boolean {
  const i = row.history.indexOf(h)
  const before = i > 0 ? row.history[i - 1].at : ''
  return row.replies.some((r) => r.at > before && r.at <= h.at)
}

/** A status in a child's words: 回信 only where a new reply came with it. */
export function childWordsAt(h: HistoryEntry, row: TimelineRow): string {
  return h.status === 'answered' && !repliedAt(h, row) ? ANSWERED_WITHOUT_REPLY : CHILD_STATUS_WORDS[h.status]
}

/** Where a child's suggestion is now, said to the child (CHILD_STATUS_WORDS, with 回信 only where true). */
export function childStatusWords(row: TimelineRow & { status: Status }): string {
  const last = [...row.history].reverse().find((h) => !h.event && h.status === row.status)
  return last ? childWordsAt(last, row) : CHILD_STATUS_WORDS[row.status]
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
