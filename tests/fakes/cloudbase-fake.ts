// Test helper: an in-memory CloudBase database that behaves like the real one where that
// differs from a plain key-value store, so the adapter (cloudbase.ts) is tested against the
// semantics it will meet in production rather than against a recording of its own calls.
//
// What it follows, and where from:
// - update({ data }): wx-server-sdk's serializer (@cloudbase/database, serializer/common.ts
//   `flatten`) turns nested plain objects into dotted paths, so an object value is merged into
//   the stored object; an empty object sets nothing; undefined values are dropped; arrays,
//   null and commands are kept whole. `_.set(v)` replaces the field. The server then applies
//   MongoDB's $set: a dotted path through null or a scalar is an error.
// - where(): MongoDB matching. `{ f: null }` matches null and a missing field; `_.neq(v)`
//   matches a missing field; ranges compare only values of the same type; nested objects in
//   a condition are flattened like update data.
// - get(): without limit() at most 100 records in a cloud function and 20 from the
//   mini-program; limit() is capped at 1,000 (cloud function) / 20 (mini-program)
//   (Collection.get / Collection.limit reference pages). limit/skip must be integers.
// - add() with an existing _id, and any write that breaks a unique index, fails with
//   MongoDB's E11000 text naming the index.
// - stats.updated counts documents whose content changed (MongoDB's nModified): not stated
//   either way in the reference, so the adapter must not read 0 as "missing".
import { COLLECTIONS } from '../../src/domain/collections'
import type {
  CloudBaseCollectionRef,
  CloudBaseCommand,
  CloudBaseDb,
  CloudBaseQuery
} from '../../server/adapters/cloudbase'

type Obj = Record<string, unknown>

const CMD = Symbol('command')
interface Cmd {
  [CMD]: 'in' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'and' | 'set'
  value: unknown
}
const cmd = (op: Cmd[typeof CMD], value: unknown): Cmd => ({ [CMD]: op, value })
const isCmd = (v: unknown): v is Cmd => typeof v === 'object' && v !== null && CMD in v
const isPlain = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !isCmd(v) && !(v instanceof Date)

export const fakeCommand: CloudBaseCommand = {
  in: (v) => cmd('in', v),
  neq: (v) => cmd('neq', v),
  gt: (v) => cmd('gt', v),
  gte: (v) => cmd('gte', v),
  lt: (v) => cmd('lt', v),
  lte: (v) => cmd('lte', v),
  and: (...c) => cmd('and', c),
  set: (v) => cmd('set', v)
}

/** The SDK's flatten: nested plain objects become dotted keys; undefined is dropped. */
function flatten(data: Obj, prefix = ''): Obj {
  const out: Obj = {}
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue
    if (isPlain(value)) Object.assign(out, flatten(value, `${prefix}${key}.`))
    else out[`${prefix}${key}`] = value
  }
  return out
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))

function read(doc: Obj, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (!isPlain(cur)) return undefined
    cur = cur[part]
  }
  return cur
}

function write(doc: Obj, path: string, value: unknown): void {
  const parts = path.split('.')
  let cur: Obj = doc
  for (const part of parts.slice(0, -1)) {
    const next = cur[part]
    if (next === undefined) cur = cur[part] = {}
    else if (isPlain(next)) cur = next
    else
      throw new Error(`Cannot create field '${parts[parts.length - 1]}' in element {${part}: ${JSON.stringify(next)}}`)
  }
  cur[parts[parts.length - 1]] = clone(value)
}

const typeRank = (v: unknown) =>
  v === undefined || v === null
    ? 0
    : typeof v === 'number'
      ? 1
      : typeof v === 'string'
        ? 2
        : typeof v === 'boolean'
          ? 4
          : 3
function compare(a: unknown, b: unknown): number {
  const ta = typeRank(a)
  const tb = typeRank(b)
  if (ta !== tb) return ta - tb
  if (ta === 0) return 0
  if (ta === 3) return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0
}
const equals = (a: unknown, b: unknown) =>
  (a ?? null) === null ? (b ?? null) === null : JSON.stringify(a) === JSON.stringify(b)
const sameType = (a: unknown, b: unknown) => a !== null && a !== undefined && typeRank(a) === typeRank(b)

function matches(value: unknown, cond: unknown): boolean {
  if (!isCmd(cond)) return equals(value, cond)
  const v = cond.value
  switch (cond[CMD]) {
    case 'in':
      return (v as unknown[]).some((x) => equals(value, x))
    case 'neq':
      return !equals(value, v)
    case 'gt':
      return sameType(value, v) && compare(value, v) > 0
    case 'gte':
      return sameType(value, v) && compare(value, v) >= 0
    case 'lt':
      return sameType(value, v) && compare(value, v) < 0
    case 'lte':
      return sameType(value, v) && compare(value, v) <= 0
    case 'and':
      return (v as unknown[]).every((c) => matches(value, c))
    default:
      throw new Error(`${cond[CMD]} is an update command, not a query command`)
  }
}

