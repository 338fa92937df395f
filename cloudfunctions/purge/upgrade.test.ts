// The upgrade test, for every migration to come: each release fixture (tests/fixtures/releases/
// <release>/, what that release's own code wrote, on both backends) is opened by this release,
// migrated and purged as the `purge` function does after a deploy, and again later. Whatever a
// row refers to is still there; the rows are as they were; what no row needs goes, as the
// retention table says; and a second run changes nothing.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { CloudBaseRepository } from '../../server/adapters/cloudbase'
import { fakeCloudBase } from '../../tests/fakes/cloudbase-fake'
import {
  LOCAL_FILE_ID,
  localFileStorage,
  wechatFileStorage,
  type FileStorage,
  type UploadRecord
} from '../../server/adapters/file-storage'
import type { Doc, Repository } from '../../server/adapters/repository'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { COLLECTION_NAMES, type CollectionName } from '../../src/domain/collections'
import { DAY_MS } from '../../src/domain/clock'
import { ORPHAN_UPLOAD_DAYS, storedFiles, type RetainedSuggestion } from '../../src/domain/suggestions/retention'
import { fakeWxStorage } from '../../tests/fakes/wx-cloud-storage'
import { runPurge } from './run'
import { readDeadlineLimits } from '../../server/services/deadline-limits'
import { escalationLevel } from '../../src/domain/staff/deadlines'
import type { Suggestion } from '../../src/domain/suggestions/model'

const RELEASES = join(__dirname, '..', '..', 'tests', 'fixtures', 'releases')
const releases = readdirSync(RELEASES).filter((name) => statSync(join(RELEASES, name)).isDirectory())

interface Fixture {
  writtenUntil: string
  wechatEnv: string
}

/** One backend holding a release's data: its repository, storage, and what storage holds now. */
interface Opened {
  repo: Repository
  files: FileStorage
  stored(fileId: string): boolean
  /** Every file in storage. */
  allFiles(): string[]
  close(): void
}

