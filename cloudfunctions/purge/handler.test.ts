// The scheduled purge enforces the retention table (src/domain/suggestions/retention.ts) on a
// seeded database: fields gone, files gone from disk, audit entries without personal data, a
// second run changes nothing, busy rows wait and abandoned claims are taken over; and its WeChat
// entry, which only the timer may run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { storeUpload } from '../../server/local/files'
import { localFileStorage, type FileStorage } from '../../server/adapters/file-storage'
import { tempRepo } from '../../tests/server/test-repo'
import { DAY_MS } from '../../src/domain/clock'
import { STALE_CLAIM_MS } from '../../src/domain/staff/claims'
import type { Status } from '../../src/domain/suggestions/model'
import { UNLINKED_AUTHOR, type RetainedSuggestion } from '../../src/domain/suggestions/retention'
import type { AuditEntry } from '../staff/access'
import { purgeExpired } from './handler'
import { SAMPLE_PNG } from '../../tests/fixtures/images/samples'

type AnyDoc = { _id: string; [field: string]: unknown }
const now = new Date('2027-06-01T00:00:00.000Z')
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS).toISOString()
const PHONE = '13900139000'
const PNG = SAMPLE_PNG

function row(id: string, status: Status, entered: number, over: Partial<RetainedSuggestion> = {}): RetainedSuggestion {
  return {
    _id: id,
    mode: 'child',
    topic: 'play',
    title: '',
    text: '想要秋千',
    photoFileIds: [],
    ageGroup: '6to9',
    onBehalfOfChild: false,
    street: '500103003',
    community: '500103003019',
    contact: { name: '妈妈', phone: PHONE },
    consent: { version: 'guardian-contact-v1', acceptedAt: daysAgo(900) },
    location: { latitude: 29.5571, longitude: 106.5772, source: 'current' },
    authorId: 'dev-kid',
    visibility: 'visible',
    status,
    history: [
      { status: 'submitted', at: daysAgo(900), by: 'author' },
      { status, at: daysAgo(entered), by: '工作人员' }
    ],
    replies: [],
    supportCount: 2,
    createdAt: daysAgo(900),
    updatedAt: daysAgo(entered),
    ...(status === 'closed' ? { closedAt: daysAgo(entered) } : {}),
    ...over
  } as RetainedSuggestion
}

