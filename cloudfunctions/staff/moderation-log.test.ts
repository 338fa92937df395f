// The moderation page's history and originals, and the audit log viewer's filters (person,
// month, paging), checked on the real handlers over SQLite.
import { suggestionTitle } from '../../src/domain/suggestions/model'
import { REDACTED } from '../../src/domain/staff/mask'
import { childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const data = <T>(r: { ok: boolean; data?: T }): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`)
  return r.data as T
}

describe('moderation history', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  async function moderated(id: string) {
    await k.submit('dev-kid', { ...childInA, id, contact: undefined, consent: undefined, text: '我叫王小明，想要秋千' })
    expect(await k.call('workerA', 'moderate', { id, op: 'redact', spans: ['王小明'] })).toMatchObject({ ok: true })
    k.advance(60_000)
    expect(await k.call('workerA', 'moderate', { id, op: 'hide', reason: '等家长确认' })).toMatchObject({ ok: true })
    k.advance(60_000)
    expect(await k.call('street', 'moderate', { id, op: 'unhide' })).toMatchObject({ ok: true })
    k.advance(60_000)
    // Not moderation: a status change stays out of this history.
    expect(await k.call('workerA', 'transition', { id, to: 'accepted' })).toMatchObject({ ok: true })
  }

  it('lists each step newest first with who, what and why, and no openid', async () => {
    const id = 'mod-history-01'
    await moderated(id)
    const log = data<{ items: Array<Record<string, unknown>> }>(await k.call('workerA', 'moderationLog', { id }))
    expect(log.items).toEqual([
      { at: '2026-11-28T02:02:00.000Z', by: '示例街道管理员 · 解放碑', role: 'street_admin', op: 'unhide' },
      {
        at: '2026-11-28T02:01:00.000Z',
        by: '示例社工 · 大井巷',
        role: 'community_worker',
        op: 'hide',
        reason: '等家长确认'
      },
      {
        at: '2026-11-28T02:00:00.000Z',
        by: '示例社工 · 大井巷',
        role: 'community_worker',
        op: 'redact',
        field: 'text',
        count: 1
      }
    ])
    expect(JSON.stringify(log)).not.toContain('dev-')
  })

  it('is refused outside the area and to citizens', async () => {
    const id = 'mod-history-02'
    await moderated(id)
    expect(await k.call('workerB', 'moderationLog', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await k.call('citizen', 'moderationLog', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('shows the redacted original to the district admin only', async () => {
    const id = 'mod-history-03'
    await moderated(id)
    const district = data<{ text: string; original?: { text?: string } }>(await k.call('district', 'get', { id }))
    expect(district.text).toBe(`我叫${REDACTED}，想要秋千`)
    expect(district.original?.text).toBe('我叫王小明，想要秋千')
    for (const who of ['street', 'workerA'])
      expect(data<{ original?: unknown }>(await k.call(who, 'get', { id }))).not.toHaveProperty('original')
  })
})

describe('audit log filters', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit('2026-10-31T15:30:00.000Z') // 2026-10-31 23:30 in China: still October there
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const openAs = async (who: 'workerA' | 'street', id: string, purpose: string) =>
    expect(await k.call(who, 'openContact', { id, purpose })).toMatchObject({ ok: true })

  it('filters by person and by China calendar month on the server, newest first', async () => {
    await k.submit('dev-kid', { ...childInA, id: 'audit-contact-1' })
    await openAs('workerA', 'audit-contact-1', '回电话')
    k.setNow('2026-10-31T16:30:00.000Z') // 2026-11-01 00:30 in China
    await openAs('street', 'audit-contact-1', '核实地址')
    k.advance(60_000)
    await openAs('workerA', 'audit-contact-1', '告知结果')

    const list = async (body: Record<string, unknown>) =>
      data<{ items: Array<{ actorName: string; detail?: { purpose?: string } }> }>(
        await k.call('district', 'auditLog', { kind: 'open_contact', ...body })
      ).items.map((e) => `${e.actorName}:${e.detail?.purpose}`)

    expect(await list({ month: '2026-11' })).toEqual(['示例社工 · 大井巷:告知结果', '示例街道管理员 · 解放碑:核实地址'])
    expect(await list({ month: '2026-10' })).toEqual(['示例社工 · 大井巷:回电话'])
    expect(await list({ staffId: 'demo-staff-worker' })).toEqual([
      '示例社工 · 大井巷:告知结果',
      '示例社工 · 大井巷:回电话'
    ])
    expect(await list({ staffId: 'demo-staff-worker', month: '2026-11' })).toEqual(['示例社工 · 大井巷:告知结果'])
    expect(await list({ staffId: 'demo-staff-district' })).toEqual([])
    // Each entry names its suggestion as staff call it; a deleted one has no title to give.
    const named = data<{ items: Array<{ suggestionId?: string; suggestionTitle?: string }> }>(
      await k.call('district', 'auditLog', { kind: 'open_contact' })
    ).items
    const stored = (await k.stored('audit-contact-1'))!
    expect(named.map((e) => e.suggestionTitle)).toEqual(named.map(() => suggestionTitle(stored)))
    expect(named[0].suggestionTitle).toBeTruthy()
    await k.repo.collection('suggestions').remove('audit-contact-1')
    const gone = data<{ items: Array<{ suggestionTitle?: string }> }>(
      await k.call('district', 'auditLog', { kind: 'open_contact' })
    ).items
    expect(gone.every((e) => e.suggestionTitle === undefined)).toBe(true)
  })

  it('refuses a month or person it cannot read, in words', async () => {
    for (const month of ['2026-13', '2026/11', 'november', 202611])
      expect(await k.call('district', 'auditLog', { month })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'month', message: '月份无效，请选择列表中的月份' }
      })
    expect(await k.call('district', 'auditLog', { staffId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'staffId' }
    })
    expect(await k.call('street', 'auditLog', { month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('pages through a month 50 at a time', async () => {
    await k.submit('dev-kid', { ...childInA, id: 'audit-contact-2' })
    k.setNow('2026-11-02T01:00:00.000Z')
    for (let i = 0; i < 55; i++) {
      k.advance(1000)
      await openAs('workerA', 'audit-contact-2', `第${i + 1}次`)
    }
    const first = data<{ items: unknown[]; next: string | null }>(
      await k.call('district', 'auditLog', { month: '2026-11', staffId: 'demo-staff-worker' })
    )
    expect(first.items).toHaveLength(50)
    expect(first.next).not.toBeNull()
    const second = data<{ items: Array<{ detail?: { purpose?: string } }>; next: string | null }>(
      await k.call('district', 'auditLog', { month: '2026-11', staffId: 'demo-staff-worker', cursor: first.next })
    )
    expect(second.items.map((e) => e.detail?.purpose)).toEqual(['第5次', '第4次', '第3次', '第2次', '第1次'])
    expect(second.next).toBeNull()
  })
})
