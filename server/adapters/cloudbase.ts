// CloudBase implementation of the repository over wx-server-sdk's database. Typed against the
// small part of the SDK it uses, so the shared contract suite (repository.contract.ts) runs it
// over an in-memory fake that follows CloudBase's documented behaviour (cloudbase-fake.ts); the
// real SDK database cannot run off-cloud.
import type { CollectionName } from '../../src/domain/collections'
import {
  MAX_LIMIT,
  isOperator,
  type Collection,
  type Doc,
  type Filter,
  type FindOptions,
  type Repository
} from './repository'

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface CloudBaseQuery {
  where(cond: Record<string, unknown>): CloudBaseQuery
  orderBy(field: string, direction: 'asc' | 'desc'): CloudBaseQuery
  skip(n: number): CloudBaseQuery
  limit(n: number): CloudBaseQuery
  get(): Promise<{ data: any[] }>
  count(): Promise<{ total: number }>
  /** Updates every matching document (cloud functions only); atomic per document. */
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
}
export interface CloudBaseCollectionRef extends CloudBaseQuery {
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
  doc(id: string): {
    set(options: { data: Record<string, unknown> }): Promise<unknown>
    update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
    remove(): Promise<{ stats: { removed: number } }>
  }
}
export interface CloudBaseCommand {
  in(values: unknown[]): unknown
  neq(value: unknown): unknown
  gt(value: unknown): unknown
  gte(value: unknown): unknown
  lt(value: unknown): unknown
  lte(value: unknown): unknown
  and(...conds: unknown[]): unknown
  /** Replaces a field's value whole, where a plain object value would be merged into it. */
  set(value: unknown): unknown
}
export interface CloudBaseDb {
  collection(name: string): CloudBaseCollectionRef
  command: CloudBaseCommand
}

// CloudBase reports a duplicate key with MongoDB's text and no typed code; the same text names
// a unique index on another field, so "exists" is confirmed by reading the _id (below).
const DUPLICATE = /duplicate|E11000|_id.*exist/i

export function translateFilter(filter: Filter | undefined, _: CloudBaseCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [field, cond] of Object.entries(filter ?? {})) {
    if (!isOperator(cond)) {
      out[field] = cond
      continue
    }
    if ('$in' in cond) out[field] = _.in(cond.$in)
    else if ('$ne' in cond) out[field] = _.neq(cond.$ne)
    else {
      const parts: unknown[] = []
      if (cond.$gt !== undefined) parts.push(_.gt(cond.$gt))
      if (cond.$gte !== undefined) parts.push(_.gte(cond.$gte))
      if (cond.$lt !== undefined) parts.push(_.lt(cond.$lt))
      if (cond.$lte !== undefined) parts.push(_.lte(cond.$lte))
      out[field] = parts.length === 1 ? parts[0] : _.and(...parts)
    }
  }
  return out
}

function withoutId<T extends Doc>(doc: T | Partial<T>): Record<string, unknown> {
  const { _id, ...rest } = doc as Record<string, unknown>
  void _id
  return rest
}

const isPlainObject = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/**
 * A repository patch as CloudBase update data. The SDK flattens nested objects into dotted
 * paths (so an object value would be merged into the stored one, and {} would set nothing):
 * `_.set` keeps the repository's meaning, replace each top-level field. Undefined values are
 * dropped, as the SDK drops them: the field is left unchanged (SQLite does the same).
 */
export function updateData(patch: Record<string, unknown>, _: CloudBaseCommand): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(patch)) {
    if (key === '_id' || value === undefined) continue
    data[key] = isPlainObject(value) ? _.set(value) : value
  }
  return data
}

class CloudBaseCollection<T extends Doc> implements Collection<T> {
  constructor(
    private db: CloudBaseDb,
    private name: string
  ) {}

  private ref(): CloudBaseCollectionRef {
    return this.db.collection(this.name)
  }

  async get(id: string): Promise<T | null> {
    // where() instead of doc().get(): the latter throws for a missing document.
    const r = await this.ref().where({ _id: id }).limit(1).get()
    return (r.data[0] as T) ?? null
  }

  private async exists(id: string): Promise<boolean> {
    return (await this.ref().where({ _id: id }).count()).total > 0
  }

  async insert(doc: T): Promise<'inserted' | 'exists'> {
    try {
      await this.ref().add({ data: { ...withoutId(doc), _id: doc._id } })
      return 'inserted'
    } catch (e) {
      // A unique index on another field fails with the same text: that one is an error.
      if (DUPLICATE.test(String((e as Error)?.message ?? e)) && (await this.exists(doc._id))) return 'exists'
      throw e
    }
  }

  async put(doc: T): Promise<void> {
    await this.ref()
      .doc(doc._id)
      .set({ data: withoutId(doc) })
  }

  async update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<boolean> {
    const data = updateData(patch, this.db.command)
    if (Object.keys(data).length === 0) return this.exists(id)
    const r = await this.ref().doc(id).update({ data })
    // updated may count changed documents only: 0 also means "already so".
    return r.stats.updated > 0 || this.exists(id)
  }

  async updateIf(id: string, condition: Filter, patch: Partial<Omit<T, '_id'>>): Promise<boolean> {
    const where = { ...translateFilter(condition, this.db.command), _id: id }
    const data = updateData(patch, this.db.command)
    if (Object.keys(data).length === 0) return (await this.ref().where(where).count()).total > 0
    // One server-side where().update(): the condition and the write are atomic per document.
    const r = await this.ref().where(where).update({ data })
    return r.stats.updated > 0 || (await this.ref().where(where).count()).total > 0
  }

  async remove(id: string): Promise<boolean> {
    const r = await this.ref().doc(id).remove()
    return r.stats.removed > 0
  }

  async find(filter?: Filter, options: FindOptions = {}): Promise<T[]> {
    let q: CloudBaseQuery = this.ref().where(translateFilter(filter, this.db.command))
    for (const [field, direction] of options.orderBy ?? []) q = q.orderBy(field, direction)
    // Always an explicit limit: without one a cloud function gets 100 records, not MAX_LIMIT.
    const limit = Math.min(Math.floor(options.limit ?? MAX_LIMIT), MAX_LIMIT)
    if (limit <= 0) return []
    const skip = Math.max(0, Math.floor(options.skip ?? 0))
    if (skip) q = q.skip(skip)
    q = q.limit(limit)
    return (await q.get()).data as T[]
  }

  async count(filter?: Filter): Promise<number> {
    return (await this.ref().where(translateFilter(filter, this.db.command)).count()).total
  }
}

export class CloudBaseRepository implements Repository {
  constructor(private db: CloudBaseDb) {}

  // A collection's key is its name in the database (collections.test.ts holds them equal): the
  // specs' indexes and purposes stay out of every function's bundle.
  collection<T extends Doc>(name: CollectionName): Collection<T> {
    return new CloudBaseCollection<T>(this.db, name)
  }
}
