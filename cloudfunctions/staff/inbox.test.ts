// Inbox, report and export through the cloud function, on rows written straight to SQLite.
import Papa from 'papaparse'
import type { InboxItem } from '../../src/domain/staff/api'
import { CSV_BOM } from '../../src/domain/staff/export'
import type { Status, Suggestion, Topic } from '../../src/domain/suggestions/model'
import { COMMUNITY_A, COMMUNITY_B, STREET, staffKit, type StaffKit } from '../../tests/server/test-kit'

const STATUSES: Status[] = ['submitted', 'accepted', 'in_progress', 'answered', 'closed']
const TOPICS: Topic[] = ['play', 'safety', 'parks_green']
const PLACES = [
  { street: STREET, community: COMMUNITY_A },
  { street: STREET, community: COMMUNITY_B },
  { street: STREET },
  { street: '500103004', community: '500103004002' },
  {}
]

/** 40 suggestions, one every 6 hours from 1 Nov (China), spread over places, statuses, topics. */
function make(i: number, over: Partial<Suggestion> = {}): Suggestion {
  const at = new Date(Date.parse('2026-10-31T16:00:00.000Z') + i * 6 * 3600 * 1000).toISOString()
  return {
    _id: `row-${String(i).padStart(4, '0')}`,
    mode: i % 2 ? 'adult' : 'child',
    topic: TOPICS[i % 3],
    title: i % 2 ? `成人建议 ${i}` : '',
    text: i % 4 === 0 ? `想要秋千和滑梯 ${i}` : `路口太危险 ${i}`,
    photoFileIds: i % 5 === 0 ? ['local://files/p.jpg'] : [],
    onBehalfOfChild: false,
    ...(i % 2 ? {} : { ageGroup: i % 4 ? '6to9' : 'under6' }),
    ...PLACES[i % 5],
    authorId: `dev-author-${i}`,
    visibility: i % 7 === 0 ? 'pending_review' : 'visible',
    status: STATUSES[i % 5],
    history: [{ status: 'submitted', at, by: 'author' }],
    replies: [],
    supportCount: (i * 7) % 11,
    createdAt: at,
    updatedAt: at,
    ...over
  } as Suggestion
}

