// The project's own data-access interface. Cloud functions only see this; production plugs in
// the CloudBase database (wx-server-sdk), the local backend and the tests plug in SQLite.
import type { CollectionName } from '../../src/domain/collections'

export type Scalar = string | number | boolean | null

export interface RangeCondition {
  $gt?: number | string
  $gte?: number | string
  $lt?: number | string
  $lte?: number | string
}
export type Condition = Scalar | { $in: Scalar[] } | { $ne: Scalar } | RangeCondition

/** Field (dotted paths allowed) → condition; all conditions must hold. */
export type Filter = Record<string, Condition>

export interface FindOptions {
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>
  limit?: number
  skip?: number
}

export interface Doc {
  _id: string
}

export interface Collection<T extends Doc> {
  get(id: string): Promise<T | null>
  /** Inserts unless a document with this _id exists: the primitive behind idempotent writes. */
  insert(doc: T): Promise<'inserted' | 'exists'>
  /** Creates or replaces the whole document. */
  put(doc: T): Promise<void>
  /**
   * Replaces the given top-level fields (an object value replaces the stored object whole; a
   * field given as undefined is left unchanged); false when the document does not exist.
   */
  update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<boolean>
  /**
   * update() only while the stored document matches condition, atomically (the write cannot
   * land on a document changed in between): the primitive behind revision checks. False when
   * the document is missing or does not match.
   */
  updateIf(id: string, condition: Filter, patch: Partial<Omit<T, '_id'>>): Promise<boolean>
  remove(id: string): Promise<boolean>
  find(filter?: Filter, options?: FindOptions): Promise<T[]>
  count(filter?: Filter): Promise<number>
}

export interface Repository {
  collection<T extends Doc>(name: CollectionName): Collection<T>
}

/**
 * A repository that may hold writes back to commit several callers' together (SQLite's group
 * commit, server/adapters/sqlite-groups.ts). A server takes writeMark() when a call begins and
 * answers only after durable(mark) resolves; CloudBase commits each write as it is made.
 */
export interface GroupedWrites {
  writeMark(): number
  durable(since: number): Promise<void>
}

/** The largest page a single find returns; CloudBase caps server-side reads at 1000. */
export const MAX_LIMIT = 1000

export function isOperator(c: Condition): c is Exclude<Condition, Scalar> {
  return c !== null && typeof c === 'object'
}
