/**
 * The role × action matrix: every identity against every action on one suggestion in community
 * A (解放碑 · 大井巷). Exactly the cells marked ✓ may succeed; “succeed” for a list-like action
 * means the suggestion is in the answer (worker B's inbox answers, without it). The matrix runs
 * twice: on a citizen's own submission, and on an assisted row worker A typed in for a citizen
 * (same staff rights; the citizen functions hand it to nobody, its worker included).
 */
import { childBase } from '../../tests/fixtures/validation-cases'
import { COMMUNITY_A, STREET, WHO, adultInA, staffKit, type StaffKit, type Who } from '../../tests/server/test-kit'

/** The suggestion under test: how it gets there, and a word of its text to redact. */
interface Row {
  id: string
  text: string
  span: string
  create(k: StaffKit): Promise<boolean>
}
const ROWS: Record<string, Row> = {
  'a citizen’s submission': {
    id: adultInA.id,
    text: adultInA.text,
    span: '中山二路',
    create: async (k) => (await k.submit('dev-parent', adultInA)).ok
  },
  'an assisted row (an adult’s, with a contact and a photo, taken by worker A on the phone)': {
    id: 'assisted-a-0001',
    text: adultInA.text,
    span: '中山二路',
    create: async (k) =>
      (await k.call('workerA', 'enter', { channel: 'phone', suggestion: { ...adultInA, id: 'assisted-a-0001' } })).ok
  }
}

type Outcome = (k: StaffKit, who: Who, row: Row) => Promise<boolean>

const ACTIONS: Record<string, Outcome> = {
  read: async (k, who, row) => (await k.call(who, 'get', { id: row.id })).ok,
  list: async (k, who, row) => {
    const r = await k.call(who, 'inbox', {})
    return r.ok && r.data.items.some((i: { id: string }) => i.id === row.id)
  },
  'change status': async (k, who, row) => (await k.call(who, 'transition', { id: row.id, to: 'accepted' })).ok,
  reply: async (k, who, row) =>
    (await k.call(who, 'reply', { id: row.id, text: '您好，已收到您的建议，我们会尽快了解情况。' })).ok,
  'open contact': async (k, who, row) => (await k.call(who, 'openContact', { id: row.id })).ok,
  moderate: async (k, who, row) => (await k.call(who, 'moderate', { id: row.id, op: 'approve' })).ok,
  'view original': async (k, who, row) => {
    await k.call('district', 'moderate', { id: row.id, op: 'redact', spans: [row.span] })
    const r = await k.call(who, 'get', { id: row.id })
    return r.ok && r.data.original?.text === row.text
  },
  'enter on behalf': async (k, who) =>
    (
      await k.call(who, 'enter', {
        channel: 'event',
        suggestion: { ...childBase, id: 'entered-by-x-01', street: STREET, community: COMMUNITY_A }
      })
    ).ok,
  report: async (k, who) => {
    const r = await k.call(who, 'report', {})
    return r.ok && r.data.total === 1
  },
  export: async (k, who, row) => {
    const r = await k.call(who, 'export', { format: 'csv' })
    return r.ok && r.data.content.includes(row.id)
  },
  'manage templates': async (k, who) =>
    (
      await k.call(who, 'saveTemplate', {
        template: { title: '新模板', text: '您好，您的建议我们已经收到了。', textForChildren: '收到啦，谢谢你！' }
      })
    ).ok,
  'manage staff (list)': async (k, who) => (await k.call(who, 'listStaff')).ok,
  'manage staff (save)': async (k, who) =>
    (
      await k.call(who, 'saveStaff', {
        staff: {
          openid: 'dev-new-worker',
          role: 'community_worker',
          name: '新社工',
          scope: { communities: [COMMUNITY_A] }
        }
      })
    ).ok,
  'audit log': async (k, who) => (await k.call(who, 'auditLog')).ok,
  // Storage is private: links to the row's photo come only through an access check.
  'image links': async (k, who, row) => {
    const r = await k.call(who, 'imageUrls', { id: row.id })
    return r.ok && r.data.photos.length === 1
  },
  // The citizen functions: only the author who wrote it as a citizen (none of these) gets it.
  'citizen get': async (k, who, row) => WHO[who] !== null && (await k.citizen(WHO[who]!, 'get', { id: row.id })).ok,
  'citizen listMine': async (k, who, row) => {
    if (WHO[who] === null) return false
    const r = await k.citizen(WHO[who]!, 'listMine')
    return r.ok && r.data.items.some((i: { id: string }) => i.id === row.id)
  },
  'citizen image links': async (k, who, row) =>
    WHO[who] !== null && (await k.citizen(WHO[who]!, 'imageUrls', { id: row.id })).ok
}

