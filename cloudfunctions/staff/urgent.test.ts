// A child in danger: words that suggest it flag the row urgent at submit; the street admin and the
// district's 儿童保护联系人 are told at once (no hourly cap); the flag is in the audit log; the
// row never reaches the board, the similar ones before sending or the public figures, even once
// adopted and approved. 标记紧急 does the same for what the words missed.
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { AuditEntry } from '../../server/services/audit'
import { COMMUNITY_A, STREET, WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const DANGER = '爸爸喝了酒就打我'
const data = (r: { ok: boolean; data?: any }) => r.data

describe('urgent: a child may be in danger', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const notices = async () =>
    k.repo.collection<NotificationRecord>('notifications').find({ kind: 'new_suggestion' }, { limit: 100 })
  const subscribe = async (who: 'workerA' | 'street' | 'district', times = 1) => {
    for (let i = 0; i < times; i++) await k.call(who, 'subscribeNotice', { accepted: true })
  }
  const makeDistrictContact = async () => {
    const list = await k.call('district', 'listStaff')
    const me = data(list).items.find((s: { id: string }) => s.id === 'demo-staff-district')
    const saved = await k.call('district', 'saveStaff', {
      staff: { id: me.id, role: 'district_admin', scope: {}, name: me.name, active: true, safeguardingContact: true }
    })
    expect(saved).toMatchObject({ ok: true, data: { safeguardingContact: true } })
  }
  const child = (id: string, text: string) => ({ ...childInA, id, text, contact: undefined, consent: undefined })

  it('flags the row from its words, writes the audit log and tells the street admin and the contact at once', async () => {
    await makeDistrictContact()
    await subscribe('street', 3)
    await subscribe('district', 3)
    // The hourly cap is spent by an ordinary suggestion first: the urgent one goes anyway.
    expect(await k.submit('dev-kid0', child('flag-0-0001', '想要秋千'))).toMatchObject({ ok: true })
    expect(await k.submit('dev-kid', child('flag-a-0001', DANGER))).toMatchObject({ ok: true })

    const row = await k.stored('flag-a-0001')
    expect(row?.urgent).toMatchObject({ source: 'words', by: '系统', reason: '文字提示：可能被伤害' })
    const urgent = (await notices()).filter((n) => n.suggestionId === 'flag-a-0001')
    expect(urgent.map((n) => n.touser).sort()).toEqual([WHO.street, WHO.district].sort())
    for (const n of urgent) {
      expect(n.data.thing1.value).toBe('紧急：可能有孩子需要帮助')
      expect(JSON.stringify(n)).not.toContain('打我')
    }
    const [entry] = await k.repo
      .collection<AuditEntry>('audit_log')
      .find({ kind: 'urgent', suggestionId: 'flag-a-0001' }, { limit: 5 })
    expect(entry).toMatchObject({ actorRole: 'system', detail: { source: 'words', reason: '文字提示：可能被伤害' } })
    expect(JSON.stringify(entry)).not.toContain('打我')

    // Staff see it first as 紧急; the author sees nothing of the flag.
    const inbox = await k.call('street', 'inbox', {})
    expect(data(inbox).items.find((i: { id: string }) => i.id === 'flag-a-0001')).toMatchObject({ urgent: true })
    const mine = await k.citizen('dev-kid', 'get', { id: 'flag-a-0001' })
    expect(JSON.stringify(mine)).not.toContain('urgent')
  })

  it('never shows an urgent row in public, even adopted with its words approved', async () => {
    await k.submit('dev-kid', child('flag-b-0001', DANGER))
    await k.submit('dev-kid2', child('flag-b-0002', '想要秋千'))
    for (const id of ['flag-b-0001', 'flag-b-0002']) {
      const view = await k.call('street', 'get', { id })
      await k.call('street', 'publish', { id, title: data(view).title, text: data(view).text, rev: data(view).rev })
      for (const to of ['accepted', 'in_progress', 'adopted']) {
        const v = await k.call('street', 'get', { id })
        expect(await k.call('street', 'transition', { id, to, rev: data(v).rev })).toMatchObject({ ok: true })
      }
    }
    const board = await k.citizen('dev-other', 'listPublic', {})
    expect(data(board).items.map((i: { id: string }) => i.id)).toEqual(['flag-b-0002'])
    const similar = await k.citizen('dev-other', 'similar', { topic: childInA.topic, street: STREET })
    expect(data(similar).items.map((i: { id: string }) => i.id)).toEqual(['flag-b-0002'])
    const stats = await k.citizen('dev-other', 'stats', {})
    expect(JSON.stringify(data(stats).byStreetMonth)).not.toContain('"adopted":2')
    expect(await k.citizen('dev-other', 'support', { id: 'flag-b-0001' })).toMatchObject({ ok: false })
  })

  it('标记紧急: any staff member flags what the words missed, with a reason, and the same people are told', async () => {
    await k.submit('dev-kid', child('flag-c-0001', '我画了一幅画'))
    // After the ordinary notice of its arrival (which would have used an earlier 订阅).
    await subscribe('street')
    const before = await k.call('workerA', 'get', { id: 'flag-c-0001' })
    expect(data(before).allowed.markUrgent).toBe(true)
    expect(await k.call('workerA', 'markUrgent', { id: 'flag-c-0001', reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'reason' }
    })
    const marked = await k.call('workerA', 'markUrgent', {
      id: 'flag-c-0001',
      reason: '画里有人被打',
      rev: data(before).rev
    })
    expect(marked).toMatchObject({
      ok: true,
      data: { urgent: { source: 'staff', reason: '画里有人被打' }, allowed: { markUrgent: false } }
    })
    const told = (await notices()).filter(
      (n) => n.suggestionId === 'flag-c-0001' && n.data.thing1.value.startsWith('紧急')
    )
    expect(told.map((n) => n.touser)).toEqual([WHO.street])
    const audit = await k.call('district', 'auditLog', { kind: 'urgent' })
    expect(data(audit).items[0]).toMatchObject({
      kind: 'urgent',
      suggestionId: 'flag-c-0001',
      detail: { reason: '画里有人被打' }
    })
    // Outside the caller's area answers like a missing row.
    expect(await k.call('workerB', 'markUrgent', { id: 'flag-c-0001', reason: '再标一次' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('only a district admin can be the district’s 儿童保护联系人', async () => {
    const r = await k.call('district', 'saveStaff', {
      staff: {
        openid: 'o-new-street-admin',
        role: 'street_admin',
        scope: { street: STREET },
        name: '新管理员',
        safeguardingContact: true
      }
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'safeguardingContact' } })
    void COMMUNITY_A
  })
})
