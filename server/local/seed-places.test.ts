import { fromPlaceDoc, type PlaceDoc } from '../../src/domain/places/model'
import { CONFIRMED_PLACES } from '../../src/domain/places/seed'
import { tempRepo } from '../../tests/server/test-repo'
import { seedDemoData } from './seed'
import { seedPlaces } from './seed-places'

describe('seedPlaces (local backend only)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => {
    t = tempRepo()
  })
  afterEach(() => t.cleanup())

  it('writes the confirmed places and the demo set, every demo record flagged', async () => {
    const written = await seedPlaces(t.repo, new Date('2026-11-28T02:00:00Z'))
    const places = t.repo.collection<PlaceDoc>('places')
    expect(written).toBe(13 + 35)
    expect(await places.count()).toBe(48)
    expect(await places.count({ demo: true })).toBe(35)
    expect(await places.count({ category: 'childcare' })).toBe(24)
    expect(await places.count({ category: 'children_home' })).toBe(11)
    const demo = await places.find({ demo: true })
    expect(demo.every((p) => p.name.startsWith('示例') && p.phones.length === 0)).toBe(true)
    const real = await places.find({ demo: { $ne: true } })
    expect(real.map((p) => p._id).sort()).toEqual(CONFIRMED_PLACES.map((p) => p.id).sort())
  })

  it('stores the confirmed places as they are, with updatedAt for the data version', async () => {
    await seedPlaces(t.repo, new Date('2026-11-28T02:00:00Z'))
    const stored = await t.repo.collection<PlaceDoc>('places').get('cq-children-hospital-yuzhong')
    const { updatedAt, ...place } = fromPlaceDoc(stored!)
    expect(updatedAt).toBe('2026-11-28T02:00:00.000Z')
    // The name's pinyin (for search: jiefangbei → 解放碑) is made at seeding.
    expect(place).toEqual({ ...CONFIRMED_PLACES[0], pinyin: expect.stringContaining('chongqing') })
    const dejing = await t.repo.collection<PlaceDoc>('places').get('dejing-children-space')
    expect(dejing?.location).toBeUndefined()
  })

  it('is idempotent and runs once as part of the demo seed', async () => {
    expect(await seedDemoData(t.repo)).toBe(true)
    expect(await seedDemoData(t.repo)).toBe(false)
    await seedPlaces(t.repo)
    expect(await t.repo.collection('places').count()).toBe(48)
  })
})