describe('purge: the retention table over a seeded database', () => {
  let t: ReturnType<typeof tempRepo>
  let dir: string
  let files: FileStorage
  const col = () => t.repo.collection<RetainedSuggestion>('suggestions')
  const log = () => t.repo.collection<AuditEntry>('audit_log')
  const upload = async () => {
    const r = await storeUpload(t.repo, dir, { contentType: 'image/png', body: PNG, owner: 'dev-kid', at: now })
    if (!r.ok) throw new Error('upload')
    return r.data.fileId
  }
  const onDisk = (fileId: string) => existsSync(join(dir, fileId.slice('local://files/'.length)))

  beforeEach(() => {
    t = tempRepo()
    dir = mkdtempSync(join(tmpdir(), 'yimi-files-'))
    files = localFileStorage(t.repo, dir)
  })
  afterEach(() => {
    t.cleanup()
    rmSync(dir, { recursive: true, force: true })
  })

  it('deletes each kind when its rule says, files from disk too, with audit entries free of personal data', async () => {
    const [p1, p2, d1, removed, p3, p4] = [
      await upload(),
      await upload(),
      await upload(),
      await upload(),
      await upload(),
      await upload()
    ]
    const rows = [
      // closed 400 days ago: everything goes (images after 365).
      row('closed-400-0001', 'closed', 400, { photoFileIds: [p1], drawingFileId: d1, redactedAt: daysAgo(500) }),
      // answered 200 days ago, by an adult: contact and the map point go, the photo stays.
      row('answered-200-01', 'answered', 200, {
        mode: 'adult',
        consent: undefined,
        location: { latitude: 29.55, longitude: 106.57, source: 'map' },
        photoFileIds: [p2]
      }),
      // rejected 10 days ago: nothing yet.
      row('rejected-10-001', 'rejected', 10, { photoFileIds: [p3] }),
      // adopted 400 days ago but changed last month: the district still owes the work.
      row('adopted-400-001', 'adopted', 400, { updatedAt: daysAgo(30) }),
      // submitted and never touched for 400 days: everything goes.
      row('untouched-40001', 'submitted', 400, {
        history: [{ status: 'submitted', at: daysAgo(400), by: 'author' }],
        photoFileIds: [p4]
      }),
      // closed long ago with nothing personal (a street centre is not a person's position).
      row('nothing-left-01', 'closed', 400, {
        contact: undefined,
        consent: undefined,
        location: { latitude: 29.55, longitude: 106.57, source: 'street' }
      })
    ]
    for (const r of rows) await col().insert(r)
    await t.repo
      .collection<AnyDoc>('suggestion_originals')
      .put({ _id: 'closed-400-0001', text: `我家电话${PHONE}`, removedFiles: [removed], updatedAt: daysAgo(500) })

    expect(await purgeExpired(t.repo, files, now)).toEqual({
      purged: 4,
      busy: 0,
      filesDeleted: 4,
      filesFailed: 0,
      done: true
    })

    const closed = (await col().get('closed-400-0001'))!
    for (const f of ['contact', 'consent', 'location', 'drawingFileId']) expect(closed).not.toHaveProperty(f)
    expect(closed).toMatchObject({
      photoFileIds: [],
      text: '想要秋千',
      street: '500103003',
      community: '500103003019',
      supportCount: 2,
      rev: 1,
      updatedAt: daysAgo(400),
      personalDataPurgedAt: now.toISOString(),
      // The row is no longer linked to the author's account once its files are gone.
      authorId: UNLINKED_AUTHOR,
      retentionDoneAt: now.toISOString()
    })
    expect(await t.repo.collection('suggestion_originals').get('closed-400-0001')).toBeNull()
    for (const f of [p1, d1, removed, p4]) expect(onDisk(f)).toBe(false)

    const answered = (await col().get('answered-200-01'))!
    expect(answered).not.toHaveProperty('contact')
    expect(answered).not.toHaveProperty('location')
    expect(answered.photoFileIds).toEqual([p2])
    expect(answered.retentionDoneAt).toBeUndefined()
    expect(onDisk(p2)).toBe(true)

    const untouched = (await col().get('untouched-40001'))!
    for (const f of ['contact', 'consent', 'location']) expect(untouched).not.toHaveProperty(f)
    expect(untouched.photoFileIds).toEqual([])

    for (const id of ['rejected-10-001', 'adopted-400-001']) {
      const s = (await col().get(id))!
      expect(s.contact).toBeDefined()
      expect(s.location).toBeDefined()
      expect(s.rev).toBeUndefined()
    }
    expect(onDisk(p3)).toBe(true)
    // Closed 400 days ago with nothing personal but the link to its author: that goes.
    expect((await col().get('nothing-left-01'))!).toMatchObject({
      authorId: UNLINKED_AUTHOR,
      retentionDoneAt: now.toISOString()
    })
    // The answered row keeps its link while its photo is kept.
    expect(answered.authorId).toBe('dev-kid')

    const entries = await log().find({ kind: 'purge' })
    expect(entries).toHaveLength(5)
    expect(entries.find((e) => e._id === 'closed-400-0001@1')).toMatchObject({
      actor: null,
      actorName: '系统',
      suggestionId: 'closed-400-0001',
      at: now.toISOString(),
      detail: {
        kinds: 'contact,location,images,originals,author',
        rules: 'finished-personal,finished-images,finished-author',
        contact: true,
        location: true,
        images: 2,
        originals: true,
        author: true
      }
    })
    expect(entries.find((e) => e._id === 'answered-200-01@1')?.detail).toMatchObject({
      kinds: 'contact,location',
      rules: 'finished-personal'
    })
    expect(entries.find((e) => e._id === 'untouched-40001@1')?.detail).toMatchObject({ rules: 'untouched' })
    const text = JSON.stringify(entries)
    for (const secret of [PHONE, '妈妈', '29.5571', '106.5772', 'local://', '我家电话'])
      expect(text).not.toContain(secret)

    // Idempotent: a second run finds nothing due and changes nothing.
    const before = await col().find({}, { orderBy: [['_id', 'asc']] })
    expect(await purgeExpired(t.repo, files, now)).toEqual({
      purged: 0,
      busy: 0,
      filesDeleted: 0,
      filesFailed: 0,
      done: true
    })
    expect(await col().find({}, { orderBy: [['_id', 'asc']] })).toEqual(before)
    expect(await log().count({ kind: 'purge' })).toBe(5)
  })

  it('at the finished-personal deadline, redacts what looks personal in the words, replies and notes', async () => {
    const words = {
      title: '我叫王小明',
      text: '我在人和街小学读书，妈妈电话13900139000，想要秋千',
      transcript: '我家住在人和街88号',
      replies: [{ at: daysAgo(190), by: '社工', text: '王小明你好，请打13900139000联系我们', textForChildren: '你好' }]
    }
    await col().put(row('words-due', 'closed', 181, words))
    await col().put(row('words-kept', 'closed', 100, words))
    await purgeExpired(t.repo, files, now)
    const due = (await col().get('words-due'))!
    const kept = (await col().get('words-kept'))!
    expect(JSON.stringify([due.title, due.text, due.transcript, due.replies, due.history])).not.toMatch(
      /王小明|人和街|13900139000/
    )
    // The record stays: what was asked, without who asked it.
    expect(due.text).toContain('想要秋千')
    expect(kept.text).toBe(words.text)
    const [entry] = await log().find({ suggestionId: 'words-due' })
    expect(entry.detail).toMatchObject({ words: true })
    expect(JSON.stringify(entry)).not.toMatch(/王小明|人和街|13900139000/)
    // A second run finds nothing more to do.
    expect(await purgeExpired(t.repo, files, now)).toMatchObject({ purged: 0 })
  })

  it('keeps the reference of a file storage could not delete, and tries again next run', async () => {
    const [ok1, stuck] = [await upload(), await upload()]
    await col().insert(row('closed-400-0002', 'closed', 400, { photoFileIds: [ok1, stuck] }))
    const flaky: FileStorage = {
      ...files,
      async remove(ids) {
        const r = await files.remove(ids.filter((i) => i !== stuck))
        return { ...r, failed: ids.filter((i) => i === stuck) }
      }
    }
    expect(await purgeExpired(t.repo, flaky, now)).toMatchObject({ purged: 1, filesDeleted: 1, filesFailed: 1 })
    const s = (await col().get('closed-400-0002'))!
    expect(s.photoFileIds).toEqual([stuck])
    expect(s).not.toHaveProperty('contact')
    expect(s.retentionDoneAt).toBeUndefined()
    expect((await log().get('closed-400-0002@1'))!.detail).toMatchObject({ filesFailed: 1 })
    expect(await purgeExpired(t.repo, files, now)).toMatchObject({ purged: 1, filesDeleted: 1, filesFailed: 0 })
    expect((await col().get('closed-400-0002'))!).toMatchObject({ photoFileIds: [], rev: 2 })
    expect(onDisk(stuck)).toBe(false)
  })

  it('leaves a row a staff member is changing, takes over a claim a crashed call left, stops at its row limit', async () => {
    for (let i = 0; i < 5; i++) await col().insert(row(`due-${i}-xxxxxxxx`, 'closed', 400))
    // A live claim (just now) and an abandoned one (older than the rule, never written).
    await log().insert({ _id: 'due-0-xxxxxxxx@1', kind: 'moderate', at: now.toISOString() } as AuditEntry)
    await log().insert({
      _id: 'due-1-xxxxxxxx@1',
      kind: 'moderate',
      at: new Date(now.getTime() - STALE_CLAIM_MS - 1000).toISOString()
    } as AuditEntry)
    expect(await purgeExpired(t.repo, files, now, { batch: 2, maxRows: 3 })).toMatchObject({
      purged: 2,
      busy: 1,
      done: false
    })
    expect((await log().get('due-1-xxxxxxxx@1'))!.kind).toBe('purge')
    expect((await col().get('due-1-xxxxxxxx'))!).toMatchObject({ rev: 1 })
    expect(await purgeExpired(t.repo, files, now, { batch: 2 })).toMatchObject({ purged: 2, busy: 1, done: true })
    expect((await col().get('due-0-xxxxxxxx'))!.contact).toBeDefined()
  })
})