function openLocal(release: string): Opened {
  const dir = mkdtempSync(join(tmpdir(), `yimi-upgrade-${release}-`))
  // The previous release's SQLite file, as it left it (schema and rows), then opened by this one.
  const old = new Database(join(dir, 'cloud.sqlite'))
  old.exec(readFileSync(join(RELEASES, release, 'local', 'cloud.sql'), 'utf8'))
  old.close()
  cpSync(join(RELEASES, release, 'local', 'files'), join(dir, 'files'), { recursive: true })
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  const fileOf = (id: string) => join(dir, 'files', LOCAL_FILE_ID.exec(id)?.[1] ?? '-')
  return {
    repo,
    files: localFileStorage(repo, join(dir, 'files')),
    stored: (id) => existsSync(fileOf(id)),
    allFiles: () => readdirSync(join(dir, 'files')).map((name) => `local://files/${name}`),
    close() {
      repo.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

async function openWechat(release: string, fixture: Fixture): Promise<Opened> {
  const db = fakeCloudBase()
  const lines = (file: string) =>
    readFileSync(join(RELEASES, release, 'wechat', file), 'utf8')
      .split('\n')
      .filter(Boolean)
  const repo = new CloudBaseRepository(db)
  const docs = lines('collections.jsonl').map((l) => JSON.parse(l) as { collection: CollectionName; doc: Doc })
  const storage = fakeWxStorage(fixture.wechatEnv)
  for (const l of lines('storage.jsonl')) {
    const { fileID, base64 } = JSON.parse(l) as { fileID: string; base64: string }
    storage.files.set(fileID, Buffer.from(base64, 'base64'))
  }
  // The documents exactly as the old release stored them.
  for (const { collection, doc } of docs) await repo.collection(collection).put(doc)
  return {
    repo,
    files: wechatFileStorage(storage, repo, () => fixture.wechatEnv),
    stored: (id) => storage.files.has(id),
    allFiles: () => [...storage.files.keys()],
    close: () => undefined
  }
}

async function everything(repo: Repository): Promise<Record<string, Doc[]>> {
  const out: Record<string, Doc[]> = {}
  for (const name of COLLECTION_NAMES) {
    const rows: Doc[] = []
    for (;;) {
      const page = await repo
        .collection<Doc>(name)
        .find(rows.length ? { _id: { $gt: rows[rows.length - 1]._id } } : {}, { orderBy: [['_id', 'asc']], limit: 500 })
      rows.push(...page)
      if (page.length < 500) break
    }
    out[name] = rows
  }
  return out
}

/** Every stored file a row refers to: a suggestion's photos, drawing, recording and 解决了吗 drawings. */
function referenced(data: Record<string, Doc[]>): string[] {
  return (data.suggestions as RetainedSuggestion[]).flatMap((s) => storedFiles(s))
}

/** Suggestions a 督办 pass at `at` would take to the street, with the limits as stored. */
async function escalationCandidates(repo: Repository, at: Date): Promise<number> {
  const limits = await readDeadlineLimits(repo)
  const rows = await repo.collection<Suggestion>('suggestions').find({}, { limit: 1000 })
  return rows.filter((s) => escalationLevel(s, limits, at.toISOString()) > 0).length
}

const uploadsOf = (data: Record<string, Doc[]>) => data.uploads as unknown as UploadRecord[]

/**
 * That release could close a refusal as 已办结 (不予采纳 → 已办结); the fixture has no such row, so
 * one is made as it would have stored it: an adult's closed row whose decision was a refusal.
 */
async function addRefusedThenClosed(repo: Repository): Promise<string> {
  const col = repo.collection<Suggestion>('suggestions')
  const closed = (await col.find({ status: 'closed' }, { orderBy: [['_id', 'asc']], limit: 1 }))[0]
  const id = `${closed._id}-refused`
  await col.put({
    ...closed,
    _id: id,
    history: closed.history.map((h) =>
      h.status === 'answered' ? { ...h, status: 'rejected' as const, note: '不在本区职责范围内' } : h
    )
  })
  return id
}

describe.each(releases)('upgrade from release %s', (release) => {
  const fixture = JSON.parse(readFileSync(join(RELEASES, release, 'fixture.json'), 'utf8')) as Fixture
  const after = (days: number) => new Date(Date.parse(fixture.writtenUntil) + days * DAY_MS)
  // Past the orphan window for every upload of the fixture, before any retention period.
  const soon = after(ORPHAN_UPLOAD_DAYS + 5)

  const backends: Array<[string, () => Promise<Opened>]> = [
    ['local backend (SQLite and its files folder)', async () => openLocal(release)],
    ['WeChat (the CloudBase fake and cloud storage)', () => openWechat(release, fixture)]
  ]

  describe.each(backends)('%s', (_label, open) => {
    let o: Opened
    beforeEach(async () => {
      o = await open()
    })
    afterEach(() => o.close())

    it('migrated and purged: every file a row refers to is kept, every row is as it was, files no row needs go', async () => {
      const refused = await addRefusedThenClosed(o.repo)
      const before = await everything(o.repo)
      const refs = referenced(before)
      expect(refs.length).toBeGreaterThan(0)
      for (const id of refs) expect({ id, stored: o.stored(id) }).toEqual({ id, stored: true })

      await runPurge(o.repo, o.files, soon)
      const now = await everything(o.repo)

      // Nothing any row refers to is lost, and every one of its uploads is now known as claimed.
      for (const id of referenced(now)) expect({ id, stored: o.stored(id) }).toEqual({ id, stored: true })
      expect(referenced(now).sort()).toEqual(refs.sort())
      const claimed = new Map(uploadsOf(now).map((u) => [u.fileId, u]))
      for (const id of refs) expect({ id, claimed: Boolean(claimed.get(id)?.claimedAt) }).toEqual({ id, claimed: true })

      // The rows are the rows the old release wrote (no retention period has passed yet), but for
      // a refusal it closed as 已办结: 不予采纳 again, its history (the closing note too) kept.
      const refusedNow = (before.suggestions as Suggestion[]).map((s) =>
        s._id === refused ? { ...s, status: 'rejected' } : s
      )
      expect({ name: 'suggestions', rows: now.suggestions }).toEqual({ name: 'suggestions', rows: refusedNow })
      for (const name of ['supports', 'corrections', 'staff', 'places', 'suggestion_originals'] as const)
        expect({ name, rows: now[name] }).toEqual({ name, rows: before[name] })

      // Uploads no row refers to (a draft never sent, a photo a refused submit carried) are deleted,
      // file and record; so is the record of a file moderation removed.
      const keptFiles = new Set(refs)
      for (const id of o.allFiles()) expect({ id, referenced: keptFiles.has(id) }).toEqual({ id, referenced: true })
      expect(uploadsOf(now).every((u) => u.fileId && keptFiles.has(u.fileId))).toBe(true)
      expect(uploadsOf(now)).toHaveLength(refs.length)

      // Deadlines came into force with the upgrade: no suggestion of the old release was taken
      // to the street by it (above: every row as it was), and they count from the upgrade on.
      expect(await escalationCandidates(o.repo, after(ORPHAN_UPLOAD_DAYS + 5.5))).toBe(0)
      expect(await escalationCandidates(o.repo, after(ORPHAN_UPLOAD_DAYS + 30))).toBeGreaterThan(0)

      // Once is enough: a second run changes nothing.
      await runPurge(o.repo, o.files, after(ORPHAN_UPLOAD_DAYS + 6))
      expect(await everything(o.repo)).toEqual({ ...now, audit_log: expect.any(Array) })
    })

    it('a year on, retention has taken what it promised, and no row refers to a file that is gone', async () => {
      const rows = (await everything(o.repo)).suggestions.length
      await runPurge(o.repo, o.files, soon)
      await runPurge(o.repo, o.files, after(400))
      const later = await everything(o.repo)
      for (const id of referenced(later)) expect({ id, stored: o.stored(id) }).toEqual({ id, stored: true })
      // The images and recordings went with their rows' retention; their upload records (with the
      // uploader's openid) went with them.
      expect(referenced(later)).toEqual([])
      expect(o.allFiles()).toEqual([])
      expect(uploadsOf(later)).toEqual([])
      expect(later.suggestions).toHaveLength(rows)
    })
  })
})
