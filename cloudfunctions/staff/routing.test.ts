// 转办 through the staff function: to a department that then sees and answers it, triage of a
// child's suggestion without a community, handing back to the street, retries, refusals, and the
// departments a district admin configures.
import type { NotificationRecord } from '../../server/adapters/notifier'
import type { AuditEntry } from '../../server/services/audit'
import { historyWords } from '../../src/domain/suggestions/timeline-words'
import { stepNote } from '../../tests/fixtures/staff'
import { adultInA, childInA, COMMUNITY_B, STREET, staffKit, type StaffKit } from '../../tests/server/test-kit'

const TRAFFIC = 'demo-dept-traffic'
const rev = async (k: StaffKit, id: string) => (await k.stored(id))!.rev ?? 0
const inboxIds = async (k: StaffKit, who: string) => {
  const r = await k.call(who, 'inbox', { pageSize: 50 })
  expect(r).toMatchObject({ ok: true })
  return (r.ok ? r.data.items : []).map((i: { id: string }) => i.id)
}
const messagesTo = async (k: StaffKit, touser: string) =>
  (await k.repo.collection<NotificationRecord>('notifications').find({ touser }, { limit: 100 })).map(
    (m) => m.data.thing3.value
  )

describe('转办', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    await k.submit('dev-parent', adultInA)
  })
  afterEach(() => k.cleanup())

  it('a street admin hands a crossing suggestion to 交巡警, which sees it, answers it; the author reads where and why', async () => {
    expect(await inboxIds(k, 'department')).toEqual([])
    expect(await k.call('department', 'get', { id: adultInA.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })

    const moved = await k.call('street', 'transfer', {
      id: adultInA.id,
      to: { kind: 'department', id: TRAFFIC },
      reason: 'responsibility',
      note: '路口信号灯由交巡警负责',
      rev: await rev(k, adultInA.id)
    })
    expect(moved).toMatchObject({ ok: true, data: { department: { id: TRAFFIC, name: '交巡警（示例）' } } })

    // The department sees it in its inbox and acts; the community still sees it (it is still there).
    expect(await inboxIds(k, 'department')).toEqual([adultInA.id])
    expect(await inboxIds(k, 'workerA')).toContain(adultInA.id)
    expect(await k.call('department', 'transition', { id: adultInA.id, to: 'accepted' })).toMatchObject({ ok: true })
    const answered = await k.call('department', 'reply', {
      id: adultInA.id,
      clientId: 'dept-reply-0001',
      text: '已安排在上下学时段增派警力护学，并评估增设信号灯。'
    })
    expect(answered).toMatchObject({ ok: true, data: { suggestion: { replies: [{ by: '示例交巡警 · 渝中' }] } } })

    // The author: 转办 in the timeline with the reason and the note, the reply, a message for each.
    const mine = await k.citizen('dev-parent', 'get', { id: adultInA.id })
    expect(mine.ok).toBe(true)
    if (!mine.ok) return
    const transferred = mine.data.history.find((h: { event?: string }) => h.event === 'transferred')
    expect(historyWords(transferred, false)).toBe(
      '转办给交巡警（示例）：这件事由对方负责办理（路口信号灯由交巡警负责）'
    )
    expect(JSON.stringify(mine.data)).not.toContain(TRAFFIC)
    expect(mine.data.replies.map((r: { text: string }) => r.text)).toEqual([
      '已安排在上下学时段增派警力护学，并评估增设信号灯。'
    ])
    expect(await messagesTo(k, 'dev-parent')).toEqual([
      '已转办给交巡警（示例）',
      '工作人员已受理',
      // thing3 holds 20 characters.
      '已安排在上下学时段增派警力护学，并评估…'
    ])

    // One audit entry, naming from whom and to whom.
    const entries = await k.repo.collection<AuditEntry>('audit_log').find({ kind: 'transfer' }, { limit: 10 })
    expect(entries.map((e) => e.detail)).toEqual([
      expect.objectContaining({
        from: '解放碑街道大井巷社区',
        to: '交巡警（示例）',
        reason: 'responsibility',
        notification: 'recorded'
      })
    ])
  })

  it('a retried transfer is stored and told once', async () => {
    const request = {
      id: adultInA.id,
      to: { kind: 'department', id: TRAFFIC },
      reason: 'expertise',
      rev: await rev(k, adultInA.id)
    }
    expect(await k.call('street', 'transfer', request)).toMatchObject({ ok: true })
    expect(await k.call('street', 'transfer', request)).toMatchObject({ ok: true })
    const stored = (await k.stored(adultInA.id))!
    expect(stored.history.filter((h) => h.event === 'transferred')).toHaveLength(1)
    expect(await messagesTo(k, 'dev-parent')).toEqual(['已转办给交巡警（示例）'])
  })

  it('a worker hands it back to the street: out of their sight, and their retry is still answered', async () => {
    const request = {
      id: adultInA.id,
      to: { kind: 'street', code: STREET },
      reason: 'location',
      rev: await rev(k, adultInA.id)
    }
    expect(await k.call('workerA', 'transfer', request)).toMatchObject({ ok: true })
    const stored = (await k.stored(adultInA.id))!
    expect(stored.community).toBeUndefined()
    expect(stored.street).toBe(STREET)
    expect(await inboxIds(k, 'workerA')).not.toContain(adultInA.id)
    expect(await k.call('workerA', 'transfer', request)).toMatchObject({ ok: true })
    expect((await k.stored(adultInA.id))!.history.filter((h) => h.event === 'transferred')).toHaveLength(1)
    expect(await k.call('workerA', 'get', { id: adultInA.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('a child’s suggestion without a community: the street admin passes it to a community; the child reads it in child words', async () => {
    const noCommunity = { ...childInA, id: 'child-no-community-1', community: undefined }
    expect(await k.submit('dev-kid', noCommunity)).toMatchObject({ ok: true })
    expect(await inboxIds(k, 'workerB')).not.toContain(noCommunity.id)
    expect(await inboxIds(k, 'street')).toContain(noCommunity.id)
    // 待分派: the street admin's rows without a community; a worker's inbox is never widened by it.
    const triage = async (who: string) => {
      const r = await k.call(who, 'inbox', { filter: { noCommunity: true }, pageSize: 50 })
      return (r.ok ? r.data.items : []).map((i: { id: string }) => i.id)
    }
    expect(await triage('street')).toEqual([noCommunity.id])
    expect(await triage('workerA')).toEqual([adultInA.id])
    const moved = await k.call('street', 'transfer', {
      id: noCommunity.id,
      to: { kind: 'community', code: COMMUNITY_B },
      reason: 'triage',
      note: '儿童游乐设施归社区管理'
    })
    expect(moved).toMatchObject({ ok: true, data: { community: COMMUNITY_B, communityName: '自力巷' } })
    expect(await inboxIds(k, 'workerB')).toContain(noCommunity.id)
    expect(await inboxIds(k, 'workerA')).not.toContain(noCommunity.id)
    expect(await triage('street')).toEqual([])
    const mine = await k.citizen('dev-kid', 'get', { id: noCommunity.id })
    const entry = mine.ok && mine.data.history.find((h: { event?: string }) => h.event === 'transferred')
    // The adult's note is not what a child reads.
    expect(historyWords(entry, true)).toBe('你的建议交给了解放碑街道自力巷社区，因为社区的叔叔阿姨离你最近。')
    expect(await messagesTo(k, 'dev-kid')).toEqual(['你的建议交给了解放碑街道自力巷社区'])
  })

  it('refuses, in Chinese, what may not be done', async () => {
    const to = { kind: 'department', id: TRAFFIC }
    expect(await k.call('citizen', 'transfer', { id: adultInA.id, to, reason: 'expertise' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    // A department cannot take what was not handed to it.
    expect(
      await k.call('department', 'transfer', {
        id: adultInA.id,
        to: { kind: 'street', code: STREET },
        reason: 'location'
      })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(
      await k.call('street', 'transfer', {
        id: adultInA.id,
        to: { kind: 'department', id: 'nope' },
        reason: 'expertise'
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'to', message: '请选择转给哪个社区、街道或部门' }
    })
    expect(await k.call('street', 'transfer', { id: adultInA.id, to })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'reason', message: '请选择转办原因' }
    })
    for (const status of ['accepted', 'in_progress', 'adopted', 'closed'])
      expect(await k.call('street', 'transition', { id: adultInA.id, to: status, ...stepNote(status) })).toMatchObject({
        ok: true
      })
    expect(await k.call('street', 'transfer', { id: adultInA.id, to, reason: 'expertise' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/已办结.*转办|转办/) }
    })
  })
})

describe('departments', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  it('the district admin adds and switches off a department; staff are offered only active ones', async () => {
    const add = { department: { id: 'dept-new-000001', create: true, name: '区住建委', topics: ['play'] } }
    const saved = await k.call('district', 'saveDepartment', add)
    expect(saved).toMatchObject({ ok: true, data: { name: '区住建委', topics: ['play'], active: true } })
    const id = saved.ok ? saved.data._id : ''
    // The same add sent again (its answer lost): the same department, one entry in the log.
    expect(await k.call('district', 'saveDepartment', add)).toMatchObject({ ok: true, data: { _id: id } })
    expect(
      await k.call('district', 'saveDepartment', { department: { ...add.department, name: '区体育局' } })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(
      await k.call('district', 'saveDepartment', { department: { id, name: '区住建委', topics: [], active: false } })
    ).toMatchObject({
      ok: true,
      data: { active: false }
    })
    const forWorker = await k.call('workerA', 'departments')
    expect(forWorker.ok && forWorker.data.items.map((d: { name: string }) => d.name)).not.toContain('区住建委')
    const forDistrict = await k.call('district', 'departments')
    expect(forDistrict.ok && forDistrict.data.items.map((d: { name: string }) => d.name)).toContain('区住建委')
    const log = await k.repo.collection<AuditEntry>('audit_log').find({ kind: 'save_department' }, { limit: 10 })
    expect(log).toHaveLength(2)
  })

  it('refuses a worker, a bad name, and a department staff member of a department that is not there', async () => {
    expect(
      await k.call('workerA', 'saveDepartment', {
        department: { id: 'dept-new-2', create: true, name: '区住建委', topics: [] }
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(
      await k.call('district', 'saveDepartment', {
        department: { id: 'dept-new-3', create: true, name: '区', topics: [] }
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'name' }
    })
    const staff = {
      openid: 'o-new-department-1',
      role: 'department_staff',
      name: '李警官',
      scope: { department: 'nope' }
    }
    expect(await k.call('district', 'saveStaff', { staff })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'scope.department', message: '请选择一个启用中的部门' }
    })
    const added = await k.call('district', 'saveStaff', { staff: { ...staff, scope: { department: TRAFFIC } } })
    expect(added).toMatchObject({
      ok: true,
      data: { roleLabel: '部门工作人员', scope: { label: '交巡警（示例）', department: { id: TRAFFIC } } }
    })
    const me = await k.me('department')
    expect(me).toMatchObject({
      ok: true,
      data: { scope: { label: '交巡警（示例）' }, can: { transfer: true, enter: false } }
    })
  })
})
