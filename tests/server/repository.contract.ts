// The repository's contract: one set of cases that every implementation must pass, so the
// local backend and tests (SQLite) cannot drift from production (CloudBase). Each case states
// the repository's meaning where CloudBase's own differs (see cloudbase-fake.ts).
import type { StaffRecord } from '../../src/domain/roles'
import { MAX_LIMIT, type Repository } from '../../server/adapters/repository'

// Errors may come from another realm (better-sqlite3 under jest): compare messages, not classes.
export const rejection = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: Error) => String(e?.message ?? e)
  )

type T = ContractRecord
export type ContractRecord = StaffRecord & {
  rank?: number
  note?: string | null
  prefs?: Record<string, unknown>
  tags?: string[]
  rev?: number
}

/** The i-th staff-shaped record the cases store (rank i; 4 inactive; 0–2 in one street). */
export const make = (i: number, extra: Partial<T> = {}): T => ({
  _id: `s${i}`,
  openid: `o${i}`,
  role: i % 2 ? 'community_worker' : 'street_admin',
  scope: { street: i < 3 ? '500103003' : '500103012' },
  name: `n${i}`,
  active: i !== 4,
  rank: i,
  ...extra
})

export interface ContractSubject {
  repo: Repository
  cleanup(): void | Promise<void>
}

