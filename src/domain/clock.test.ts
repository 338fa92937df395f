import { chinaDateTime, chinaIso, chinaStartIso, chinaWeekStart } from './clock'

describe('chinaDateTime', () => {
  it('shows a stored UTC instant in China time, across midnight and month ends', () => {
    expect(chinaDateTime('2026-11-30T17:05:00.000Z')).toBe('2026-12-01 01:05')
    expect(chinaDateTime('2026-11-30T17:05:00.000Z', false)).toBe('2026-12-01')
    expect(chinaDateTime('2026-12-01T01:30:00Z')).toBe('2026-12-01 09:30')
    expect(chinaDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00')
  })

  it('gives nothing for a value that is not a time', () => {
    expect(chinaDateTime('')).toBe('')
    expect(chinaDateTime('昨天')).toBe('')
  })
})

describe('the China calendar', () => {
  it('starts a China day, month or week at its midnight in Chongqing', () => {
    expect(chinaStartIso(2026, 10, 1)).toBe('2026-10-31T16:00:00.000Z')
    expect(chinaStartIso(2026, 12)).toBe('2026-12-31T16:00:00.000Z')
    // 2026-11-30 is a Monday; Sunday 23:30 UTC is already Monday in China.
    expect(chinaWeekStart('2026-11-29T23:30:00Z')).toBe('2026-11-30')
    expect(chinaWeekStart('2026-12-06T15:59:00Z')).toBe('2026-11-30')
    expect(chinaWeekStart('2026-11-29T14:00:00.000Z')).toBe('2026-11-23')
    expect(chinaWeekStart('2026-11-22T15:59:59.000Z')).toBe('2026-11-16')
  })

  it('writes Open311 times with their offset, and nothing for a bad value', () => {
    expect(chinaIso('2026-12-31T20:30:00.000Z')).toBe('2027-01-01T04:30:00+08:00')
    expect(chinaIso('昨天')).toBe('')
    expect(chinaWeekStart('')).toBe('')
  })
})
