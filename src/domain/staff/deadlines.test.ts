import type { HistoryEntry } from '../suggestions/model'
import {
  calendarGap,
  caseDeadlines,
  DEFAULT_DEADLINES,
  escalationLevel,
  overdueStep,
  validateDeadlineLimits,
  type CaseForDeadlines
} from './deadlines'

// Times in China (+08:00), as staff read them.
const china = (local: string) => new Date(`${local}+08:00`).toISOString()
const sent = (local: string, more: HistoryEntry[] = []): CaseForDeadlines => ({
  createdAt: china(local),
  status: more.at(-1)?.status ?? 'submitted',
  history: [{ status: 'submitted', at: china(local), by: 'author' }, ...more],
  replies: []
})
const step = (status: HistoryEntry['status'], local: string): HistoryEntry => ({ status, at: china(local), by: '王' })

describe('deadlines over China’s working days', () => {
  it('受理 of a Friday submission before the 2026 National Day 调休 Saturday (10/10) is due that Monday', () => {
    // Fri 10/9 + 2 working days: Sat 10/10 (worked), Mon 10/12.
    expect(caseDeadlines(sent('2026-10-09T10:00:00'), DEFAULT_DEADLINES)).toEqual([
      { step: 'accept', due: '2026-10-12' }
    ])
    // Sent on 9/30: 10/1–10/7 are off, so 10/8 and 10/9.
    expect(caseDeadlines(sent('2026-09-30T18:00:00'), DEFAULT_DEADLINES)[0].due).toBe('2026-10-09')
  })

  it('受理 over the 2026 Spring Festival: Sat 2/14 is worked, 2/15–2/23 are off', () => {
    expect(caseDeadlines(sent('2026-02-13T09:00:00'), DEFAULT_DEADLINES)[0].due).toBe('2026-02-24')
  })

  it('答复 counts from the day of 受理, over the National Day holiday and its 调休 days', () => {
    const accepted = sent('2026-09-27T09:00:00', [step('accepted', '2026-09-28T09:00:00')])
    // 9/29 9/30 10/8 10/9 10/10 10/12 10/13 10/14 10/15 10/16.
    expect(caseDeadlines(accepted, DEFAULT_DEADLINES)).toEqual([
      { step: 'accept', due: '2026-09-29', doneAt: china('2026-09-28T09:00:00') },
      { step: 'answer', due: '2026-10-16' }
    ])
    const replied = { ...accepted, replies: [{ at: china('2026-10-16T17:00:00') }] }
    expect(overdueStep(replied, DEFAULT_DEADLINES, china('2026-11-01T00:00:00'))).toBeNull()
  })

  it('a 转办 while a step is owed gives the receiver the step’s days again, from the transfer', () => {
    const handedOn: HistoryEntry = { ...step('submitted', '2026-11-18T09:00:00'), event: 'transferred' }
    // Sent Mon 11/16: 受理 due Wed 11/18; handed on that Wednesday: due Fri 11/20 for the receiver.
    const received = sent('2026-11-16T09:00:00', [handedOn])
    expect(caseDeadlines(received, DEFAULT_DEADLINES)).toEqual([{ step: 'accept', due: '2026-11-20' }])
    expect(overdueStep(received, DEFAULT_DEADLINES, china('2026-11-19T12:00:00'))).toBeNull()
    // Handed on after 受理 and before 答复: the 10 days of 答复 start again (11/19 … 12/2).
    const accepted = sent('2026-11-16T09:00:00', [
      step('accepted', '2026-11-16T10:00:00'),
      { ...step('accepted', '2026-11-18T09:00:00'), event: 'transferred' }
    ])
    expect(caseDeadlines(accepted, DEFAULT_DEADLINES)[1]).toEqual({ step: 'answer', due: '2026-12-02' })
    // A transfer after the step was done changes nothing of it.
    const late = sent('2026-11-16T09:00:00', [
      step('accepted', '2026-11-16T10:00:00'),
      { ...step('accepted', '2026-11-20T09:00:00'), event: 'transferred' }
    ])
    expect(caseDeadlines(late, DEFAULT_DEADLINES)[0]).toEqual({
      step: 'accept',
      due: '2026-11-18',
      doneAt: china('2026-11-16T10:00:00')
    })
  })

  it('is overdue from the first moment after the due day ends, China time', () => {
    const s = sent('2026-10-09T10:00:00')
    expect(overdueStep(s, DEFAULT_DEADLINES, china('2026-10-12T23:59:59'))).toBeNull()
    expect(overdueStep(s, DEFAULT_DEADLINES, china('2026-10-13T00:00:00'))?.step).toBe('accept')
    // Accepted late: 受理 is no longer owed, 答复 is not yet due.
    const late = sent('2026-10-09T10:00:00', [step('accepted', '2026-10-13T09:00:00')])
    expect(overdueStep(late, DEFAULT_DEADLINES, china('2026-10-14T09:00:00'))).toBeNull()
    // A withdrawn suggestion owes nothing.
    expect(overdueStep({ ...s, status: 'withdrawn' }, DEFAULT_DEADLINES, china('2026-12-01T00:00:00'))).toBeNull()
  })

  it('escalates to the street when overdue, to the district 3 working days later', () => {
    const s = sent('2026-10-09T10:00:00')
    expect(escalationLevel(s, DEFAULT_DEADLINES, china('2026-10-12T12:00:00'))).toBe(0)
    expect(escalationLevel(s, DEFAULT_DEADLINES, china('2026-10-13T00:00:00'))).toBe(1)
    expect(escalationLevel(s, DEFAULT_DEADLINES, china('2026-10-15T23:00:00'))).toBe(1)
    expect(escalationLevel(s, DEFAULT_DEADLINES, china('2026-10-16T00:00:00'))).toBe(2)
  })

  it('counts a step begun before deadlines came into force (the upgrade) from that day', () => {
    const since = china('2026-10-09T03:30:00')
    const old = sent('2026-06-01T10:00:00')
    expect(caseDeadlines(old, { ...DEFAULT_DEADLINES, since })[0].due).toBe('2026-10-12')
    // A step begun after it counts from its own day.
    expect(caseDeadlines(sent('2026-10-12T10:00:00'), { ...DEFAULT_DEADLINES, since })[0].due).toBe('2026-10-14')
  })

  it('says when a due date falls in a year whose holidays the calendar does not know', () => {
    expect(calendarGap('2026-12-31')).toBeNull()
    expect(calendarGap('2027-01-04')).toBe(
      '2027 年的法定节假日和调休安排还没有收录，这个期限只按周一至周五计算，遇到节假日请自行顺延'
    )
    // In 2027 only the weekday counts: Thu 12/31 + 2 = Fri 1/1 (New Year's Day, unknown) and Mon 1/4.
    expect(caseDeadlines(sent('2026-12-31T10:00:00'), DEFAULT_DEADLINES)[0].due).toBe('2027-01-04')
  })
})

describe('validateDeadlineLimits', () => {
  it('takes whole working days from 1 to 30', () => {
    expect(validateDeadlineLimits({ acceptDays: 3, answerDays: '15' })).toEqual({
      ok: true,
      value: { acceptDays: 3, answerDays: 15 }
    })
  })

  it('refuses anything else with a Chinese message naming the step', () => {
    expect(validateDeadlineLimits({ acceptDays: 0, answerDays: 10 })).toEqual({
      ok: false,
      field: 'acceptDays',
      message: '受理期限请填 1—30 之间的整数（工作日）'
    })
    expect(validateDeadlineLimits({ acceptDays: 2, answerDays: 2.5 })).toMatchObject({ field: 'answerDays' })
    expect(validateDeadlineLimits({ acceptDays: 2 })).toMatchObject({ field: 'answerDays' })
    expect(validateDeadlineLimits({ acceptDays: 2, answerDays: 31 })).toMatchObject({ ok: false })
    expect(validateDeadlineLimits(null)).toEqual({ ok: false, field: 'limits', message: '期限格式不对' })
  })
})
