// The suggestion's timeline as its author reads it (pkg-suggest/detail): every step in a child's
// words for a child author, else the adult label; and why some of their words read 【已隐去】.
import { transferWords } from '../staff/routing'
import { childWordsAt, type TimelineRow } from './child-words'
import { HISTORY_EVENTS, STATUSES, type HistoryEntry, type HistoryEvent, type Status } from './model'
import { isBoardStatus, isOpenBoardStatus } from './status'

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
/** A refusal's later 已办结 step, on a row back at 不予采纳. */
const REFUSAL_ENDED = { child: '这件事到这里就结束了。', adult: '已结束' }
/** 公开 on a row shown while open, in a status the board does not show (不予采纳), or not visible now. */
const PUBLISHED_OFF_BOARD = { child: '大人看过你写的话，同意公开。', adult: '已同意公开' }

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
    // Only while the row is visible may it say everyone can see it: a photo or a drawing waiting
    // for review (or hidden by a moderator) keeps it off the board whatever its status.
    const visible = (row.visibility === undefined || row.visibility === 'visible') && row.status !== 'rejected'
    const words = !visible
      ? PUBLISHED_OFF_BOARD
      : isBoardStatus(h.status) || (openOnBoard && isOpenBoardStatus(h.status))
        ? PUBLISHED_ON_BOARD
        : openOnBoard
          ? PUBLISHED_OFF_BOARD
          : null
    if (words) return child ? words.child : words.adult
  }
  // A refusal closed as 已办结 before that was no longer done (migrations: refused-not-closed):
  // the step ended it, nothing was done.
  if (!h.event && h.status === 'closed' && row.status === 'rejected')
    return child ? REFUSAL_ENDED.child : REFUSAL_ENDED.adult
  if (h.event === 'transferred' && h.to) return transferWords(h, child)
  if (h.event) return child ? CHILD_EVENT_WORDS[h.event] : HISTORY_EVENTS[h.event]
  if (child) return h.status === 'submitted' ? '你把建议送出去了。' : childWordsAt(h, row)
  return h.status === 'submitted' ? '提交' : STATUSES[h.status]
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

/**
 * What staff wrote with the step that ended it — 已办结's explanation, 不予采纳's reason — for the
 * top of its page: the timeline's last line is too easy to miss. Null while it is not ended so.
 */
export function endingNote(
  row: Pick<TimelineRow, 'history'> & { status: Status },
  child: boolean
): { label: string; note: string } | null {
  if (row.status !== 'closed' && row.status !== 'rejected') return null
  const step = [...row.history].reverse().find((h) => !h.event && h.status === row.status)
  if (!step?.note) return null
  const label = child ? '工作人员说' : row.status === 'closed' ? '办结说明' : '不予采纳的原因'
  return { label, note: step.note }
}
