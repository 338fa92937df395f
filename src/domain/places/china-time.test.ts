import { chinaDateTime } from './china-time'

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
