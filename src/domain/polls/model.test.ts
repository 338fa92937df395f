import { asksRespondent, endedPollsWhere, openPollsWhere, pollStatus } from './model'

/** 00:01 in Beijing on that day of December 2026. */
const at = (day: number) => Date.parse(`2026-12-${String(day).padStart(2, '0')}T00:01:00+08:00`)
const poll = {
  startsOn: '2026-12-03',
  endsOn: '2026-12-10',
  openedAt: null as string | null,
  closedAt: null as string | null
}

describe('poll status (China dates)', () => {
  it('is a draft until opened, and before its first day even when opened', () => {
    expect(pollStatus(poll, at(5))).toBe('draft')
    expect(pollStatus({ ...poll, openedAt: 'x' }, at(2))).toBe('draft')
  })
  it('is open from the first to the last day once opened', () => {
    const opened = { ...poll, openedAt: 'x' }
    expect(pollStatus(opened, at(3))).toBe('open')
    expect(pollStatus(opened, at(10))).toBe('open')
    // 00:30 in Beijing on the 11th is still the 10th in UTC: closed by the China date.
    expect(pollStatus(opened, Date.parse('2026-12-10T16:30:00Z'))).toBe('closed')
  })
  it('is closed when closed early, even before its first day', () => {
    expect(pollStatus({ ...poll, closedAt: 'y' }, at(1))).toBe('closed')
  })
  it('states the open rule as a database filter with the same China date', () => {
    expect(openPollsWhere(Date.parse('2026-12-10T16:30:00Z'))).toEqual({
      openedAt: { $ne: null },
      closedAt: null,
      startsOn: { $lte: '2026-12-11' },
      endsOn: { $gte: '2026-12-11' }
    })
    expect(endedPollsWhere(at(11))).toEqual([
      { talliedAt: null, closedAt: { $ne: null } },
      { talliedAt: null, endsOn: { $lte: '2026-12-10' } }
    ])
  })
})

describe('audience', () => {
  it('asks children, parents or both', () => {
    expect(asksRespondent('children', 'child')).toBe(true)
    expect(asksRespondent('children', 'parent')).toBe(false)
    expect(asksRespondent('parents', 'child')).toBe(false)
    expect(asksRespondent('parents', 'parent')).toBe(true)
    expect(asksRespondent('both', 'child') && asksRespondent('both', 'parent')).toBe(true)
  })
})