describe('purge entry (WeChat)', () => {
  const fake = { openid: '', calls: [] as string[] }
  beforeAll(() => {
    jest.doMock('wx-server-sdk', () => {
      const query = {
        where: (cond: object) => (fake.calls.push(`where ${JSON.stringify(cond)}`), query),
        orderBy: () => query,
        skip: () => query,
        limit: () => query,
        get: async () => ({ data: [] }),
        count: async () => ({ total: 0 }),
        add: async (o: { data: { _id: string } }) => (fake.calls.push(`add ${o.data._id}`), { _id: o.data._id })
      }
      return {
        DYNAMIC_CURRENT_ENV: Symbol('current'),
        init: () => fake.calls.push('init'),
        getWXContext: () => ({ OPENID: fake.openid }),
        database: () => ({
          collection: () => query,
          command: {
            lte: (v: unknown) => ({ $lte: v }),
            gte: (v: unknown) => ({ $gte: v }),
            gt: (v: unknown) => ({ $gt: v }),
            neq: (v: unknown) => ({ $neq: v }),
            in: (v: unknown) => ({ $in: v })
          }
        })
      }
    })
  })
  afterAll(() => jest.dontMock('wx-server-sdk'))

  it('runs from the timer and refuses a call from the mini-program', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined)

    const { main } = require('./index') as typeof import('./index')
    expect(await main({ Type: 'Timer', TriggerName: 'purgePersonalData' })).toMatchObject({
      ok: true,
      data: { purged: 0, done: true, migrations: { 'migration-community-codes-v1': { cleared: [], staff: [] } } }
    })
    const afterRun = fake.calls.length
    fake.openid = 'o-someone'
    expect(await main({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // init once at load; the pending migrations (each marker looked up, then written), then the
    // two queries of the purge, the one for ended rate slots, the two for 纠错 reporters, the one for
    // supports old enough to lose who gave them, the one for unclaimed uploads and the three of
    // 快问快答 (ended polls to count, answers due), translated for
    // CloudBase; nothing
    // for the refused call.
    expect(fake.calls[0]).toBe('init')
    expect(fake.calls[1]).toBe('where {"_id":"migration-community-codes-v1"}')
    expect(fake.calls).toContain('add migration-community-codes-v1')
    const purge = fake.calls.filter((c) => c.includes('"retentionDoneAt":null'))
    expect(purge[0]).toMatch(
      /^where \{"status":\{"\$in":\["answered","rejected","closed"\]\},"createdAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"retentionDoneAt":null\}$/
    )
    expect(purge[1]).toMatch(/^where \{"updatedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"retentionDoneAt":null\}$/)
    expect(purge).toHaveLength(2)
    expect(fake.calls).toContain('add migration-publication-v1')
    expect(fake.calls).toContain('add migration-uploads-claimed-v1')
    expect(fake.calls).toContain('add migration-author-link-v1')
    const slots = /^where \{"expiresAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/
    // Then the 纠错 reporters due (answered long ago, or never answered), then uploads no
    // submission claimed within 30 days (none here: nothing more is asked).
    const reporters = fake.calls.filter((c) => c.includes('"reporterPurgedAt":null'))
    expect(reporters).toHaveLength(2)
    const unclaimed = /^where \{"claimedAt":null,"at":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/
    const oldSupports = /^where \{"at":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/
    // Then 快问快答: ended polls not yet counted for the last time, and those whose answers are due.
    const polls = [
      'where {"talliedAt":null,"closedAt":{"$neq":null}}',
      expect.stringMatching(/^where \{"talliedAt":null,"endsOn":\{"\$lte":"\d{4}-\d\d-\d\d"\}\}$/),
      expect.stringMatching(/^where \{"talliedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"answersDeletedAt":null\}$/)
    ]
    // Then 儿童议事会: closed rounds not yet counted, rounds whose ballots are due, and the
    // representatives who stopped long enough ago for their guardian's phone to go.
    const council = [
      'where {"closedAt":{"$neq":null},"talliedAt":null}',
      expect.stringMatching(/^where \{"talliedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"ballotsDeletedAt":null\}$/),
      expect.stringMatching(/^where \{"endedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"guardian":\{"\$neq":null\}\}$/)
    ]
    // Activity sign-ups due 30 days after their activity (none here).
    const signUps = /^where \{"activityEndAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/
    // 预约参观 requests closed 30 days ago, and those nobody answered in 60 (none here).
    const visits = [
      expect.stringMatching(/^where \{"closedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/),
      expect.stringMatching(/^where \{"status":"pending","createdAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\}\}$/)
    ]
    expect(fake.calls).toContain('add migration-deadlines-start-v1')
    // Last, 督办: the limits in force, since when they count, then the rows that may owe a step.
    expect(fake.calls.slice(-19)).toEqual([
      purge[0],
      purge[1],
      expect.stringMatching(slots),
      ...reporters,
      expect.stringMatching(oldSupports),
      expect.stringMatching(signUps),
      ...visits,
      expect.stringMatching(unclaimed),
      ...polls,
      ...council,
      'where {"_id":"current"}',
      'where {"_id":"migration-deadlines-start-v1"}',
      'where {"status":{"$in":["submitted","accepted","in_progress"]}}'
    ])
    expect(fake.calls).toHaveLength(afterRun)
  })
})
