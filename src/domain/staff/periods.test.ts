import { monthRange } from './periods'

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