describe('staff inbox, report and export', () => {
  let k: StaffKit
  const rows = Array.from({ length: 40 }, (_, i) => make(i))
  const ids = (r: { ok: boolean; data?: { items: InboxItem[] } }) => (r.ok ? r.data!.items.map((i) => i.id) : [])
  const expectIds = (pred: (s: Suggestion) => boolean, sorted = rows) =>
    sorted
      .filter(pred)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((s) => s._id)

  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    for (const s of rows) await k.repo.collection<Suggestion>('suggestions').insert(s)
  })
  afterEach(() => k.cleanup())

  it('shows each role its area, newest first', async () => {
    const page = (who: string) => k.call(who, 'inbox', { pageSize: 50 })
    expect(ids(await page('workerA'))).toEqual(expectIds((s) => s.community === COMMUNITY_A))
    expect(ids(await page('workerB'))).toEqual(expectIds((s) => s.community === COMMUNITY_B))
    expect(ids(await page('street'))).toEqual(expectIds((s) => s.street === STREET))
    expect(ids(await page('district'))).toEqual(expectIds(() => true))
    expect(await page('district')).toMatchObject({ ok: true, data: { total: 40, next: null, complete: true } })
  })

  it.each([
    [
      'status',
      { status: ['submitted', 'closed'] },
      (s: Suggestion) => s.status === 'submitted' || s.status === 'closed'
    ],
    ['topic', { topic: 'safety' }, (s: Suggestion) => s.topic === 'safety'],
    ['age group', { ageGroup: ['under6'] }, (s: Suggestion) => s.ageGroup === 'under6'],
    ['child/adult', { mode: 'adult' }, (s: Suggestion) => s.mode === 'adult'],
    ['street', { street: '500103004' }, (s: Suggestion) => s.street === '500103004'],
    ['community', { community: COMMUNITY_B }, (s: Suggestion) => s.community === COMMUNITY_B],
    [
      'date range',
      { from: '2026-11-03', to: '2026-11-05' },
      (s: Suggestion) => s.createdAt >= '2026-11-02T16:00:00.000Z' && s.createdAt < '2026-11-05T16:00:00.000Z'
    ],
    ['has photo', { hasPhoto: true }, (s: Suggestion) => s.photoFileIds.length > 0],
    ['no photo', { hasPhoto: false }, (s: Suggestion) => s.photoFileIds.length === 0],
    ['review queue', { visibility: 'pending_review' }, (s: Suggestion) => s.visibility === 'pending_review'],
    ['text search', { q: '秋千 滑梯' }, (s: Suggestion) => s.text.includes('秋千')],
    [
      'combined',
      { q: '危险', mode: 'adult', status: ['accepted', 'answered'] },
      (s: Suggestion) => s.text.includes('危险') && s.mode === 'adult' && ['accepted', 'answered'].includes(s.status)
    ]
  ])('filters by %s', async (_name, filter, pred) => {
    const r = await k.call('district', 'inbox', { filter, pageSize: 50 })
    expect(ids(r)).toEqual(expectIds(pred))
    expect(ids(r).length).toBeGreaterThan(0)
  })

  it('sorts by support, newest first among equals', async () => {
    const r = await k.call('district', 'inbox', { sort: 'supported', pageSize: 50 })
    const expected = [...rows]
      .sort((a, b) => b.supportCount - a.supportCount || b.createdAt.localeCompare(a.createdAt))
      .map((s) => s._id)
    expect(ids(r)).toEqual(expected)
  })

  it.each([[{}], [{ q: '危险' }], [{ hasPhoto: false, mode: 'child' }]])(
    'pages through %j: every row once, in order',
    async (filter) => {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const r = await k.call('district', 'inbox', { filter, pageSize: 7, cursor })
        expect(r.ok).toBe(true)
        seen.push(...ids(r))
        cursor = r.ok ? r.data.next : null
        pages += 1
      } while (cursor && pages < 20)
      const all = await k.call('district', 'inbox', { filter, pageSize: 50 })
      expect(seen).toEqual(ids(all))
      expect(new Set(seen).size).toBe(seen.length)
    }
  )

  it('refuses filters outside the area and malformed requests', async () => {
    expect(await k.call('workerA', 'inbox', { filter: { street: '500103004' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'filter.street' }
    })
    expect(await k.call('street', 'inbox', { filter: { community: '500103004002' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await k.call('district', 'inbox', { filter: { status: 'done' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'filter.status' }
    })
    expect(await k.call('district', 'inbox', { cursor: 'o;drop' })).toMatchObject({
      ok: false,
      error: { field: 'cursor' }
    })
  })

  it('bounds a text search over a large table and continues it from the cursor', async () => {
    k.repo.transaction(() => {
      for (let i = 40; i < 2640; i++)
        void k.repo
          .collection<Suggestion>('suggestions')
          .insert(make(i, { text: '普通建议', createdAt: '2026-10-01T00:00:00.000Z' }))
    })
    await k.repo
      .collection<Suggestion>('suggestions')
      .insert(make(9999, { text: '藏在最后的独角兽', createdAt: '2026-09-01T00:00:00.000Z' }))
    const first = await k.call('district', 'inbox', { filter: { q: '独角兽' } })
    expect(first).toMatchObject({ ok: true, data: { items: [], complete: false, total: 2641 } })
    const second = await k.call('district', 'inbox', {
      filter: { q: '独角兽' },
      cursor: first.ok ? first.data.next : null
    })
    expect(second).toMatchObject({
      ok: true,
      data: { items: [{ id: 'row-9999' }], complete: true, next: null, total: null }
    })
  })

  it('reports on the caller’s area only', async () => {
    const worker = await k.call('workerA', 'report')
    expect(worker).toMatchObject({ ok: true, data: { total: 8, truncated: false, limit: 5000 } })
    expect(worker.ok && worker.data.byCommunity).toEqual([
      { key: COMMUNITY_A, label: '大井巷', count: 8, street: STREET }
    ])
    const district = await k.call('district', 'report', { filter: { mode: 'child' } })
    expect(district).toMatchObject({ ok: true, data: { total: 20, byMode: { child: 20, adult: 0 } } })
    expect(
      district.ok &&
        district.data.byStatus.map((s: { count: number }) => s.count).reduce((a: number, b: number) => a + b)
    ).toBe(20)
  })

  it('exports the filtered inbox as CSV and Open311, scoped and logged', async () => {
    const csv = await k.call('workerA', 'export', { format: 'csv', filter: { status: 'submitted' } })
    expect(csv).toMatchObject({
      ok: true,
      data: {
        format: 'csv',
        mimeType: 'text/csv; charset=utf-8',
        filename: 'yimi-suggestions-2026-11-28.csv',
        truncated: false
      }
    })
    const content = csv.ok ? (csv.data.content as string) : ''
    expect(content.startsWith(CSV_BOM)).toBe(true)
    const parsed = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true })
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(
      expectIds((s) => s.community === COMMUNITY_A && s.status === 'submitted')
    )
    k.advance(1000)
    const json = await k.call('district', 'export', { format: 'open311', filter: { community: COMMUNITY_A } })
    expect(
      json.ok && JSON.parse(json.data.content).map((r: { service_request_id: string }) => r.service_request_id)
    ).toEqual(expectIds((s) => s.community === COMMUNITY_A))
    // Rows with photos carry no link to them: storage is private and the file leaves the system.
    const requests = json.ok ? (JSON.parse(json.data.content) as Array<{ media_url: string | null }>) : []
    expect(expectIds((s) => s.community === COMMUNITY_A && s.photoFileIds.length > 0).length).toBeGreaterThan(0)
    expect(requests.map((r) => r.media_url).filter((m) => m !== null)).toEqual([])
    expect(json.ok && json.data.content).not.toContain('_files')
    expect(await k.call('district', 'export', { format: 'xlsx' })).toMatchObject({
      ok: false,
      error: { field: 'format' }
    })
    for (const limit of [0, [7], true, '1e3'])
      expect(await k.call('district', 'export', { format: 'csv', limit })).toMatchObject({
        ok: false,
        error: { field: 'limit' }
      })
    k.advance(1000)
    expect(await k.call('district', 'export', { format: 'csv', limit: 5 })).toMatchObject({
      ok: true,
      data: { rows: 5, truncated: true }
    })
    const log = await k.call('district', 'auditLog', { kind: 'export' })
    expect(
      log.ok && log.data.items.map((e: { actorName: string; detail: { rows: number } }) => [e.actorName, e.detail.rows])
    ).toEqual([
      ['示例区级管理员', 5],
      ['示例区级管理员', 8],
      ['示例社工 · 大井巷', 8]
    ])
  })
})
