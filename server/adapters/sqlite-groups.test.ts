/**
 * Group commit (sqlite-groups.ts): writes made in one turn of the event loop share a commit, a
 * caller's durable() resolves only once its writes are committed (another connection sees them),
 * and a failed group rejects every caller that was in flight.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StaffRecord } from '../../src/domain/roles'
import { SqliteRepository } from './sqlite'

// better-sqlite3's error class may come from another test file's realm: read the message.
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: Error) => String(e?.message)
  )

const staff = (i: number): StaffRecord => ({
  _id: `s${i}`,
  openid: `o${i}`,
  role: 'community_worker',
  scope: { street: '500103003' },
  name: `n${i}`,
  active: true
})

describe('SqliteRepository group commit', () => {
  let dir: string
  let repo: SqliteRepository
  let other: Database.Database
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-groups-'))
    repo = new SqliteRepository(join(dir, 'cloud.sqlite'), { groupCommit: true, checkpointInBackground: true })
    other = new Database(join(dir, 'cloud.sqlite'))
  })
  afterEach(() => {
    other.close()
    repo.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const seenElsewhere = () => (other.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n

  it('commits the writes of one turn together, and durable() waits for that commit', async () => {
    const mark = repo.writeMark()
    for (let i = 0; i < 20; i++) await repo.collection<StaffRecord>('staff').insert(staff(i))
    // Written and readable on this connection, not yet committed for anyone else.
    expect(await repo.collection('staff').count()).toBe(20)
    expect(repo.db.inTransaction).toBe(true)
    expect(seenElsewhere()).toBe(0)
    await repo.durable(mark)
    expect(repo.db.inTransaction).toBe(false)
    expect(seenElsewhere()).toBe(20)
  })

  it('without group commit each write is committed at once (tests and scripts)', async () => {
    const plain = new SqliteRepository(join(dir, 'plain.sqlite'))
    const reader = new Database(join(dir, 'plain.sqlite'))
    try {
      await plain.collection<StaffRecord>('staff').insert(staff(1))
      expect(plain.db.inTransaction).toBe(false)
      expect((reader.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n).toBe(1)
    } finally {
      reader.close()
      plain.close()
    }
  })

  it('a statement that fails undoes itself only; the group commits the rest', async () => {
    const mark = repo.writeMark()
    await repo.collection<StaffRecord>('staff').insert(staff(1))
    expect(await rejection(repo.collection<StaffRecord>('staff').put({ ...staff(2), openid: 'o1' }))).toMatch(/UNIQUE/)
    await repo.collection<StaffRecord>('staff').insert(staff(3))
    await repo.durable(mark)
    expect(seenElsewhere()).toBe(2)
  })

  it('a group whose commit fails rejects durable() for every caller in flight, and the next group works', async () => {
    const mark = repo.writeMark()
    await repo.collection<StaffRecord>('staff').insert(staff(1))
    // A commit that fails (disk full, I/O error): nothing of the group is stored.
    const commit = repo.db.exec.bind(repo.db)
    jest.spyOn(repo.db, 'exec').mockImplementation((sql: string) => {
      if (sql === 'COMMIT') throw new Error('disk I/O error')
      return commit(sql)
    })
    expect(await rejection(repo.durable(mark))).toMatch(/disk I\/O error/)
    jest.restoreAllMocks()
    expect(seenElsewhere()).toBe(0)
    expect(repo.db.inTransaction).toBe(false)

    const next = repo.writeMark()
    await repo.collection<StaffRecord>('staff').insert(staff(2))
    await repo.durable(next)
    expect(seenElsewhere()).toBe(1)
    // A caller that began before the failure is never told its writes are stored.
    expect(await rejection(repo.durable(mark))).toMatch(/write group failed/)
  })

  it('close() commits what is pending', async () => {
    await repo.collection<StaffRecord>('staff').insert(staff(1))
    repo.close()
    expect(seenElsewhere()).toBe(1)
    repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  })
})
