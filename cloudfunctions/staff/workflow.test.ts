// The workflow through the cloud function: legal steps by the right roles, illegal ones refused
// with a message, the history append-only, and two staff members acting at once.
import { ROLES } from '../../src/domain/roles'
import { TRANSITIONS, isAppendOnly } from '../../src/domain/staff/workflow'
import { STATUSES, type Status, type Suggestion } from '../../src/domain/suggestions/model'
import { adultInA, staffKit, type StaffKit, type Who } from '../../tests/server/test-kit'
import { stepNote } from '../../tests/fixtures/staff'

const ID = adultInA.id
const ALL = Object.keys(STATUSES) as Status[]
const WHO_FOR: Record<string, Who> = {
  community_worker: 'workerA',
  street_admin: 'street',
  district_admin: 'district',
  department_staff: 'department',
  citizen: 'citizen'
}

/** Puts the stored suggestion straight into a status (test setup only), handed to 交巡警 too. */
async function force(k: StaffKit, status: Status) {
  await k.repo.collection<Suggestion>('suggestions').update(ID, { status, department: 'demo-dept-traffic' })
}

describe('staff workflow in the cloud function', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    await k.submit('dev-parent', adultInA)
  })
  afterEach(() => k.cleanup())

  const cases: Array<[Status, Status, string]> = []
  for (const from of ALL) for (const to of ALL) for (const role of ROLES) cases.push([from, to, role])

  it.each(cases)('%s → %s by %s', async (from, to, role) => {
    await force(k, from)
    const before = (await k.stored(ID))!
    const legal = TRANSITIONS.some(
      (t) => t.from === from && t.to === to && (t.roles as readonly string[]).includes(role)
    )
    const r = await k.call(WHO_FOR[role], 'transition', {
      id: ID,
      to,
      note: to === 'rejected' ? '不属于本街道职责范围' : stepNote(to).note
    })
    const after = (await k.stored(ID))!
    expect(r.ok).toBe(legal)
    if (legal) {
      expect(after.status).toBe(to)
      expect(after.history).toHaveLength(before.history.length + 1)
      expect(isAppendOnly(before.history, after.history)).toBe(true)
      expect(after.history.at(-1)).toMatchObject({
        status: to,
        at: '2026-11-28T02:00:00.000Z',
        by: expect.stringMatching(/示例/)
      })
      expect(r.ok && r.data.status).toBe(to)
    } else {
      expect(after).toEqual(before)
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('walks the whole way with who and when in the history, visible to the author', async () => {
    const steps: Array<[Who, Status, string?]> = [
      ['workerA', 'accepted'],
      ['workerA', 'in_progress'],
      ['street', 'adopted', '列入街道微改造计划'],
      ['district', 'closed', '秋千已经装好，欢迎来玩']
    ]
    for (const [who, to, note] of steps) {
      k.advance(60 * 60 * 1000)
      const before = (await k.stored(ID))!.history
      const r = await k.call(who, 'transition', { id: ID, to, note })
      expect(r).toMatchObject({ ok: true, data: { status: to } })
      expect(isAppendOnly(before, (await k.stored(ID))!.history)).toBe(true)
    }
    const s = (await k.stored(ID))!
    expect(s.history.map((h) => [h.status, h.by])).toEqual([
      ['submitted', 'author'],
      ['accepted', '示例社工 · 大井巷'],
      ['in_progress', '示例社工 · 大井巷'],
      ['adopted', '示例街道管理员 · 解放碑'],
      ['closed', '示例区级管理员']
    ])
    expect(s.history[3].note).toBe('列入街道微改造计划')
    expect(s.closedAt).toBe(s.history[4].at)
    expect(s.rev).toBe(4)
    // Each change claimed its revision in the audit log.
    const log = await k.repo.collection('audit_log').find({ suggestionId: ID }, { orderBy: [['at', 'asc']] })
    expect(log.map((e) => e._id)).toEqual([`${ID}@1`, `${ID}@2`, `${ID}@3`, `${ID}@4`])
    const mine = await k.citizen('dev-parent', 'get', { id: ID })
    expect(mine.ok && mine.data.history.map((h: { status: string }) => h.status)).toEqual([
      'submitted',
      'accepted',
      'in_progress',
      'adopted',
      'closed'
    ])
  })

  it('explains refusals: skipped steps, admin-only steps, a missing reason', async () => {
    expect(await k.call('workerA', 'transition', { id: ID, to: 'adopted' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'to', message: '不能从“待受理”改为“已采纳”；下一步可以是：已受理' }
    })
    await force(k, 'in_progress')
    expect(await k.call('workerA', 'transition', { id: ID, to: 'adopted' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '改为“已采纳”需要街道或区级管理员操作' }
    })
    expect(await k.call('street', 'transition', { id: ID, to: 'rejected' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'note' }
    })
    expect(await k.call('street', 'transition', { id: ID, to: 'rejected', note: '已有同类设施在建' })).toMatchObject({
      ok: true,
      data: { status: 'rejected' }
    })
    expect(await k.call('street', 'transition', { id: ID, to: 'rejected', note: '已有同类设施在建' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
  })

  it('of two changes made on the same revision, exactly one gets in', async () => {
    const results = await Promise.all([
      k.call('workerA', 'transition', { id: ID, to: 'accepted', rev: 0 }),
      k.call('street', 'transition', { id: ID, to: 'accepted', rev: 0 })
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } })
    expect((await k.stored(ID))!.history).toHaveLength(2)
  })

  it('refuses a change made on a stale view, and a claim that never landed is reclaimed', async () => {
    await k.call('workerA', 'transition', { id: ID, to: 'accepted' })
    expect(await k.call('workerA', 'transition', { id: ID, to: 'in_progress', rev: 0 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    // A function that died after claiming rev 2: the claim blocks for a minute, then is taken over.
    await k.repo
      .collection<{ _id: string; kind: string; at: string }>('audit_log')
      .insert({ _id: `${ID}@2`, kind: 'transition', at: k.now().toISOString() })
    expect(await k.call('workerA', 'transition', { id: ID, to: 'in_progress' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    k.advance(61_000)
    expect(await k.call('workerA', 'transition', { id: ID, to: 'in_progress', rev: 1 })).toMatchObject({
      ok: true,
      data: { status: 'in_progress', rev: 2 }
    })
  })
})
