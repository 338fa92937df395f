import {
  PUBLIC_STATS,
  assistedAuthorId,
  initialPublication,
  isOnPublicBoard,
  publicBoardWhere,
  publicationAtSubmit,
  statsSince,
  tallyStreetMonths
} from './rules'

describe('public statistics', () => {
  it('cover the last 12 months, from the first day of the oldest in China (00:00 UTC+8)', () => {
    expect(statsSince(new Date('2026-11-28T02:00:00Z'))).toBe('2025-11-30T16:00:00.000Z')
    expect(statsSince(new Date('2026-01-01T00:00:00Z'), 1)).toBe('2025-12-31T16:00:00.000Z')
    // 17:00 UTC on 31 December is already January in Chongqing.
    expect(statsSince(new Date('2025-12-31T17:00:00Z'), 1)).toBe('2025-12-31T16:00:00.000Z')
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

  it('count by the month in China: 00:30 on the 1st (16:30 UTC the day before) is the new month', () => {
    const t = tallyStreetMonths([row('2026-10-31T16:30:00Z'), row('2026-10-31T15:30:00Z')], 'x', false)
    expect(t.byStreetMonth.map((c) => [c.month, c.submitted])).toEqual([
      ['2026-11', 1],
      ['2026-10', 1]
    ])
  })

  it('leave out the oldest month when the read stopped at the cap, so no number is partial', () => {
    const t = tallyStreetMonths(
      [row('2026-11-02T00:00:00Z'), row('2026-10-31T00:00:00Z'), row('2026-10-30T00:00:00Z')],
      '2025-12-01T00:00:00.000Z',
      true
    )
    expect(t).toEqual({
      byStreetMonth: [{ street: '500103003', month: '2026-11', submitted: 1, adopted: 0 }],
      since: '2026-10-31T16:00:00.000Z',
      complete: false
    })
  })
})

describe('publication: a child’s words reach the public board only after a person approved them', () => {
  const base = {
    mode: 'adult' as const,
    onBehalfOfChild: false,
    authorId: 'dev-parent',
    status: 'adopted' as const,
    visibility: 'visible' as const
  }

  it('waits for approval for a child, a parent writing for a child, and an assisted entry', () => {
    expect(initialPublication(base)).toBe('auto')
    expect(initialPublication({ ...base, mode: 'child' })).toBe('pending')
    expect(initialPublication({ ...base, onBehalfOfChild: true })).toBe('pending')
    expect(initialPublication({ ...base, authorId: assistedAuthorId('x') })).toBe('pending')
    // Legacy assisted rows kept the worker as author; the channel still marks them.
    expect(initialPublication({ ...base, channel: 'paper' })).toBe('pending')
  })

  it('shows a row only when taken up, visible, and auto or approved; a row without the mark never', () => {
    const on = (over: object) => isOnPublicBoard({ ...base, ...over })
    expect(on({ publication: 'auto' })).toBe(true)
    expect(on({ publication: 'approved', status: 'closed' })).toBe(true)
    expect(on({ publication: 'pending' })).toBe(false)
    expect(on({})).toBe(false)
    expect(on({ publication: 'approved', status: 'answered' })).toBe(false)
    expect(on({ publication: 'approved', visibility: 'hidden' })).toBe(false)
    expect(on({ publication: 'approved', status: 'withdrawn' })).toBe(false)
    const urgent = { at: '2026-12-01T00:00:00.000Z', source: 'words' as const, by: '系统', reason: '文字提示' }
    expect(on({ publication: 'approved', urgent })).toBe(false)
    expect(publicBoardWhere()).toEqual({
      status: { $in: ['adopted', 'closed'] },
      visibility: 'visible',
      publication: { $in: ['auto', 'approved'] },
      urgent: null
    })
  })

  it('shows an open row only where its author was told so at submit (openOnBoard); rows from before keep their promise', () => {
    const on = (over: object) => isOnPublicBoard({ ...base, publication: 'approved', ...over })
    for (const status of ['submitted', 'accepted', 'in_progress', 'answered']) {
      expect(on({ status, openOnBoard: true })).toBe(true)
      // Stored before: its author was promised the board only once adopted or closed.
      expect(on({ status })).toBe(false)
    }
    expect(on({ status: 'rejected', openOnBoard: true })).toBe(false)
    expect(on({ status: 'withdrawn', openOnBoard: true })).toBe(false)
    expect(on({ status: 'submitted', openOnBoard: true, publication: 'pending' })).toBe(false)
    expect(on({ status: 'submitted', openOnBoard: true, visibility: 'pending' })).toBe(false)
    const urgent = { at: '2026-12-01T00:00:00.000Z', source: 'words' as const, by: '系统', reason: '文字提示' }
    expect(on({ status: 'submitted', openOnBoard: true, urgent })).toBe(false)
    expect(publicBoardWhere('open')).toEqual({
      status: { $in: ['submitted', 'accepted', 'in_progress', 'answered'] },
      visibility: 'visible',
      publication: { $in: ['auto', 'approved'] },
      urgent: null,
      openOnBoard: true
    })
    expect(publicBoardWhere('closed').status).toEqual({ $in: ['closed'] })
    // A new row starts with the present promise, whatever its publication.
    expect(publicationAtSubmit({ ...base, mode: 'child' })).toEqual({ publication: 'pending', openOnBoard: true })
    expect(publicationAtSubmit(base)).toEqual({ publication: 'auto', openOnBoard: true })
  })
})
