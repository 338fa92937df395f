import { CHILD_STATUS_WORDS } from './child-words'
import { HISTORY_EVENTS, STATUSES, type HistoryEntry, type HistoryEvent, type Status } from './model'
import { CHILD_EVENT_WORDS, endingNote, historyWords } from './timeline-words'

const submitted: HistoryEntry = { status: 'submitted', at: '2026-11-01T00:00:00Z', by: 'author' }

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

  it('公开 on a row that is not visible now (its drawing waits for review): agreed, not on the board', () => {
    for (const visibility of ['pending_review', 'hidden'] as const) {
      const waiting = { history: [], replies: [], openOnBoard: true as const, visibility }
      expect(historyWords(published('accepted'), true, waiting)).toBe('大人看过你写的话，同意公开。')
      expect(historyWords(published('closed'), false, waiting)).toBe('已同意公开')
    }
    const visible = { history: [], replies: [], openOnBoard: true as const, visibility: 'visible' as const }
    expect(historyWords(published('accepted'), true, visible)).toBe('你的建议放到公示栏上了，大家都能看到啦。')
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

describe('the note that ended it, for the top of the page', () => {
  const step = (status: Status, note?: string, event?: 'published'): HistoryEntry => ({
    status,
    at: '2026-11-02T00:00:00Z',
    by: '王老师',
    ...(note ? { note } : {}),
    ...(event ? { event } : {})
  })

  it('已办结: its explanation, to a child as what the worker said', () => {
    const history = [
      step('answered', '先回一句'),
      step('closed', '滑梯已经修好啦'),
      step('closed', undefined, 'published')
    ]
    expect(endingNote({ status: 'closed', history }, true)).toEqual({ label: '工作人员说', note: '滑梯已经修好啦' })
    expect(endingNote({ status: 'closed', history }, false)).toEqual({ label: '办结说明', note: '滑梯已经修好啦' })
  })

  it('不予采纳: its reason; nothing while it is still open', () => {
    const history = [step('in_progress'), step('rejected', '不在本区职责范围内')]
    expect(endingNote({ status: 'rejected', history }, false)).toEqual({
      label: '不予采纳的原因',
      note: '不在本区职责范围内'
    })
    expect(endingNote({ status: 'answered', history: [step('answered', '已回复')] }, false)).toBeNull()
  })
})

describe('a refusal once closed as 已办结 (back at 不予采纳 since)', () => {
  const at = '2026-11-02T00:00:00Z'
  const closedStep: HistoryEntry = { status: 'closed', at, by: '李主任', note: '不在本区职责' }
  const published: HistoryEntry = { status: 'closed', at, by: '李主任', event: 'published' }
  const row = {
    history: [closedStep, published],
    replies: [],
    status: 'rejected' as const,
    visibility: 'visible' as const
  }

  it('reads its 已办结 step as an end, not as done, and says it is not on the board', () => {
    expect(historyWords(closedStep, true, row)).toBe('这件事到这里就结束了。')
    expect(historyWords(closedStep, false, row)).toBe('已结束')
    expect(historyWords(published, true, row)).not.toMatch(/大家都能看到/)
    // A row really closed reads as before.
    expect(historyWords(closedStep, false, { ...row, status: 'closed' })).toBe('已办结')
  })
})
