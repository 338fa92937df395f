import { CloudBaseRepository, translateFilter, type CloudBaseCommand, type CloudBaseDb } from './cloudbase'

// A fake of the few wx-server-sdk database calls the adapter uses, recording what it is asked.
const command: CloudBaseCommand = {
  in: (v) => ({ $in: v }),
  neq: (v) => ({ $neq: v }),
  gt: (v) => ({ $gt: v }),
  gte: (v) => ({ $gte: v }),
  lt: (v) => ({ $lt: v }),
  lte: (v) => ({ $lte: v }),
  and: (...c) => ({ $and: c })
}

function fakeDb(opts: { addError?: Error; data?: unknown[] } = {}) {
  const calls: Array<[string, ...unknown[]]> = []
  const query = {
    where: (c: unknown) => (calls.push(['where', c]), query),
    orderBy: (f: string, d: string) => (calls.push(['orderBy', f, d]), query),
    skip: (n: number) => (calls.push(['skip', n]), query),
    limit: (n: number) => (calls.push(['limit', n]), query),
    get: async () => ({ data: opts.data ?? [] }),
    count: async () => ({ total: 3 }),
    add: async (o: unknown) => {
      calls.push(['add', o])
      if (opts.addError) throw opts.addError
      return { _id: 'x' }
    },
    doc: (id: string) => ({
      set: async (o: unknown) => calls.push(['set', id, o]),
      update: async (o: unknown) => (calls.push(['update', id, o]), { stats: { updated: 1 } }),
      remove: async () => (calls.push(['remove', id]), { stats: { removed: 0 } })
    })
  }
  const db: CloudBaseDb = { collection: (name: string) => (calls.push(['collection', name]), query), command }
  return { db, calls }
}

describe('CloudBase repository adapter', () => {
  it('translates filters to db.command operators', () => {
    expect(
      translateFilter({ a: 1, b: { $in: [1, 2] }, c: { $ne: 'x' }, d: { $gte: 2, $lt: 5 }, e: { $gt: 0 } }, command)
    ).toEqual({
      a: 1,
      b: { $in: [1, 2] },
      c: { $neq: 'x' },
      d: { $and: [{ $gte: 2 }, { $lt: 5 }] },
      e: { $gt: 0 }
    })
  })

  it('builds find queries with order, skip and a capped limit', async () => {
    const { db, calls } = fakeDb({ data: [{ _id: '1' }] })
    const docs = await new CloudBaseRepository(db)
      .collection('staff')
      .find({ active: true }, { orderBy: [['name', 'desc']], skip: 20, limit: 5000 })
    expect(docs).toEqual([{ _id: '1' }])
    expect(calls).toEqual([
      ['collection', 'staff'],
      ['where', { active: true }],
      ['orderBy', 'name', 'desc'],
      ['skip', 20],
      ['limit', 1000]
    ])
  })

  it('reports a duplicate _id on insert as "exists" and rethrows anything else', async () => {
    const dup = fakeDb({ addError: new Error('duplicate key error collection: staff index: _id_') })
    expect(await new CloudBaseRepository(dup.db).collection('staff').insert({ _id: 'a' })).toBe('exists')
    const broken = fakeDb({ addError: new Error('network down') })
    await expect(new CloudBaseRepository(broken.db).collection('staff').insert({ _id: 'a' })).rejects.toThrow(
      'network down'
    )
  })

  it('never sends _id inside set/update data', async () => {
    const { db, calls } = fakeDb()
    const c = new CloudBaseRepository(db).collection<{ _id: string; n: number }>('staff')
    await c.put({ _id: 'a', n: 1 })
    expect(await c.update('a', { n: 2 })).toBe(true)
    expect(await c.remove('a')).toBe(false)
    expect(calls.filter((x) => x[0] !== 'collection')).toEqual([
      ['set', 'a', { data: { n: 1 } }],
      ['update', 'a', { data: { n: 2 } }],
      ['remove', 'a']
    ])
  })
})