export function repositoryContract(label: string, open: () => ContractSubject | Promise<ContractSubject>): void {
  describe(`repository contract: ${label}`, () => {
    let subject: ContractSubject
    beforeEach(async () => {
      subject = await open()
      for (let i = 0; i < 6; i++) await staff().put(make(i))
    })
    afterEach(() => subject.cleanup())

    const staff = () => subject.repo.collection<T>('staff')
    const ids = (docs: T[]) => docs.map((d) => d._id)

    it('gets by id, null when missing', async () => {
      expect((await staff().get('s2'))?.name).toBe('n2')
      expect(await staff().get('nope')).toBeNull()
    })

    it('inserts once per _id (the basis of idempotent writes and revision claims)', async () => {
      expect(await staff().insert(make(9))).toBe('inserted')
      expect(await staff().insert(make(9, { name: 'changed' }))).toBe('exists')
      expect((await staff().get('s9'))?.name).toBe('n9')
    })

    it('of two concurrent claims on one _id exactly one gets in', async () => {
      const results = await Promise.all([staff().insert(make(20)), staff().insert(make(20, { name: 'other' }))])
      expect(results.sort()).toEqual(['exists', 'inserted'])
    })

    it('reports a unique violation on another index as an error, not as "exists"', async () => {
      expect(await rejection(staff().insert(make(7, { openid: 'o1' })))).not.toBe('resolved')
      expect(await staff().get('s7')).toBeNull()
      expect(await rejection(staff().put(make(8, { openid: 'o1' })))).not.toBe('resolved')
    })

    it('put replaces the whole document', async () => {
      await staff().put({ ...make(1), prefs: { a: 1 } })
      await staff().put({ ...make(1), name: 'x' })
      const doc = await staff().get('s1')
      expect(doc?.name).toBe('x')
      expect(doc).not.toHaveProperty('prefs')
    })

    it('update replaces top-level fields and keeps the others', async () => {
      expect(await staff().update('s1', { active: false })).toBe(true)
      expect(await staff().get('s1')).toMatchObject({ _id: 's1', active: false, name: 'n1' })
    })

    it('update with an object value replaces the stored object (CloudBase would merge it)', async () => {
      await staff().update('s1', { scope: { street: '500103003', communities: ['500103003001'] } })
      await staff().update('s1', { scope: { street: '500103012' } })
      expect((await staff().get('s1'))?.scope).toEqual({ street: '500103012' })
      await staff().update('s1', { prefs: {} })
      expect((await staff().get('s1'))?.prefs).toEqual({})
    })

    it('update sets an object where the field was null or a scalar', async () => {
      await staff().update('s1', { note: null })
      await staff().update('s1', { note: 'x' })
      await staff().update('s1', { prefs: { a: { b: 1 } } })
      expect((await staff().get('s1'))?.prefs).toEqual({ a: { b: 1 } })
    })

    it('update stores arrays and null as given', async () => {
      await staff().update('s1', { tags: ['a', 'b'] })
      await staff().update('s1', { tags: ['c'], note: null })
      expect(await staff().get('s1')).toMatchObject({ tags: ['c'], note: null })
    })

    it('update leaves a field given as undefined unchanged', async () => {
      expect(await staff().update('s1', { name: undefined, active: false })).toBe(true)
      expect(await staff().get('s1')).toMatchObject({ name: 'n1', active: false })
      expect(await staff().update('s1', { name: undefined })).toBe(true)
    })

    it('update reports a missing document, and an unchanged one as existing', async () => {
      expect(await staff().update('missing', { active: false })).toBe(false)
      expect(await staff().get('missing')).toBeNull()
      expect(await staff().update('s1', { active: true })).toBe(true)
      expect(await staff().update('s1', { active: true })).toBe(true)
    })

    it('updateIf writes only while the condition holds (revision check)', async () => {
      expect(await staff().updateIf('s1', { rev: null }, { rev: 1 })).toBe(true)
      expect(await staff().updateIf('s1', { rev: 1 }, { rev: 2, name: 'a' })).toBe(true)
      expect(await staff().updateIf('s1', { rev: 1 }, { rev: 2, name: 'b' })).toBe(false)
      expect(await staff().get('s1')).toMatchObject({ rev: 2, name: 'a' })
      expect(await staff().updateIf('missing', {}, { rev: 1 })).toBe(false)
    })

    it('of two concurrent updateIf on one revision exactly one lands', async () => {
      await staff().update('s2', { rev: 5 })
      const results = await Promise.all([
        staff().updateIf('s2', { rev: 5 }, { rev: 6, name: 'first' }),
        staff().updateIf('s2', { rev: 5 }, { rev: 6, name: 'second' })
      ])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect((await staff().get('s2'))?.name).toBe(results[0] ? 'first' : 'second')
    })

    it('removes, reporting whether there was a document', async () => {
      expect(await staff().remove('s1')).toBe(true)
      expect(await staff().remove('s1')).toBe(false)
      expect(await staff().count()).toBe(5)
    })

    it('filters by equality, booleans, nested paths, $in, $ne and ranges', async () => {
      expect(ids(await staff().find({ active: false }))).toEqual(['s4'])
      expect(await staff().count({ 'scope.street': '500103003' })).toBe(3)
      expect(await staff().count({ role: { $in: ['street_admin'] } })).toBe(3)
      expect(await staff().count({ role: { $in: [] } })).toBe(0)
      expect(await staff().count({ openid: { $ne: 'o1' } })).toBe(5)
      const ranked = await staff().find({ rank: { $gte: 2, $lt: 4 } }, { orderBy: [['rank', 'asc']] })
      expect(ranked.map((d) => d.rank)).toEqual([2, 3])
    })

    it('null matches a null and a missing field; $ne null neither; $ne a value matches missing', async () => {
      await staff().update('s1', { note: null })
      await staff().update('s2', { note: 'x' })
      expect(ids(await staff().find({ note: null }, { orderBy: [['rank', 'asc']] }))).toEqual([
        's0',
        's1',
        's3',
        's4',
        's5'
      ])
      expect(ids(await staff().find({ note: { $ne: null } }))).toEqual(['s2'])
      expect(await staff().count({ note: { $ne: 'x' } })).toBe(5)
      expect(await staff().count({ note: { $in: [null, 'x'] } })).toBe(6)
    })

    it('orders, skips and limits; limit 0 finds nothing', async () => {
      const page = await staff().find({}, { orderBy: [['rank', 'desc']], skip: 1, limit: 2 })
      expect(page.map((d) => d.rank)).toEqual([4, 3])
      expect(await staff().find({}, { limit: 0 })).toEqual([])
    })

    it(`find without a limit returns up to ${MAX_LIMIT} (CloudBase's default is 100)`, async () => {
      const many = subject.repo.collection<{ _id: string; n: number }>('app_events')
      for (let i = 0; i < 150; i++) await many.put({ _id: `e${String(i).padStart(4, '0')}`, n: i })
      expect(await many.find()).toHaveLength(150)
      expect(await many.count()).toBe(150)
      expect(await many.find({}, { limit: 5000, skip: 140 })).toHaveLength(10)
    })
  })
}
