// SQLite implementation of the repository (better-sqlite3, synchronous under a promise API).
// One table per collection holding JSON documents; the declared indexes become expression
// indexes over json_extract so the same queries stay fast at local and test scale.
import Database from 'better-sqlite3'
import { COLLECTIONS, type CollectionName } from '../../src/domain/collections'
import {
  MAX_LIMIT,
  isOperator,
  type Collection,
  type Condition,
  type Doc,
  type Filter,
  type FindOptions,
  type GroupedWrites,
  type Repository,
  type Scalar
} from './repository'
import { BackgroundCheckpoints, FALLBACK_PAGES } from './sqlite-checkpoint'
import { WriteGroups } from './sqlite-groups'

type Db = Database.Database
type Bind = string | number | null

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

function path(field: string): string {
  if (field === '_id') return '_id'
  if (!FIELD.test(field)) throw new Error(`invalid field name: ${field}`)
  return `json_extract(data, '$.${field}')`
}

// SQLite's JSON stores booleans as 1/0 and better-sqlite3 refuses to bind booleans.
const bind = (v: Scalar): Bind => (typeof v === 'boolean' ? (v ? 1 : 0) : v)

function where(filter: Filter | undefined): { sql: string; params: Bind[] } {
  const parts: string[] = []
  const params: Bind[] = []
  for (const [field, cond] of Object.entries(filter ?? {})) {
    const col = path(field)
    addCondition(col, cond, parts, params)
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

function addCondition(col: string, cond: Condition, parts: string[], params: Bind[]): void {
  if (!isOperator(cond)) {
    if (cond === null) parts.push(`${col} IS NULL`)
    else {
      parts.push(`${col} = ?`)
      params.push(bind(cond))
    }
    return
  }
  if ('$in' in cond) {
    if (cond.$in.length === 0) {
      parts.push('0')
      return
    }
    // As in CloudBase (MongoDB), a null in the list also matches a missing field.
    const values = cond.$in.filter((v) => v !== null)
    const alternatives = values.length ? [`${col} IN (${values.map(() => '?').join(', ')})`] : []
    if (values.length < cond.$in.length) alternatives.push(`${col} IS NULL`)
    parts.push(alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0])
    params.push(...values.map(bind))
    return
  }
  if ('$ne' in cond) {
    if (cond.$ne === null) parts.push(`${col} IS NOT NULL`)
    else {
      parts.push(`(${col} IS NULL OR ${col} <> ?)`)
      params.push(bind(cond.$ne))
    }
    return
  }
  const ops: Array<[keyof typeof cond, string]> = [
    ['$gt', '>'],
    ['$gte', '>='],
    ['$lt', '<'],
    ['$lte', '<=']
  ]
  for (const [key, op] of ops) {
    const v = cond[key]
    if (v !== undefined) {
      parts.push(`${col} ${op} ?`)
      params.push(v)
    }
  }
}

// Preparing a statement costs more than running it; queries repeat, so keep them per database.
const statements = new WeakMap<Db, Map<string, Database.Statement>>()
function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) {
    // $in lists of varying length make new SQL each time: keep the cache bounded.
    if (cache.size > 500) cache.clear()
    cache.set(sql, (statement = db.prepare(sql)))
  }
  return statement
}

class SqliteCollection<T extends Doc> implements Collection<T> {
  constructor(
    private db: Db,
    private table: string,
    private writes: WriteGroups
  ) {}

  async get(id: string): Promise<T | null> {
    const row = prepared(this.db, `SELECT data FROM "${this.table}" WHERE _id = ?`).get(id) as
      { data: string } | undefined
    return row ? (JSON.parse(row.data) as T) : null
  }

  async insert(doc: T): Promise<'inserted' | 'exists'> {
    const r = this.writes.run(() =>
      prepared(this.db, `INSERT INTO "${this.table}" (_id, data) VALUES (?, ?) ON CONFLICT(_id) DO NOTHING`).run(
        doc._id,
        JSON.stringify(doc)
      )
    )
    return r.changes === 1 ? 'inserted' : 'exists'
  }

  // ON CONFLICT(_id) rather than OR REPLACE/IGNORE: those would also swallow (or delete rows
  // for) a violation of another unique index, which CloudBase reports as an error.
  async put(doc: T): Promise<void> {
    this.writes.run(() =>
      prepared(
        this.db,
        `INSERT INTO "${this.table}" (_id, data) VALUES (?, ?) ON CONFLICT(_id) DO UPDATE SET data = excluded.data`
      ).run(doc._id, JSON.stringify(doc))
    )
  }

  async update(id: string, patch: Partial<Omit<T, '_id'>>): Promise<boolean> {
    return this.updateIf(id, {}, patch)
  }

