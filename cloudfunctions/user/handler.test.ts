import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { seedDemoData } from '../../server/local/seed'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import type { WhoAmI } from '../../src/domain/cloud-api'
import { staffMe } from '../../src/domain/staff/me'
import { callerDepartmentName } from '../../server/services/departments'
import { staffFunction } from '../staff/handler'
import { userFunction } from './handler'

describe('user cloud function (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  const now = () => new Date('2026-11-28T02:00:00Z')
  const ctxFor = (openid: string | null) => contextFor(t.repo, openid, now)

  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo, now())
  })
  afterEach(() => t.cleanup())

  it('answers whoami for a citizen without exposing the openid', async () => {
    const r = await dispatch(userFunction, { action: 'whoami' }, await ctxFor('o-citizen-12345678'))
    expect(r).toEqual({
      ok: true,
      data: {
        idHint: '…5678',
        role: 'citizen',
        roleLabel: '居民',
        scope: {},
        backend: 'local',
        // The template the server's notifier sends with, so the app asks for that one.
        subscribeTemplateId: 'local-reply-template',
        // Parents subscribe to activity changes with it when they sign up.
        activityTemplateId: 'local-activity-template',
        // …and to the reminder the day before, in the same tap.
        activityReminderTemplateId: 'local-activity-reminder-template',
        // Nothing a citizen may do in the staff workspace.
        staff: expect.objectContaining({
          role: 'citizen',
          transitions: [],
          scope: expect.objectContaining({ all: false })
        })
      }
    })
    expect(r.ok && Object.values((r.data as WhoAmI).staff!.can).some(Boolean)).toBe(false)
  })

  it('finds staff in the allowlist by openid', async () => {
    const r = await dispatch(userFunction, { action: 'whoami' }, await ctxFor(DEV_IDENTITIES.worker.openid))
    expect(r.ok && r.data).toMatchObject({
      role: 'community_worker',
      roleLabel: '社区工作者',
      scope: { communities: ['500103003019'] },
      // Staff are also told the template of 新建议提醒 (a citizen is not: see above).
      staffNoticeTemplateId: 'local-new-suggestion-template'
    })
  })

  it('tells the staff pages their role, area and rights, so the app asks who-am-I once (the one identity source)', async () => {
    for (const openid of [DEV_IDENTITIES.worker.openid, DEV_IDENTITIES.district.openid, 'o-citizen']) {
      const ctx = await ctxFor(openid)
      const who = await dispatch(userFunction, { action: 'whoami' }, ctx)
      expect(who.ok).toBe(true)
      if (who.ok)
        expect((who.data as { staff?: unknown }).staff).toEqual(staffMe(ctx.caller, await callerDepartmentName(ctx)))
    }
    // staff.me, its old twin, is gone: a client asking it is told the action does not exist.
    const gone = await dispatch(staffFunction, { action: 'me' }, await ctxFor(DEV_IDENTITIES.worker.openid))
    expect(gone.ok).toBe(false)
  })

  it('ignores a role claimed in the payload', async () => {
    const r = await dispatch(
      userFunction,
      { action: 'whoami', role: 'district_admin', openid: DEV_IDENTITIES.district.openid },
      await ctxFor('o-citizen')
    )
    expect(r.ok && r.data).toMatchObject({ role: 'citizen' })
  })

  it('answers unknown actions and malformed events with typed errors', async () => {
    const ctx = await ctxFor(null)
    for (const event of [{ action: 'dropTables' }, { action: 'toString' }, {}, null, 'whoami', [1]]) {
      const r = await dispatch(userFunction, event, ctx)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(['UNKNOWN_ACTION', 'BAD_REQUEST']).toContain(r.error.code)
    }
  })

  it('reports health with the server time', async () => {
    expect(await dispatch(userFunction, { action: 'health' }, await ctxFor(null))).toEqual({
      ok: true,
      data: { backend: 'local', time: '2026-11-28T02:00:00.000Z', collections: expect.any(Number) }
    })
  })

  it('seeds the demo data once, all marked as demo', async () => {
    expect(await seedDemoData(t.repo)).toBe(false)
    const staff = await t.repo.collection<{ _id: string; demo?: boolean; name: string }>('staff').find()
    expect(staff.length).toBeGreaterThan(0)
    for (const s of staff) {
      expect(s.demo).toBe(true)
      expect(s.name).toContain('示例')
    }
  })
})
