// 指派 and 内部备注 through the staff function: a worker takes a case, an admin assigns it to a
// named worker who then finds it under 我负责的; notes staff write for each other are stored once
// and never reach the author; what may not be done is refused in Chinese.
import { adultInA, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'

const NOTE_ID = 'note-client-0001'
const rev = async (k: StaffKit, id: string) => (await k.stored(id))!.rev ?? 0
const mineIds = async (k: StaffKit, who: string) => {
  const r = await k.call(who, 'inbox', { filter: { mine: true }, pageSize: 50 })
  expect(r).toMatchObject({ ok: true })
  return (r.ok ? r.data.items : []).map((i: { id: string }) => i.id)
}

describe('指派', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    await k.submit('dev-parent', adultInA)
    await k.submit('dev-kid', childInA)
  })
  afterEach(() => k.cleanup())

  it('a worker takes a case (我来负责), finds it under 我负责的, and lets it go', async () => {
    const taken = await k.call('workerA', 'assign', {
      id: adultInA.id,
      staffId: 'me',
      rev: await rev(k, adultInA.id)
    })
    expect(taken).toMatchObject({ ok: true, data: { assignee: { name: '示例社工 · 大井巷', isMe: true } } })
    expect(JSON.stringify(taken)).not.toContain('dev-worker-jiefangbei')
    expect(await mineIds(k, 'workerA')).toEqual([adultInA.id])
    expect(await mineIds(k, 'street')).toEqual([])
    const inbox = await k.call('street', 'inbox', { pageSize: 50 })
    expect(inbox.ok && inbox.data.items.find((i: { id: string }) => i.id === adultInA.id)).toMatchObject({
      assigneeName: '示例社工 · 大井巷'
    })
    expect(await k.call('workerA', 'assign', { id: adultInA.id, staffId: null })).toMatchObject({ ok: true })
    expect((await k.stored(adultInA.id))!.assignee).toBeUndefined()
  })

  it('the street admin assigns it to a named worker who can work on it; the author never sees who', async () => {
    const people = await k.call('street', 'assignees', { id: adultInA.id })
    expect(people.ok && people.data.items.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['示例社工 · 大井巷', '示例街道管理员 · 解放碑', '示例区级管理员'])
    )
    // 自力巷's worker does not look after 大井巷.
    expect(people.ok && people.data.items.map((p: { name: string }) => p.name)).not.toContain('示例社工 · 自力巷')
    expect(await k.call('street', 'assign', { id: adultInA.id, staffId: 'demo-staff-worker-zilixiang' })).toMatchObject(
      { ok: false, error: { code: 'VALIDATION', field: 'staffId', message: '这位工作人员不负责这条建议所在的范围' } }
    )
    expect(await k.call('street', 'assign', { id: adultInA.id, staffId: 'demo-staff-worker' })).toMatchObject({
      ok: true,
      data: { assignee: { name: '示例社工 · 大井巷', by: '示例街道管理员 · 解放碑', isMe: false } }
    })
    expect(await mineIds(k, 'workerA')).toEqual([adultInA.id])
    const mine = await k.citizen('dev-parent', 'get', { id: adultInA.id })
    expect(JSON.stringify(mine)).not.toContain('示例社工 · 大井巷')
  })

  it('a worker may not assign others or let go of someone else’s case; a 转办 lets go of it', async () => {
    expect(await k.call('workerA', 'assign', { id: adultInA.id, staffId: 'demo-staff-street' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '指派给其他人需要街道或区级管理员操作' }
    })
    await k.call('street', 'assign', { id: adultInA.id, staffId: 'demo-staff-street' })
    expect(await k.call('workerA', 'assign', { id: adultInA.id, staffId: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await k.call('district', 'assign', { id: adultInA.id, staffId: 'me' })).toMatchObject({ ok: true })
    expect(await k.call('citizen', 'assign', { id: adultInA.id, staffId: 'me' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await k.call('street', 'assign', { id: adultInA.id, staffId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'staffId', message: '请选择一位工作人员' }
    })
    await k.call('street', 'transfer', {
      id: adultInA.id,
      to: { kind: 'department', id: 'demo-dept-traffic' },
      reason: 'responsibility'
    })
    expect((await k.stored(adultInA.id))!.assignee).toBeUndefined()
  })
})

describe('内部备注', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
    await k.submit('dev-kid', childInA)
  })
  afterEach(() => k.cleanup())

  it('staff read each other’s notes; a resend stores one; the author, the board and the audit log never carry the words', async () => {
    const note = { id: childInA.id, clientId: NOTE_ID, text: '已和家长约好周六一起去现场看滑梯' }
    expect(await k.call('workerA', 'addNote', note)).toMatchObject({
      ok: true,
      data: { internalNotes: [{ by: '示例社工 · 大井巷', text: '已和家长约好周六一起去现场看滑梯' }] }
    })
    expect(await k.call('workerA', 'addNote', note)).toMatchObject({ ok: true })
    expect((await k.stored(childInA.id))!.internalNotes).toHaveLength(1)
    const street = await k.call('street', 'get', { id: childInA.id })
    expect(street.ok && street.data.internalNotes).toHaveLength(1)

    const author = await k.citizen('dev-kid', 'get', { id: childInA.id })
    expect(JSON.stringify(author)).not.toContain('周六一起去现场')
    const logged = await k.repo.collection('audit_log').find({ kind: 'internal_note' })
    expect(logged).toHaveLength(1)
    expect(JSON.stringify(logged)).not.toContain('周六')
  })

  it('refuses an empty note, a bad id and a citizen, in Chinese', async () => {
    expect(await k.call('workerA', 'addNote', { id: childInA.id, clientId: NOTE_ID, text: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'text', message: '备注请写 2—300 个字' }
    })
    expect(await k.call('workerA', 'addNote', { id: childInA.id, clientId: 'x', text: '已联系' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'clientId' }
    })
    expect(await k.call('citizen', 'addNote', { id: childInA.id, clientId: NOTE_ID, text: '已联系' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })
})