  async updateIf(id: string, condition: Filter, patch: Partial<Omit<T, '_id'>>): Promise<boolean> {
    const w = where({ ...condition, _id: id })
    // Read-check-merge-write inside one transaction, so concurrent updates never interleave.
    const readMergeWrite = this.db.transaction(() => {
      const row = prepared(this.db, `SELECT data FROM "${this.table}" ${w.sql}`).get(...w.params) as
        { data: string } | undefined
      if (!row) return false
      const merged: Record<string, unknown> = JSON.parse(row.data)
      // Undefined leaves a field as it is, as in CloudBase (its SDK drops undefined values).
      for (const [key, value] of Object.entries(patch)) if (key !== '_id' && value !== undefined) merged[key] = value
      prepared(this.db, `UPDATE "${this.table}" SET data = ? WHERE _id = ?`).run(JSON.stringify(merged), id)
      return true
    })
    return this.writes.run(() => readMergeWrite())
  }

  async remove(id: string): Promise<boolean> {
    return this.writes.run(() => prepared(this.db, `DELETE FROM "${this.table}" WHERE _id = ?`).run(id).changes === 1)
  }

  async find(filter?: Filter, options: FindOptions = {}): Promise<T[]> {
    const w = where(filter)
    const order = (options.orderBy ?? []).map(([f, d]) => `${path(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`)
    const limit = Math.min(Math.max(0, options.limit ?? MAX_LIMIT), MAX_LIMIT)
    const skip = Math.max(0, options.skip ?? 0)
    const sql = `SELECT data FROM "${this.table}" ${w.sql} ${order.length ? `ORDER BY ${order.join(', ')}` : ''} LIMIT ${limit} OFFSET ${skip}`
    const rows = prepared(this.db, sql).all(...w.params) as Array<{ data: string }>
    return rows.map((r) => JSON.parse(r.data) as T)
  }

  async count(filter?: Filter): Promise<number> {
    const w = where(filter)
    const row = prepared(this.db, `SELECT COUNT(*) AS n FROM "${this.table}" ${w.sql}`).get(...w.params) as {
      n: number
    }
    return row.n
  }
}

export interface SqliteOptions {
  /**
   * Group commit, for a server answering many callers at once (the local backend): writes share
   * one transaction per turn of the event loop instead of one commit each, and a caller is
   * answered only once `durable()` says its writes are on disk. Off (tests, scripts): each write
   * commits on its own, as before.
   */
  groupCommit?: boolean
  /** WAL checkpoints from a worker thread instead of inside a caller's commit (sqlite-checkpoint.ts). */
  checkpointInBackground?: boolean
}

export class SqliteRepository implements Repository, GroupedWrites {
  readonly db: Db
  private writes: WriteGroups
  private checkpoints: BackgroundCheckpoints | null = null

  constructor(file: string, options: SqliteOptions = {}) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.migrate()
    this.writes = new WriteGroups(this.db, options.groupCommit ?? false)
    if (options.checkpointInBackground) {
      this.db.pragma(`wal_autocheckpoint = ${FALLBACK_PAGES}`)
      this.checkpoints = new BackgroundCheckpoints(file)
    }
  }

  /**
   * Before answering a caller: resolves once every write made through this repository so far is
   * committed; rejects if a commit that could hold the caller's writes failed since `since`
   * (`writeMark()` taken when the call began), so the caller is told to try again and nothing
   * it was told is stored is lost.
   */
  durable(since: number): Promise<void> {
    return this.writes.durable(since)
  }

  /** A point in the write history to pass to durable() later. */
  writeMark(): number {
    return this.writes.failures
  }

  private migrate(): void {
    for (const spec of Object.values(COLLECTIONS)) {
      this.db.exec(`CREATE TABLE IF NOT EXISTS "${spec.name}" (_id TEXT PRIMARY KEY, data TEXT NOT NULL)`)
      for (const index of spec.indexes) {
        const cols = index.fields.map((f) => `${path(f.field)} ${f.direction === 'desc' ? 'DESC' : 'ASC'}`).join(', ')
        const unique = 'unique' in index && index.unique ? 'UNIQUE ' : ''
        this.db.exec(`CREATE ${unique}INDEX IF NOT EXISTS "${spec.name}__${index.name}" ON "${spec.name}" (${cols})`)
      }
    }
  }

  collection<T extends Doc>(name: CollectionName): Collection<T> {
    return new SqliteCollection<T>(this.db, COLLECTIONS[name].name, this.writes)
  }

  /** Runs fn inside one SQLite transaction (local backend and tests only). */
  transaction<R>(fn: () => R): R {
    return this.db.transaction(fn)()
  }

  close(): void {
    this.writes.commitNow()
    void this.checkpoints?.stop()
    this.db.close()
  }
}
