import {
  chinaDayStartIso,
  dbFilter,
  dbOrder,
  decodeCursor,
  encodeCursor,
  parseInboxFilter,
  parseInboxRequest,
  rowFilter
} from './inbox-query'
import type { Suggestion } from '../suggestions/model'

const row = (over: Partial<Suggestion>): Suggestion => ({
  _id: 'id-00000001',
  mode: 'child',
  topic: 'play',
  title: '',
  text: '公园里想要秋千',
  photoFileIds: [],
  onBehalfOfChild: false,
  authorId: 'o',
  visibility: 'visible',
  status: 'submitted',
  history: [],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over
})

describe('inbox query', () => {
  it('normalises filters: single values become lists, blanks disappear', () => {
    expect(
      parseInboxFilter({ status: 'submitted', topic: ['play', 'play'], mode: '', street: null, q: '  滑梯   公园 ' })
    ).toEqual({ ok: true, value: { status: ['submitted'], topic: ['play'], q: '滑梯 公园' } })
    expect(parseInboxFilter(undefined)).toEqual({ ok: true, value: {} })
  })

  it.each([
    [{ status: ['done'] }, 'filter.status'],
    [{ topic: 'weather' }, 'filter.topic'],
    [{ ageGroup: '18plus' }, 'filter.ageGroup'],
    [{ visibility: 'public' }, 'filter.visibility'],
    [{ mode: 'robot' }, 'filter.mode'],
    [{ street: '500103002' }, 'filter.street'],
    [{ community: '500103003999' }, 'filter.community'],
    [{ from: '2026-02-30' }, 'filter.from'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'filter.to'],
    [{ hasPhoto: 'yes' }, 'filter.hasPhoto'],
    [{ q: '好'.repeat(41) }, 'filter.q'],
    ['status=submitted', 'filter']
  ])('refuses %j with a field error', (filter, field) => {
    expect(parseInboxFilter(filter)).toMatchObject({ ok: false, field })
  })

  it('checks sort, cursor and page size', () => {
    expect(parseInboxRequest({})).toEqual({ ok: true, value: { filter: {}, sort: 'newest', offset: 0, pageSize: 20 } })
    expect(parseInboxRequest({ sort: 'supported', cursor: encodeCursor(40), pageSize: 50 })).toMatchObject({
      ok: true,
      value: { sort: 'supported', offset: 40, pageSize: 50 }
    })
    expect(parseInboxRequest({ sort: 'oldest' })).toMatchObject({ ok: false, field: 'sort' })
    expect(parseInboxRequest({ cursor: '40' })).toMatchObject({ ok: false, field: 'cursor' })
    expect(parseInboxRequest({ pageSize: 51 })).toMatchObject({ ok: false, field: 'pageSize' })
    expect(decodeCursor(encodeCursor(123456))).toBe(123456)
  })

  it('turns China calendar dates into createdAt bounds', () => {
    expect(chinaDayStartIso('2026-11-01')).toBe('2026-10-31T16:00:00.000Z')
    expect(chinaDayStartIso('2026-11-30', 1)).toBe('2026-11-30T16:00:00.000Z')
  })

  it('sends the indexable filters to the database, inside the caller’s area', () => {
    const f = {
      status: ['submitted', 'accepted'],
      topic: ['play'],
      ageGroup: ['6to9'],
      mode: 'child',
      from: '2026-11-01',
      to: '2026-11-30',
      visibility: ['pending_review'],
      assisted: true
    } as const
    expect(
      dbFilter(
        { ...f, status: [...f.status], topic: [...f.topic], ageGroup: [...f.ageGroup], visibility: [...f.visibility] },
        { community: '500103003019' }
      )
    ).toEqual({
      community: '500103003019',
      status: { $in: ['submitted', 'accepted'] },
      topic: 'play',
      ageGroup: '6to9',
      visibility: 'pending_review',
      mode: 'child',
      channel: { $ne: null },
      createdAt: { $gte: '2026-10-31T16:00:00.000Z', $lt: '2026-11-30T16:00:00.000Z' }
    })
    expect(dbFilter({ assisted: false }, {})).toEqual({ channel: null })
    // 待分派: rows naming no community, inside the street; a worker's communities are never widened.
    expect(dbFilter({ noCommunity: true }, { street: '500103003' })).toEqual({ street: '500103003', community: null })
    expect(dbFilter({ noCommunity: true }, { community: '500103003019' })).toEqual({ community: '500103003019' })
    // A department's area is a field of its own: it reaches the database like a street does.
    expect(dbFilter({ mode: 'adult' }, { department: 'dept-traffic', street: '500103003' })).toEqual({
      department: 'dept-traffic',
      street: '500103003',
      mode: 'adult'
    })
    expect(dbOrder('supported')[0]).toEqual(['supportCount', 'desc'])
  })

  it('checks text and photos on the rows, every word must match', () => {
    expect(rowFilter({ status: ['submitted'] })).toBeNull()
    const match = rowFilter({ q: '秋千 公园', hasPhoto: false })!
    expect(match(row({}))).toBe(true)
    expect(match(row({ photoFileIds: ['local://files/a.jpg'] }))).toBe(false)
    expect(match(row({ text: '想要秋千' }))).toBe(false)
    expect(rowFilter({ q: 'id-0000' })!(row({}))).toBe(true)
    expect(
      rowFilter({ q: '解放碑' })!(
        row({ location: { latitude: 29.55, longitude: 106.57, source: 'place', placeName: '解放碑步行街' } })
      )
    ).toBe(true)
  })

  it('跟进: open rows whose author last said 还没有 (the index narrows to open states)', () => {
    expect(dbFilter({ followUp: true }, {}).status).toEqual({
      $in: ['submitted', 'accepted', 'in_progress', 'adopted', 'answered', 'rejected']
    })
    expect(dbFilter({ followUp: true, status: ['in_progress'] }, {}).status).toBe('in_progress')
    expect(dbFilter({ followUp: false }, {})).toEqual({})
    expect(parseInboxFilter({ followUp: 'yes' })).toMatchObject({ ok: false, field: 'filter.followUp' })
    expect(parseInboxFilter({ followUp: true })).toEqual({ ok: true, value: { followUp: true } })
    const notYet = { answer: 'not_yet' as const, at: '2026-11-21T02:00:00.000Z', closedAt: '2026-11-20T02:00:00.000Z' }
    const match = rowFilter({ followUp: true })!
    expect(match(row({ status: 'in_progress', followUps: [notYet] }))).toBe(true)
    expect(match(row({ status: 'closed', followUps: [notYet] }))).toBe(false)
    expect(match(row({ status: 'in_progress' }))).toBe(false)
  })
})
