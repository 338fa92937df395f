// CloudBase implementation of the repository over wx-server-sdk's database. Typed against the
// small part of the SDK it uses, so tests can check the query translation with a recording fake
// (the real SDK database cannot run off-cloud).
import { COLLECTIONS, type CollectionName } from '../../src/domain/collections'
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
}
export interface CloudBaseDb {
  collection(name: string): CloudBaseCollectionRef
  command: CloudBaseCommand
}

// CloudBase reports a duplicate _id on add with this text; there is no typed code for it.
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

  async insert(doc: T): Promise<'inserted' | 'exists'> {
    try {
      await this.ref().add({ data: { ...withoutId(doc), _id: doc._id } })
      return 'inserted'
    } catch (e) {
      if (DUPLICATE.test(String((e as Error)?.message ?? e))) return 'exists'
      throw e
    }
  }

  async put(doc: T): Promise<void> {
    await this.ref()
      .doc(doc._id)
      .set({ data: withoutId(doc) })
  }

  async update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<boolean> {
    const r = await this.ref()
      .doc(id)
      .update({ data: withoutId(patch as Partial<T>) })
    return r.stats.updated > 0
  }

  async remove(id: string): Promise<boolean> {
    const r = await this.ref().doc(id).remove()
    return r.stats.removed > 0
  }

  async find(filter?: Filter, options: FindOptions = {}): Promise<T[]> {
    let q: CloudBaseQuery = this.ref().where(translateFilter(filter, this.db.command))
    for (const [field, direction] of options.orderBy ?? []) q = q.orderBy(field, direction)
    if (options.skip) q = q.skip(options.skip)
    q = q.limit(Math.min(options.limit ?? MAX_LIMIT, MAX_LIMIT))
    return (await q.get()).data as T[]
  }

  async count(filter?: Filter): Promise<number> {
    return (await this.ref().where(translateFilter(filter, this.db.command)).count()).total
  }
}

export class CloudBaseRepository implements Repository {
  constructor(private db: CloudBaseDb) {}

  collection<T extends Doc>(name: CollectionName): Collection<T> {
    return new CloudBaseCollection<T>(this.db, COLLECTIONS[name].name)
  }
}