export interface FakeCloudBaseOptions {
  /** 'function' (wx-server-sdk in a cloud function, the default) or 'miniprogram' (wx.cloud). */
  side?: 'function' | 'miniprogram'
}

export interface FakeCloudBase extends CloudBaseDb {
  /** Stored documents of one collection, for assertions. */
  dump(name: string): Obj[]
}

export function fakeCloudBase(options: FakeCloudBaseOptions = {}): FakeCloudBase {
  const side = options.side ?? 'function'
  const defaultLimit = side === 'function' ? 100 : 20
  const maxLimit = side === 'function' ? 1000 : 20
  const stores = new Map<string, Map<string, Obj>>()
  const store = (name: string) => {
    let s = stores.get(name)
    if (!s) stores.set(name, (s = new Map()))
    return s
  }
  const uniqueIndexes = (name: string) =>
    Object.values(COLLECTIONS)
      .filter((c) => c.name === name)
      .flatMap((c) => c.indexes.filter((i) => 'unique' in i && i.unique))

  function checkUnique(name: string, doc: Obj): void {
    for (const index of uniqueIndexes(name)) {
      const key = index.fields.map((f) => read(doc, f.field))
      for (const other of store(name).values()) {
        if (other._id === doc._id) continue
        if (index.fields.every((f, i) => equals(read(other, f.field), key[i])))
          throw new Error(
            `[FailedOperation] E11000 duplicate key error collection: ${name} index: ${index.name} dup key`
          )
      }
    }
  }

  function query(name: string, where: Obj = {}, order: Array<[string, 'asc' | 'desc']> = [], skip = 0, limit?: number) {
    const q: CloudBaseQuery & { update(o: { data: Obj }): Promise<{ stats: { updated: number } }> } = {
      where: (cond) => query(name, flatten(cond as Obj), order, skip, limit),
      orderBy: (field, direction) => query(name, where, [...order, [field, direction]], skip, limit),
      skip: (n) => {
        if (!Number.isInteger(n)) throw new Error('offset must be an integer')
        return query(name, where, order, n, limit)
      },
      limit: (n) => {
        if (!Number.isInteger(n)) throw new Error('limit must be an integer')
        return query(name, where, order, skip, n)
      },
      async get() {
        const rows = selected().sort((a, b) => {
          for (const [field, dir] of order) {
            const c = compare(read(a, field), read(b, field))
            if (c) return dir === 'desc' ? -c : c
          }
          return 0
        })
        const n = Math.min(limit ?? defaultLimit, maxLimit)
        return { data: rows.slice(skip, skip + n).map(clone) }
      },
      async count() {
        return { total: selected().length }
      },
      async update({ data }) {
        if (side !== 'function') throw new Error('multi-document update is only available in cloud functions')
        let updated = 0
        for (const doc of selected()) if (applyUpdate(name, doc._id as string, data)) updated++
        return { stats: { updated } }
      }
    }
    const selected = () =>
      [...store(name).values()].filter((doc) => Object.entries(where).every(([f, c]) => matches(read(doc, f), c)))
    return q
  }

  /** One document's update as the SDK and server apply it; true when its content changed. */
  function applyUpdate(name: string, id: string, data: Obj): boolean {
    const current = store(name).get(id)
    if (!current) return false
    if ('_id' in data) throw new Error('不能更新_id的值')
    const flat = flatten(data)
    if (Object.keys(flat).length === 0) throw new Error("'$set' is empty")
    const next = clone(current)
    for (const [path, value] of Object.entries(flat)) write(next, path, isCmd(value) ? value.value : value)
    checkUnique(name, next)
    store(name).set(id, next)
    return JSON.stringify(next) !== JSON.stringify(current)
  }

  function collection(name: string): CloudBaseCollectionRef {
    return {
      ...query(name),
      async add({ data }) {
        const id = (data._id as string | undefined) ?? Math.random().toString(36).slice(2)
        if (store(name).has(id))
          throw new Error(`[FailedOperation] E11000 duplicate key error collection: ${name} index: _id_ dup key`)
        const doc = { ...clone(data as Obj), _id: id }
        checkUnique(name, doc)
        store(name).set(id, doc)
        return { _id: id }
      },
      doc: (id: string) => ({
        async set({ data }) {
          if ('_id' in data) throw new Error('不能更新_id的值')
          const doc = { ...clone(data), _id: id }
          checkUnique(name, doc)
          store(name).set(id, doc)
          return { _id: id }
        },
        async update({ data }) {
          return { stats: { updated: applyUpdate(name, id, data) ? 1 : 0 } }
        },
        async remove() {
          return { stats: { removed: store(name).delete(id) ? 1 : 0 } }
        }
      })
    }
  }

  return {
    collection,
    command: fakeCommand,
    dump: (name) => [...store(name).values()].map(clone)
  }
}
