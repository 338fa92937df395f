// The scheduled purge: children's contact and consent deleted CHILD_CONTACT_RETENTION_DAYS after
// closing, nothing else touched; and its WeChat entry, which only the timer may run.
import { tempRepo } from '../../server/runtime/test-repo'
import { CHILD_CONTACT_RETENTION_DAYS } from '../../src/domain/suggestions/consent'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { purgeChildContacts } from './handler'

type AnyDoc = { _id: string; [field: string]: unknown }
const DAY = 24 * 60 * 60 * 1000
const now = new Date('2026-11-28T00:00:00.000Z')
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY).toISOString()

function child(id: string, over: Partial<Suggestion> = {}): Suggestion {
  return {
    _id: id,
    mode: 'child',
    topic: 'play',
    title: '',
    text: '想要秋千',
    photoFileIds: [],
    ageGroup: '6to9',
    onBehalfOfChild: false,
    contact: { name: '妈妈', phone: '13900139000' },
    consent: { version: 'guardian-contact-v1', acceptedAt: '2026-01-01T00:00:00Z' },
    authorId: 'dev-kid',
    visibility: 'visible',
    status: 'closed',
    history: [],
    replies: [],
    supportCount: 2,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(CHILD_CONTACT_RETENTION_DAYS + 1),
    closedAt: daysAgo(CHILD_CONTACT_RETENTION_DAYS + 1),
    ...over
  } as Suggestion
}

describe('purge of children’s contact data', () => {
  let t: ReturnType<typeof tempRepo>
  const col = () => t.repo.collection<Suggestion>('suggestions')
  beforeEach(() => (t = tempRepo()))
  afterEach(() => t.cleanup())

  it('deletes contact and consent of children’s suggestions closed more than 180 days ago, only those', async () => {
    const rows = [
      child('due-closed-0001'),
      child('due-no-closedat', { closedAt: undefined }),
      child('not-yet-closed', {
        closedAt: daysAgo(CHILD_CONTACT_RETENTION_DAYS - 1),
        updatedAt: daysAgo(CHILD_CONTACT_RETENTION_DAYS - 1)
      }),
      child('still-open-0001', { status: 'answered', closedAt: undefined }),
      child('adult-closed-01', { mode: 'adult', consent: undefined })
    ]
    for (const r of rows) await col().insert(r)
    await t.repo
      .collection<AnyDoc>('suggestion_originals')
      .put({ _id: 'due-closed-0001', text: '我家电话13900139000', removedFiles: [] })

    const result = await purgeChildContacts(t.repo, now)
    expect(result).toEqual({ cutoff: daysAgo(CHILD_CONTACT_RETENTION_DAYS), purged: 2, busy: 0, done: true })
    for (const id of ['due-closed-0001', 'due-no-closedat']) {
      const s = (await col().get(id))!
      expect(s).not.toHaveProperty('contact')
      expect(s).not.toHaveProperty('consent')
      expect(s).toMatchObject({ personalDataPurgedAt: now.toISOString(), text: '想要秋千', supportCount: 2, rev: 1 })
    }
    expect(await t.repo.collection('suggestion_originals').get('due-closed-0001')).toBeNull()
    for (const id of ['not-yet-closed', 'still-open-0001', 'adult-closed-01'])
      expect((await col().get(id))!.contact).toBeDefined()
    const log = await t.repo.collection('audit_log').find({ kind: 'purge' })
    expect(log).toHaveLength(3)
    expect(log.find((e) => e._id === 'due-closed-0001@1')).toMatchObject({
      actor: null,
      actorName: '系统',
      detail: { contact: true, consent: true }
    })

    expect(await purgeChildContacts(t.repo, now)).toMatchObject({ purged: 0, done: true })
  })

  it('leaves a row a staff member is changing for the next run, and stops at its row limit', async () => {
    for (let i = 0; i < 5; i++) await col().insert(child(`due-${i}-xxxxxxxx`))
    await t.repo
      .collection<AnyDoc>('audit_log')
      .insert({ _id: 'due-0-xxxxxxxx@1', kind: 'moderate', at: now.toISOString() })
    expect(await purgeChildContacts(t.repo, now, { batch: 2, maxRows: 3 })).toMatchObject({
      purged: 2,
      busy: 1,
      done: false
    })
    expect(await purgeChildContacts(t.repo, now, { batch: 2 })).toMatchObject({ purged: 2, busy: 1, done: true })
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
    expect(await main({ Type: 'Timer', TriggerName: 'purgeChildContacts' })).toMatchObject({
      ok: true,
      data: { purged: 0, done: true, migrations: { 'migration-community-codes-v1': { cleared: [], staff: [] } } }
    })
    const afterRun = fake.calls.length
    fake.openid = 'o-someone'
    expect(await main({})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // init once at load; the pending migration (its marker looked up, then written), then the two
    // queries of the purge, translated for CloudBase; nothing for the refused call.
    expect(fake.calls[0]).toBe('init')
    expect(fake.calls[1]).toBe('where {"_id":"migration-community-codes-v1"}')
    expect(fake.calls).toContain('add migration-community-codes-v1')
    const purge = fake.calls.filter((c) => c.includes('"mode":"child"'))
    expect(purge[0]).toMatch(
      /^where \{"mode":"child","status":"closed","closedAt":\{"\$lte":"[\d-]+T[\d:.]+Z"\},"personalDataPurgedAt":null\}$/
    )
    expect(purge[1]).toMatch(/^where \{"mode":"child","status":"closed","closedAt":null,"updatedAt":\{"\$lte":/)
    expect(purge).toHaveLength(2)
    expect(fake.calls.slice(-2)).toEqual(purge)
    expect(fake.calls).toHaveLength(afterRun)
  })
})
