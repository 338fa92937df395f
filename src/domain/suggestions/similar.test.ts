import { SIMILAR, nearness, parseSimilar, rankSimilar, similarReads } from './similar'
import { publicBoardWhere } from './rules'
import type { Suggestion } from './model'

const JIEFANGBEI = '500103003'
const OTHER = '500103001'
type Row = Pick<Suggestion, '_id' | 'topic' | 'street' | 'location' | 'supportCount' | 'createdAt'>
const row = (id: string, fields: Partial<Row> = {}): Row => ({
  _id: id,
  topic: 'play',
  street: JIEFANGBEI,
  supportCount: 0,
  createdAt: '2026-11-01T00:00:00Z',
  ...fields
})
const atPlace = (placeId: string) => ({ latitude: 29.55, longitude: 106.57, source: 'place' as const, placeId })

describe('similar suggestions before sending', () => {
  it('parses a topic with a street or a place; refuses the rest', () => {
    expect(parseSimilar({ topic: 'play', street: JIEFANGBEI })).toEqual({
      ok: true,
      value: { topic: 'play', street: JIEFANGBEI }
    })
    expect(parseSimilar({ topic: 'play', placeId: 'park-1', street: '' })).toEqual({
      ok: true,
      value: { topic: 'play', placeId: 'park-1' }
    })
    expect(parseSimilar({ topic: 'games', street: JIEFANGBEI })).toMatchObject({ ok: false, field: 'topic' })
    expect(parseSimilar({ topic: 'play', street: '110101001' })).toMatchObject({ ok: false, field: 'street' })
    expect(parseSimilar({ topic: 'play', placeId: { $ne: null } })).toMatchObject({ ok: false, field: 'placeId' })
    expect(parseSimilar({ topic: 'play' })).toMatchObject({ ok: false, field: 'street' })
  })

  it('reads only the public board (taken up, and open where shown), this topic and street', () => {
    const taken = { ...publicBoardWhere('taken'), topic: 'play' }
    const open = { ...publicBoardWhere('open'), topic: 'play' }
    expect(similarReads({ topic: 'play', street: JIEFANGBEI })).toEqual([
      { ...taken, street: JIEFANGBEI },
      { ...open, street: JIEFANGBEI }
    ])
    expect(similarReads({ topic: 'play', placeId: 'p' })).toEqual([taken, open])
    expect(similarReads({ topic: 'play', street: JIEFANGBEI, placeId: 'p' })).toEqual([
      { ...taken, street: JIEFANGBEI },
      taken,
      { ...open, street: JIEFANGBEI },
      open
    ])
    // The usual duplicate is one nobody has answered yet: open rows are among those read.
    expect(open.status.$in).toEqual(expect.arrayContaining(['submitted', 'in_progress']))
    expect(open).toMatchObject({ openOnBoard: true, urgent: null })
  })

  it('ranks the same place first, then the same street by support, then the newest; three at most', () => {
    const q = { topic: 'play' as const, street: JIEFANGBEI, placeId: 'park-1' }
    const rows = [
      row('street-old', { supportCount: 5, createdAt: '2026-01-01T00:00:00Z' }),
      row('street-new', { supportCount: 5, createdAt: '2026-10-01T00:00:00Z' }),
      row('street-most', { supportCount: 9 }),
      row('place', { street: OTHER, location: atPlace('park-1') }),
      row('other-street', { street: OTHER, supportCount: 50 }),
      row('other-topic', { topic: 'safety', supportCount: 50 })
    ]
    expect(rankSimilar(rows, q).map((r) => r._id)).toEqual(['place', 'street-most', 'street-new'])
    expect(rankSimilar(rows, q, 10).map((r) => r._id)).not.toContain('other-street')
    expect(nearness(row('x'), { topic: 'play', placeId: 'park-1' })).toBe(0)
    expect(SIMILAR.max).toBe(3)
  })
})
