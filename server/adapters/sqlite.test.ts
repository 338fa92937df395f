import { make, rejection, type ContractRecord } from '../../tests/server/repository.contract'
import { tempRepo } from '../../tests/server/test-repo'

type T = ContractRecord

describe('SqliteRepository', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    for (let i = 0; i < 6; i++) await t.repo.collection<T>('staff').put(make(i))
  })
  afterEach(() => t.cleanup())

  const staff = () => t.repo.collection<T>('staff')

  it('gets by id and returns null when missing', async () => {
    expect((await staff().get('s2'))?.name).toBe('n2')
    expect(await staff().get('nope')).toBeNull()
  })

  it('inserts only once per _id: the basis of idempotent writes', async () => {
    expect(await staff().insert(make(9))).toBe('inserted')
    expect(await staff().insert(make(9, { name: 'changed' }))).toBe('exists')
    expect((await staff().get('s9'))?.name).toBe('n9')
    expect(await staff().count()).toBe(7)
  })

  it('filters by equality, booleans, nested paths, $in, $ne and ranges', async () => {
    expect((await staff().find({ active: false })).map((d) => d._id)).toEqual(['s4'])
    expect(await staff().count({ 'scope.street': '500103003' })).toBe(3)
    expect(await staff().count({ role: { $in: ['street_admin'] } })).toBe(3)
    expect(await staff().count({ role: { $in: [] } })).toBe(0)
    expect(await staff().count({ openid: { $ne: 'o1' } })).toBe(5)
    expect(
      (await staff().find({ rank: { $gte: 2, $lt: 4 } }, { orderBy: [['rank', 'asc']] })).map((d) => d.rank)
    ).toEqual([2, 3])
  })

  it('orders, skips and limits', async () => {
    const page = await staff().find({}, { orderBy: [['rank', 'desc']], skip: 1, limit: 2 })
    expect(page.map((d) => d.rank)).toEqual([4, 3])
  })

  it('updates by merging top-level fields and reports missing documents', async () => {
    expect(await staff().update('s1', { active: false })).toBe(true)
    expect(await staff().get('s1')).toMatchObject({ active: false, name: 'n1', _id: 's1' })
    expect(await staff().update('missing', { active: false })).toBe(false)
  })

  it('removes', async () => {
    expect(await staff().remove('s1')).toBe(true)
    expect(await staff().remove('s1')).toBe(false)
    expect(await staff().count()).toBe(5)
  })

  it('enforces declared unique indexes', async () => {
    expect(await rejection(staff().put(make(7, { openid: 'o1' })))).toMatch(/UNIQUE/)
  })

  it('refuses field names that could inject SQL', async () => {
    expect(await rejection(staff().find({ "x') OR 1=1 --": 1 }))).toMatch(/invalid field/)
  })
})

describe('SqliteRepository unique indexes on insert', () => {
  it('reports a unique violation on another index as an error, not as "exists"', async () => {
    const t = tempRepo()
    try {
      await t.repo.collection<T>('staff').put(make(1))
      expect(await rejection(t.repo.collection<T>('staff').insert(make(2, { openid: 'o1' })))).toMatch(/UNIQUE/)
      expect(await t.repo.collection<T>('staff').count()).toBe(1)
    } finally {
      t.cleanup()
    }
  })
})
