import {
  CHILD_EVENT_WORDS,
  CHILD_STATUS_WORDS,
  childStatusWords,
  badgeText,
  hasNews,
  historyWords,
  lastNewsAt,
  markSeen,
  newsCount
} from './child-words'
import { HISTORY_EVENTS, STATUSES, type HistoryEntry, type HistoryEvent, type Status } from './model'

const submitted: HistoryEntry = { status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' }
const row = (id: string, history: HistoryEntry[], replyAt?: string) => ({
  id,
  history: [submitted, ...history],
  replies: replyAt ? [{ at: replyAt, by: '王老师', text: '收到' }] : []
})

describe('child words for every step', () => {
  it('has a sentence for every status and every history event, none the adult label', () => {
    for (const s of Object.keys(STATUSES) as Status[]) {
      expect(CHILD_STATUS_WORDS[s].length).toBeGreaterThan(5)
      expect(CHILD_STATUS_WORDS[s]).not.toBe(STATUSES[s])
    }
    for (const e of Object.keys(HISTORY_EVENTS) as HistoryEvent[])
      expect(CHILD_EVENT_WORDS[e].length).toBeGreaterThan(5)
  })

  const published = (status: Status): HistoryEntry => ({
    status,
    at: '2026-11-02T00:00:00Z',
    by: '李主任',
    event: 'published'
  })

  it('公开 says what will really happen: on a row from before, on the board only once 采纳 or 办结', () => {
    for (const status of ['submitted', 'accepted', 'in_progress', 'answered', 'rejected'] as Status[]) {
      expect(historyWords(published(status), true)).not.toMatch(/放到公示栏上了|大家都能看到啦/)
      expect(historyWords(published(status), true)).toMatch(/采纳.*办完|办完.*采纳/)
      expect(historyWords(published(status), false)).toMatch(/采纳或办结后/)
    }
    for (const status of ['adopted', 'closed'] as Status[]) {
      expect(historyWords(published(status), true)).toMatch(/公示栏/)
      expect(historyWords(published(status), true)).not.toMatch(/等/)
    }
  })

  it('公开 on a row shown while open: on the board now, except once refused', () => {
    const shownOpen = { history: [], replies: [], openOnBoard: true as const }
    for (const status of ['submitted', 'accepted', 'in_progress', 'answered', 'adopted', 'closed'] as Status[]) {
      expect(historyWords(published(status), true, shownOpen)).toBe('你的建议放到公示栏上了，大家都能看到啦。')
      expect(historyWords(published(status), false, shownOpen)).toBe('已公开到公示栏')
    }
    expect(historyWords(published('rejected'), true, shownOpen)).not.toMatch(/公示栏上了|采纳/)
    expect(historyWords(published('rejected'), false, shownOpen)).toBe('已同意公开')
  })

  it('historyWords: the child’s words for a child, the labels for an adult', () => {
    const adopted: HistoryEntry = { status: 'adopted', at: '2026-11-02T00:00:00Z', by: '王老师' }
    const reopened: HistoryEntry = {
      status: 'in_progress',
      at: '2026-11-03T00:00:00Z',
      by: 'author',
      event: 'reopened'
    }
    expect(historyWords(adopted, true)).toBe(CHILD_STATUS_WORDS.adopted)
    expect(historyWords(adopted, false)).toBe('已采纳')
    expect(historyWords(reopened, true)).toBe(CHILD_EVENT_WORDS.reopened)
    expect(historyWords(reopened, false)).toBe(HISTORY_EVENTS.reopened)
    expect(historyWords(submitted, false)).toBe('提交')
    expect(historyWords(submitted, true)).toBe('你把建议送出去了。')
  })
})

describe('news the author has not seen (我的 badge)', () => {
  const a = row('a', [{ status: 'accepted', at: '2026-11-02T00:00:00Z', by: '王老师' }])
  const b = row('b', [], '2026-11-05T00:00:00Z')
  const mine = row('c', [{ status: 'withdrawn', at: '2026-11-06T00:00:00Z', by: 'author' }])

  it('is a staff step or a reply, never the author’s own step', () => {
    expect(lastNewsAt(a)).toBe('2026-11-02T00:00:00Z')
    expect(lastNewsAt(b)).toBe('2026-11-05T00:00:00Z')
    expect(lastNewsAt(mine)).toBeNull()
    expect(newsCount([a, b, mine], {})).toBe(2)
  })

  it('seen once opened, news again after a later change; the map keeps listed suggestions only', () => {
    let seen = markSeen({ gone: '2026-01-01T00:00:00Z' }, a, ['a', 'b'])
    expect(seen).toEqual({ a: '2026-11-02T00:00:00Z' })
    expect(hasNews(a, seen)).toBe(false)
    expect(newsCount([a, b], seen)).toBe(1)
    const later = {
      ...a,
      history: [...a.history, { status: 'in_progress' as const, at: '2026-11-07T00:00:00Z', by: '王老师' }]
    }
    expect(hasNews(later, seen)).toBe(true)
    seen = markSeen(seen, b)
    expect(newsCount([a, b], seen)).toBe(0)
  })

  it('badge text: none, the count, 99+', () => {
    expect(badgeText(0)).toBeNull()
    expect(badgeText(3)).toBe('3')
    expect(badgeText(120)).toBe('99+')
  })

  it('never says 工作人员给你回信了 unless a new reply came with the step', () => {
    const submitted: HistoryEntry = { status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' }
    const accepted: HistoryEntry = { status: 'accepted', at: '2026-11-02T00:00:00Z', by: '王老师' }
    const inProgress: HistoryEntry = { status: 'in_progress', at: '2026-11-03T00:00:00Z', by: '王老师' }
    const answered: HistoryEntry = { status: 'answered', at: '2026-11-05T00:00:00Z', by: '王老师' }
    const history = [submitted, accepted, inProgress, answered]
    // A reply sent long before (at 受理) is no news at 已答复.
    const early = { history, replies: [{ at: '2026-11-02T00:00:00Z' }], status: 'answered' as const }
    expect(historyWords(answered, true, early)).not.toMatch(/回信/)
    expect(childStatusWords(early)).not.toMatch(/回信/)
    // Sent with the step (reply and 已答复 at once), or in between: a letter to read.
    for (const at of ['2026-11-05T00:00:00Z', '2026-11-04T00:00:00Z']) {
      const replied = { history, replies: [{ at }], status: 'answered' as const }
      expect(historyWords(answered, true, replied)).toBe(CHILD_STATUS_WORDS.answered)
      expect(childStatusWords(replied)).toBe(CHILD_STATUS_WORDS.answered)
    }
    expect(childStatusWords({ history: [submitted], replies: [], status: 'submitted' })).toBe(
      CHILD_STATUS_WORDS.submitted
    )
  })
})
