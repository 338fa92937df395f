import {
  CHILD_STATUS_WORDS,
  childStatusWords,
  badgeText,
  hasNews,
  lastNewsAt,
  markSeen,
  newsCount
} from './child-words'
import type { HistoryEntry } from './model'
import { historyWords } from './timeline-words'

const submitted: HistoryEntry = { status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' }
const row = (id: string, history: HistoryEntry[], replyAt?: string) => ({
  id,
  history: [submitted, ...history],
  replies: replyAt ? [{ at: replyAt, by: '王老师', text: '收到' }] : []
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
    // In a child's words too: no 答复 or 这条建议.
    expect(childStatusWords(early)).toBe('工作人员已经回答了你的建议。')
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