const ACTORS: Who[] = ['anonymous', 'citizen', 'workerA', 'workerB', 'street', 'district']
//                              anon   citizen workerA workerB street district
const AREA = [false, false, true, false, true, true]
const DISTRICT = [false, false, false, false, false, true]
const NOBODY = [false, false, false, false, false, false]
const EXPECTED: Record<keyof typeof ACTIONS, boolean[]> = {
  read: AREA,
  list: AREA,
  'change status': AREA,
  reply: AREA,
  'open contact': AREA,
  moderate: AREA,
  'view original': DISTRICT,
  'enter on behalf': AREA,
  report: AREA,
  export: AREA,
  'manage templates': DISTRICT,
  'manage staff (list)': DISTRICT,
  'manage staff (save)': DISTRICT,
  'audit log': DISTRICT,
  'image links': AREA,
  'citizen get': NOBODY,
  'citizen listMine': NOBODY,
  'citizen image links': NOBODY
}

const cells: Array<[string, Who, boolean]> = []
for (const action of Object.keys(ACTIONS)) ACTORS.forEach((who, i) => cells.push([action, who, EXPECTED[action][i]]))

describe.each(Object.entries(ROWS))('staff function: role × action matrix on %s', (_name, row) => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    expect(await row.create(k)).toBe(true)
  })
  afterEach(() => k.cleanup())

  it.each(cells)('%s by %s → %s', async (action, who, allowed) => {
    expect(await ACTIONS[action](k, who, row)).toBe(allowed)
  })
})

const ID = adultInA.id

describe('staff function: refusals', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    expect((await k.submit('dev-parent', adultInA)).ok).toBe(true)
  })
  afterEach(() => k.cleanup())

  it('refuses with the right code: no identity, not staff, outside the area, not the role', async () => {
    expect(await k.call('anonymous', 'get', { id: ID })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' }
    })
    expect(await k.call('citizen', 'inbox')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '仅限社区工作人员使用' }
    })
    expect(await k.call('workerB', 'get', { id: ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await k.call('workerB', 'openContact', { id: ID })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(await k.call('workerB', 'inbox', { filter: { community: COMMUNITY_A } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'filter.community' }
    })
    expect(await k.call('street', 'saveStaff', { staff: {} })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有区级管理员可以管理工作人员名单' }
    })
    expect(await k.call('workerA', 'saveTemplate', { template: {} })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有区级管理员可以修改答复模板' }
    })
  })

  it('the citizen functions give a row to the one who wrote it as a citizen, not to the worker who typed one in', async () => {
    expect(await k.citizen('dev-parent', 'get', { id: ID })).toMatchObject({
      ok: true,
      data: { contact: adultInA.contact }
    })
    const assisted = ROWS[Object.keys(ROWS)[1]]
    expect(await assisted.create(k)).toBe(true)
    expect(await k.citizen(WHO.workerA, 'get', { id: assisted.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    expect(await k.citizen(WHO.workerA, 'listMine')).toEqual({ ok: true, data: { items: [] } })
  })

  it('a refused call changes nothing', async () => {
    const before = await k.stored(ID)
    for (const who of ['anonymous', 'citizen', 'workerB'] as Who[]) {
      await k.call(who, 'transition', { id: ID, to: 'accepted' })
      await k.call(who, 'reply', { id: ID, text: '您好，已收到您的建议。' })
      await k.call(who, 'moderate', { id: ID, op: 'hide', reason: '测试隐藏' })
    }
    expect(await k.stored(ID)).toEqual(before)
    expect(await k.repo.collection('audit_log').count()).toBe(0)
  })

  it('takes the caller only from the platform identity', async () => {
    // A payload naming another identity changes nothing: the citizen stays a citizen.
    const r = await k.call('citizen', 'get', {
      id: ID,
      openid: WHO.district,
      role: 'district_admin',
      userInfo: { openId: WHO.district }
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
