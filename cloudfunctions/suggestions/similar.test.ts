// suggestions.similar: before sending, up to three public suggestions about the same topic
// nearby; never a row that is not on the public board, never anything personal; and the 我也想要
// on one of them is the existing support action.
import type { Suggestion } from '../../src/domain/suggestions/model'
import { STREET, staffKit, type StaffKit } from '../../tests/server/test-kit'

const OTHER_STREET = '500103004'
const row = (id: string, over: Partial<Suggestion> = {}): Suggestion => ({
  _id: id,
  mode: 'adult',
  topic: 'play',
  title: `想要秋千 ${id}`,
  text: '小区旁边的空地可以放秋千吗',
  photoFileIds: [],
  onBehalfOfChild: false,
  street: STREET,
  community: '500103003019',
  contact: { name: '王女士', phone: '13900139000' },
  location: { latitude: 29.5585, longitude: 106.5561, source: 'map' },
  authorId: `dev-author-${id}`,
  visibility: 'visible',
  publication: 'auto',
  status: 'adopted',
  history: [{ status: 'submitted', at: '2026-11-01T00:00:00.000Z', by: 'author' }],
  replies: [],
  supportCount: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over
})

describe('suggestions.similar', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    const rows = [
      row('public-a', { supportCount: 4 }),
      row('public-b', { supportCount: 2, status: 'closed' }),
      row('public-c', { supportCount: 1 }),
      row('public-d'),
      row('place-1', {
        street: OTHER_STREET,
        location: { latitude: 29.55, longitude: 106.57, source: 'place', placeId: 'park-1', placeName: '公园' }
      }),
      // Not public: not yet taken up, held for review, a child's words not approved, hidden.
      row('open', { status: 'in_progress', supportCount: 99 }),
      row('review', { visibility: 'pending_review', supportCount: 99 }),
      row('child', { mode: 'child', publication: 'pending', supportCount: 99 }),
      row('hidden', { visibility: 'hidden', supportCount: 99 }),
      // Open and public where its author was told so: the usual duplicate (see below).
      row('open-now', { status: 'in_progress', openOnBoard: true, supportCount: 3 }),
      // Elsewhere or about something else.
      row('other-street', { street: OTHER_STREET, supportCount: 99 }),
      row('other-topic', { topic: 'safety', supportCount: 99 })
    ]
    for (const r of rows) await k.repo.collection<Suggestion>('suggestions').put(r)
  })
  afterEach(() => k.cleanup())

  it('answers up to three public rows of the topic nearby, most supported first, public fields only', async () => {
    const r = await k.citizen('dev-writer', 'similar', { topic: 'play', street: STREET })
    expect(r.ok).toBe(true)
    const items = (r as { data: { items: Array<Record<string, unknown>> } }).data.items
    expect(items.map((i) => i.id)).toEqual(['public-a', 'open-now', 'public-b'])
    expect(items[1]).toMatchObject({ status: 'in_progress', supportCount: 3 })
    expect(Object.keys(items[0]).sort()).toEqual(
      ['createdAt', 'id', 'status', 'street', 'supportCount', 'supportedByMe', 'text', 'title', 'topic'].sort()
    )
    expect(JSON.stringify(items)).not.toMatch(/王女士|13900139000|29\.5585|dev-author/)
  })

  it('puts a suggestion about the same place first, even from another street', async () => {
    const r = await k.citizen('dev-writer', 'similar', { topic: 'play', street: STREET, placeId: 'park-1' })
    expect((r as { data: { items: Array<{ id: string }> } }).data.items.map((i) => i.id)).toEqual([
      'place-1',
      'public-a',
      'open-now'
    ])
    // With the place only, the place's row is found among the topic's newest rows.
    const placeOnly = await k.citizen('dev-writer', 'similar', { topic: 'play', placeId: 'park-1' })
    expect((placeOnly as { data: { items: Array<{ id: string }> } }).data.items.map((i) => i.id)).toEqual(['place-1'])
  })

  it('needs no sign-in, refuses what it cannot read, and 我也想要 is a support', async () => {
    expect(await k.citizen(null as unknown as string, 'similar', { topic: 'play', street: STREET })).toMatchObject({
      ok: true
    })
    expect(await k.citizen('dev-writer', 'similar', { topic: 'play' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'street' }
    })
    expect(await k.citizen('dev-writer', 'similar', { topic: { $ne: 1 }, street: STREET })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'topic' }
    })
    expect(await k.citizen('dev-writer', 'support', { id: 'public-c' })).toMatchObject({
      ok: true,
      data: { supportCount: 1, added: true }
    })
  })

  it('says which ones I supported (已支持), for me only', async () => {
    await k.citizen('dev-writer', 'support', { id: 'public-b' })
    const mine = (await k.citizen('dev-writer', 'similar', { topic: 'play', street: STREET })) as {
      data: { items: Array<{ id: string; supportedByMe: boolean }> }
    }
    expect(mine.data.items.map((i) => [i.id, i.supportedByMe])).toEqual([
      ['public-a', false],
      ['open-now', false],
      ['public-b', true]
    ])
    const other = (await k.citizen('dev-other', 'similar', { topic: 'play', street: STREET })) as typeof mine
    expect(other.data.items.every((i) => !i.supportedByMe)).toBe(true)
  })
})
