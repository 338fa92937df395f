// 邀请加入 on SQLite: a district admin prepares a staff place and gets a code (no openid typed);
// the person joins with it and is that staff member from the next call; the code works once,
// within its days, and a retry after a lost answer finds the person joined.
import { dispatch } from '../../server/function'
import type { CloudResult } from '../../src/domain/errors'
import { DAY_MS } from '../../src/domain/clock'
import type { StaffView } from '../../src/domain/staff/api'
import { staffKit, type StaffKit } from '../../tests/server/test-kit'
import { contextFor } from '../../tests/server/test-context'
import { userFunction } from './handler'

const NEW_WORKER = 'o-new-worker-0001'
const PLACE = {
  inviteId: 'staff-invite-0001',
  role: 'community_worker',
  name: '王社工',
  scope: { communities: ['500103003019'] },
  active: true
}

describe('邀请加入 (SQLite)', () => {
  let k: StaffKit
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const user = async (who: string, action: string, body = {}) =>
    (await dispatch(userFunction, { action, ...body }, await contextFor(k.repo, who, k.now))) as CloudResult<any>
  const data = (r: CloudResult<any>) => {
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }
  const prepared = async (): Promise<StaffView> => {
    const r = await k.call('district', 'saveStaff', { staff: PLACE })
    if (!r.ok) throw new Error(r.error.message)
    return r.data
  }

  it('a district admin prepares a place and gets a code, once under a retry; nobody is that staff member yet', async () => {
    const place = await prepared()
    expect(place).toMatchObject({ name: '王社工', roleLabel: '社区工作者', openidHint: '', active: true })
    expect(place.invite).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    expect((await prepared()).invite).toBe(place.invite)
    // The same id with a different area (the admin changed the form after a lost answer): refused,
    // never the first place's rights under the new form's words.
    expect(
      await k.call('district', 'saveStaff', { staff: { ...PLACE, scope: { communities: ['500103003018'] } } })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const listed = await k.call('district', 'listStaff')
    expect(data(listed).items.filter((s: StaffView) => s.name === '王社工')).toHaveLength(1)
    // The code in the openid field makes nobody staff, whatever a caller claims to be.
    const stored = await k.repo.collection<{ _id: string; openid: string }>('staff').get(PLACE.inviteId)
    expect(data(await user(stored!.openid, 'whoami')).role).toBe('citizen')
    expect(await k.call('workerA', 'saveStaff', { staff: { ...PLACE, inviteId: 'staff-invite-0002' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
  })

  it('the person joins with the code and works in that place; the code works once; a retry finds them joined', async () => {
    const { invite } = await prepared()
    expect(await user(NEW_WORKER, 'joinStaff', { code: 'ZZZZ-ZZZZ' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'code' }
    })
    expect(await user(NEW_WORKER, 'joinStaff', { code: invite!.toLowerCase() })).toEqual({
      ok: true,
      data: { roleLabel: '社区工作者', name: '王社工', scopeLabel: '解放碑街道 · 大井巷社区', replayed: false }
    })
    const me = await user(NEW_WORKER, 'whoami')
    expect(data(me)).toMatchObject({ role: 'community_worker', name: '王社工' })
    expect(await user(NEW_WORKER, 'joinStaff', { code: invite })).toMatchObject({ ok: true, data: { replayed: true } })
    expect(await user('o-someone-else', 'joinStaff', { code: invite })).toMatchObject({ ok: false })
    const listed = await k.call('district', 'listStaff')
    const row = data(listed).items.find((s: StaffView) => s.name === '王社工')
    expect(row.invite).toBeUndefined()
    expect(row.openidHint).not.toBe('')
    const log = await k.repo.collection('audit_log').find({ kind: 'save_staff' })
    expect(log.map((e: any) => e.detail)).toEqual(
      expect.arrayContaining([expect.objectContaining({ joined: true }), expect.objectContaining({ invited: true })])
    )
    expect(log).toHaveLength(2)
  })

  it('someone switched off is told to ask for their place back, not answered as joined', async () => {
    const { invite } = await prepared()
    data(await user(NEW_WORKER, 'joinStaff', { code: invite }))
    data(
      await k.call('district', 'saveStaff', {
        staff: { ...PLACE, inviteId: undefined, id: PLACE.inviteId, active: false }
      })
    )
    const second = data(
      await k.call('district', 'saveStaff', { staff: { ...PLACE, inviteId: 'staff-invite-0009', name: '王社工二' } })
    )
    expect(await user(NEW_WORKER, 'joinStaff', { code: second.invite })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('重新启用') }
    })
    expect(data(await user(NEW_WORKER, 'whoami')).role).toBe('citizen')
  })

  it('refuses an expired code, and someone who is already staff', async () => {
    const { invite } = await prepared()
    expect(await user('dev-worker-jiefangbei', 'joinStaff', { code: invite })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '你已经在工作人员名单中了，不需要邀请码' }
    })
    k.advance(8 * DAY_MS)
    expect(await user(NEW_WORKER, 'joinStaff', { code: invite })).toMatchObject({
      ok: false,
      error: { message: '这个邀请码已过期，请让管理员重新生成' }
    })
    const listed = await k.call('district', 'listStaff')
    expect(data(listed).items.find((s: StaffView) => s.name === '王社工')).toMatchObject({ inviteExpired: true })
  })
})
