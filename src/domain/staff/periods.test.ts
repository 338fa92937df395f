import { monthBounds, monthRange, recentMonths } from './periods'

describe('monthRange', () => {
  it('gives this month and last month in China time', () => {
    const now = new Date('2026-11-28T02:00:00Z')
    expect(monthRange(0, now)).toEqual({ from: '2026-11-01', to: '2026-11-30', label: '2026年11月' })
    expect(monthRange(-1, now)).toEqual({ from: '2026-10-01', to: '2026-10-31', label: '2026年10月' })
  })

  it('crosses year ends and uses the China date, not UTC', () => {
    // 2027-01-01 01:00 in China is still 2026-12-31 in UTC.
    const now = new Date('2026-12-31T17:00:00Z')
    expect(monthRange(0, now).from).toBe('2027-01-01')
    expect(monthRange(-1, now)).toEqual({ from: '2026-12-01', to: '2026-12-31', label: '2026年12月' })
    expect(monthRange(-1, new Date('2024-03-10T00:00:00Z')).to).toBe('2024-02-29')
  })
})

describe('monthBounds', () => {
  it('is a China calendar month as UTC instants (a month starts at 16:00Z the day before)', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' })
    expect(monthBounds('2026-12')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
  })
  it('refuses anything but YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-00', '2026/11', '26-11', '', 202611, null])
      expect(monthBounds(bad)).toBeUndefined()
  })
  it('lists the recent months, newest first, across a year', () => {
    expect(recentMonths(3, new Date('2026-01-10T00:00:00Z'))).toEqual([
      { key: '2026-01', label: '2026年1月' },
      { key: '2025-12', label: '2025年12月' },
      { key: '2025-11', label: '2025年11月' }
    ])
  })
})
