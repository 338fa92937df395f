// The CloudBase adapter's own cases; the shared behaviour is in repository.contract.ts. The first
// block checks that the fake really behaves as CloudBase is documented to, where a naive adapter
// would go wrong: without these, the contract could pass against a too-kind fake.
import { CloudBaseRepository, translateFilter, updateData } from './cloudbase'
import { fakeCloudBase, fakeCommand } from '../../tests/fakes/cloudbase-fake'

describe('the CloudBase fake follows CloudBase', () => {
  it('update merges an object value into the stored object; _.set replaces it', async () => {
    const db = fakeCloudBase()
    const staff = db.collection('staff')
    await staff.add({ data: { _id: 'a', scope: { street: '1', community: '11' } } })
    await staff.doc('a').update({ data: { scope: { street: '2' } } })
    expect(db.dump('staff')[0].scope).toEqual({ street: '2', community: '11' })
    await staff.doc('a').update({ data: { scope: db.command.set({ street: '3' }) } })
    expect(db.dump('staff')[0].scope).toEqual({ street: '3' })
  })

  it('update with an empty object sets nothing, and through null fails', async () => {
    const db = fakeCloudBase()
    const staff = db.collection('staff')
    await staff.add({ data: { _id: 'a', prefs: { x: 1 }, note: null } })
    await expect(staff.doc('a').update({ data: { prefs: {} } })).rejects.toThrow(/empty/)
    await expect(staff.doc('a').update({ data: { note: { b: 1 } } })).rejects.toThrow(/Cannot create field/)
  })

  it('where null matches null and missing fields', async () => {
    const db = fakeCloudBase()
    const events = db.collection('app_events')
    await events.add({ data: { _id: 'a', note: null } })
    await events.add({ data: { _id: 'b' } })
    await events.add({ data: { _id: 'c', note: 'x' } })
    expect((await events.where({ note: null }).get()).data.map((d) => d._id)).toEqual(['a', 'b'])
    expect((await events.where({ note: db.command.neq('x') }).count()).total).toBe(2)
  })

  it('get returns 100 without a limit and at most 1,000 in a cloud function; 20 in the mini-program', async () => {
    for (const [side, plain, capped] of [
      ['function', 100, 1000],
      ['miniprogram', 20, 20]
    ] as const) {
      const db = fakeCloudBase({ side })
      const events = db.collection('app_events')
      for (let i = 0; i < 1200; i++) await events.add({ data: { _id: `e${i}` } })
      expect((await events.get()).data).toHaveLength(plain)
      expect((await events.limit(5000).get()).data).toHaveLength(capped)
    }
  })

  // A unique index counts a missing field as null (MongoDB), where SQLite allows many NULLs.
  it('add with an existing _id or a taken unique key fails with the E11000 text', async () => {
    const staff = fakeCloudBase().collection('staff')
    await staff.add({ data: { _id: 'a', openid: 'o1' } })
    await expect(staff.add({ data: { _id: 'a' } })).rejects.toThrow(/E11000.*_id_/)
    await expect(staff.add({ data: { _id: 'b', openid: 'o1' } })).rejects.toThrow(/E11000.*openid_unique/)
    await staff.add({ data: { _id: 'c' } })
    await expect(staff.add({ data: { _id: 'd' } })).rejects.toThrow(/E11000.*openid_unique/)
  })
})

describe('CloudBase repository adapter', () => {
  it('translates filters to db.command operators', () => {
    const _ = fakeCommand
    expect(
      translateFilter({ a: 1, b: { $in: [1, 2] }, c: { $ne: 'x' }, d: { $gte: 2, $lt: 5 }, e: { $gt: 0 } }, _)
    ).toEqual({ a: 1, b: _.in([1, 2]), c: _.neq('x'), d: _.and(_.gte(2), _.lt(5)), e: _.gt(0) })
  })

  it('sends object values as _.set, drops undefined and never sends _id', () => {
    const _ = fakeCommand
    expect(updateData({ _id: 'x', a: { b: 1 }, c: [1], d: null, e: undefined, f: 2 }, _)).toEqual({
      a: _.set({ b: 1 }),
      c: [1],
      d: null,
      f: 2
    })
  })

  it('caps find at 1,000 even when asked for more', async () => {
    const db = fakeCloudBase()
    const repo = new CloudBaseRepository(db)
    const events = repo.collection<{ _id: string }>('app_events')
    for (let i = 0; i < 1100; i++) await events.put({ _id: `e${i}` })
    expect(await events.find({}, { limit: 5000 })).toHaveLength(1000)
    expect(await events.find({}, { skip: 1000 })).toHaveLength(100)
  })

  it('rethrows errors other than a duplicate', async () => {
    const db = fakeCloudBase()
    const broken = {
      ...db,
      collection: (n: string) => ({ ...db.collection(n), add: () => Promise.reject(new Error('network down')) })
    }
    await expect(new CloudBaseRepository(broken).collection('staff').insert({ _id: 'a' })).rejects.toThrow(
      'network down'
    )
  })
})
