import { checkTransition, nextStatuses, TRANSITIONS } from '../staff/workflow'
import { isOpenFollowUp } from './followup'
import { STATUSES, type Status } from './model'
import {
  ANSWERED_STATUSES,
  BOARD_FILTERS,
  BOARD_STATUSES,
  OPEN_BOARD_STATUSES,
  boardFilter,
  CLOSED_STATUSES,
  FINAL_STATUSES,
  FIXED_STATUSES,
  lastDecision,
  INBOX_STATUS_CHIPS,
  OPEN_STATUSES,
  finalRefusal,
  isFinal,
  open311Status,
  statusTone
} from './status'
import { canWithdraw } from './withdraw'

const ALL = Object.keys(STATUSES) as Status[]

describe('status groups', () => {
  it('open, fixed and closed divide every status between them, once each', () => {
    const outcomes = [...OPEN_STATUSES, ...FIXED_STATUSES, ...CLOSED_STATUSES]
    expect([...outcomes].sort()).toEqual([...ALL].sort())
  })

  it('final means no staff step leads out of it; 不予采纳 has none either, yet still takes a reply', () => {
    const stepsOut = (s: Status) => TRANSITIONS.some((t) => t.from === s)
    for (const s of FINAL_STATUSES) expect(stepsOut(s)).toBe(false)
    expect(ALL.filter((s) => !stepsOut(s) && !isFinal(s))).toEqual(['rejected'])
    expect(FINAL_STATUSES).toHaveLength(2)
  })

  it('the board shows what was taken up or finished; Open311 closes fixed and closed ones', () => {
    expect(BOARD_STATUSES.every((s) => s === 'adopted' || s === 'closed')).toBe(true)
    expect(ALL.filter((s) => open311Status(s) === 'closed').sort()).toEqual(['closed', 'rejected', 'withdrawn'])
    expect(ANSWERED_STATUSES).toContain('answered')
  })

  it('the board shows open rows too, but never a refused or withdrawn one; each chip is one read', () => {
    expect(OPEN_BOARD_STATUSES.every((s) => OPEN_STATUSES.includes(s) && !BOARD_STATUSES.includes(s as never))).toBe(
      true
    )
    const shown = new Set(BOARD_FILTERS.flatMap((f) => f.statuses))
    expect([...shown].sort()).toEqual([...BOARD_STATUSES, ...OPEN_BOARD_STATUSES].sort())
    expect(shown.has('rejected')).toBe(false)
    expect(shown.has('withdrawn')).toBe(false)
    // Only the chip of open rows asks for openOnBoard: the others show rows from before too.
    expect(BOARD_FILTERS.filter((f) => f.openOnly).map((f) => f.key)).toEqual(['open'])
    expect(boardFilter('open')?.label).toBe('办理中')
    expect(boardFilter('everything')).toBeUndefined()
  })
})

describe('不予采纳 is not final (said in FINAL_STATUSES, asked by every rule the same way)', () => {
  const rejected = 'rejected' as const
  it('is never closed as 已办结: a refusal is an ending of its own, not something done', () => {
    expect(nextStatuses(rejected, 'district_admin')).toEqual([])
    expect(nextStatuses(rejected, 'community_worker')).toEqual([])
    expect(
      checkTransition({ from: rejected, to: 'closed', role: 'district_admin', by: 'x', at: 'y', note: '办结' })
    ).toMatchObject({ ok: false })
  })

  it('the last decision of a history: events and later steps do not change it', () => {
    const entry = (status: Status, event?: 'transferred') => ({ status, at: 'x', by: 'y', ...(event ? { event } : {}) })
    expect(lastDecision([entry('submitted'), entry('in_progress'), entry('rejected'), entry('closed')])).toBe(
      'rejected'
    )
    expect(lastDecision([entry('rejected'), entry('in_progress'), entry('adopted'), entry('closed')])).toBe('adopted')
    expect(lastDecision([entry('answered'), entry('rejected', 'transferred')])).toBe('answered')
    expect(lastDecision([entry('submitted'), entry('accepted')])).toBeNull()
  })

  it('staff may still reply, the author may still withdraw; a 还没有 before it is no longer 跟进 (it is ended)', () => {
    expect(finalRefusal(rejected, '回复')).toBeNull()
    expect(canWithdraw({ status: rejected })).toBe(true)
    const notYet = [{ answer: 'not_yet' as const, at: 'x', closedAt: 'y' }]
    expect(isOpenFollowUp({ status: rejected, followUps: notYet })).toBe(false)
    expect(isOpenFollowUp({ status: 'in_progress', followUps: notYet })).toBe(true)
  })

  it('already 已办结 or 已撤回, every step is refused with the reason', () => {
    expect(finalRefusal('closed', '回复')).toBe('已办结的建议不能再回复')
    expect(finalRefusal('withdrawn', '回复')).toBe('提建议的人已撤回这条建议，不能再回复')
    const from = (s: Status) =>
      checkTransition({ from: s, to: 'in_progress', role: 'district_admin', by: 'x', at: 'y' })
    expect(from('withdrawn')).toMatchObject({ ok: false, message: '提建议的人已撤回这条建议，不能再更改状态' })
    expect(from('closed')).toMatchObject({ ok: false, message: '已办结的建议不能再更改状态' })
  })
})

describe('how statuses show to staff', () => {
  it('the inbox has a chip for every status, each status under exactly one', () => {
    const chipped = INBOX_STATUS_CHIPS.flatMap((c) => c.statuses)
    expect([...chipped].sort()).toEqual([...ALL].sort())
    expect(INBOX_STATUS_CHIPS.map((c) => c.label)).toEqual(
      expect.arrayContaining(['待受理', '不予采纳', '已办结', '已撤回'])
    )
  })

  it('a tone for every status: refused reads bad, finished neutral', () => {
    expect(ALL.map(statusTone)).toEqual(['waiting', 'active', 'active', 'good', 'good', 'bad', 'neutral', 'neutral'])
  })
})
