import { PUBLIC_STATS, statsSince, tallyStreetMonths } from './rules'

describe('public statistics', () => {
  it('cover the last 12 months, from the first day of the oldest', () => {
    expect(statsSince(new Date('2026-11-28T02:00:00Z'))).toBe('2025-12-01T00:00:00.000Z')
    expect(statsSince(new Date('2026-01-01T00:00:00Z'), 1)).toBe('2026-01-01T00:00:00.000Z')
    expect(PUBLIC_STATS.maxRows).toBeGreaterThanOrEqual(PUBLIC_STATS.page)
  })

  const row = (createdAt: string, status: 'submitted' | 'adopted' = 'submitted', street = '500103003') => ({
    createdAt,
    status,
    street
  })

  it('count per street and month, adopted among them', () => {
    const t = tallyStreetMonths(
      [row('2026-11-02T00:00:00Z', 'adopted'), row('2026-11-01T00:00:00Z'), row('2026-10-31T00:00:00Z')],
      '2025-12-01T00:00:00.000Z',
      false
    )
    expect(t).toEqual({
      byStreetMonth: [
        { street: '500103003', month: '2026-11', submitted: 2, adopted: 1 },
        { street: '500103003', month: '2026-10', submitted: 1, adopted: 0 }
      ],
      since: '2025-12-01T00:00:00.000Z',
      complete: true
    })
  })

  it('leave out the oldest month when the read stopped at the cap, so no number is partial', () => {
    const t = tallyStreetMonths(
      [row('2026-11-02T00:00:00Z'), row('2026-10-31T00:00:00Z'), row('2026-10-30T00:00:00Z')],
      '2025-12-01T00:00:00.000Z',
      true
    )
    expect(t).toEqual({
      byStreetMonth: [{ street: '500103003', month: '2026-11', submitted: 1, adopted: 0 }],
      since: '2026-11-01T00:00:00.000Z',
      complete: false
    })
  })
})
