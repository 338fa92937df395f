import type { Caller } from '../roles'
import { STAFF_ACTIONS, can, capabilities, inScope, scopeView, scopeWhere } from './permissions'

const workerA: Caller = {
  openid: 'o-a',
  role: 'community_worker',
  scope: { street: '500103003', communities: ['500103003019'] },
  name: '王社工'
}
const workerTwo: Caller = {
  openid: 'o-2',
  role: 'community_worker',
  scope: { communities: ['500103003019', '500103004002'] }
}
const street: Caller = { openid: 'o-s', role: 'street_admin', scope: { street: '500103003' } }
const district: Caller = { openid: 'o-d', role: 'district_admin', scope: {} }
const citizen: Caller = { openid: 'o-c', role: 'citizen', scope: {} }

describe('staff permissions', () => {
  // What each role may do through the staff function is driven end to end, role by role, in
  // cloudfunctions/staff/matrix.test.ts; here are the reasons the grants follow.
  const ladder = [citizen, workerA, street, district]
  const allowed = (c: Caller) => STAFF_ACTIONS.filter((a) => can(c, a))

  it('gives a citizen, or anyone the server could not identify, nothing a staff function offers', () => {
    expect(allowed(citizen)).toEqual([])
    for (const c of ladder) expect(allowed({ ...c, openid: null })).toEqual([])
  })

  it('keeps, at each step up from worker to street to district, everything the step below may do', () => {
    for (let i = 1; i < ladder.length; i++)
      expect(allowed(ladder[i])).toEqual(expect.arrayContaining(allowed(ladder[i - 1])))
    expect(allowed(district)).toEqual([...STAFF_ACTIONS])
  })

  it('lets a worker prepare a child’s words for the board, and an admin decide; taking them down is moderation', () => {
    expect([workerA, street, district].map((c) => can(c, 'moderate'))).toEqual([true, true, true])
    expect([workerA, street, district].map((c) => can(c, 'publish'))).toEqual([false, true, true])
    // Whoever may publish may also take down (unpublish needs only 'moderate').
    for (const c of ladder) if (can(c, 'publish')) expect(can(c, 'moderate')).toBe(true)
  })

  it('keeps redacted originals, staff accounts, the audit log and place records with the district admin', () => {
    for (const action of ['viewOriginal', 'manageStaff', 'viewAudit', 'correctPlaces', 'manageTemplates'] as const)
      expect(ladder.filter((c) => can(c, action))).toEqual([district])
  })

  it('tells the pages (me.can) exactly what the functions will allow', () => {
    for (const c of [...ladder, workerTwo, { ...district, openid: null }])
      expect(
        Object.entries(capabilities(c))
          .filter(([, yes]) => yes)
          .map(([a]) => a)
      ).toEqual(allowed(c))
  })

  it('leaves the figures the whole district reads beside its targets to the district admin', () => {
    expect([workerA, street, district, citizen].map((c) => can(c, 'recordProgress'))).toEqual([
      false,
      false,
      true,
      false
    ])
  })

  it('lets street and district admins run 快问快答 (the function narrows a street admin to their street)', () => {
    expect([workerA, street, district, citizen].map((c) => can(c, 'runPolls'))).toEqual([false, true, true, false])
  })

  it('scopes a worker to their communities, a street admin to the street, the district to all', () => {
    const inA = { street: '500103003', community: '500103003019' }
    const inB = { street: '500103003', community: '500103003018' }
    const streetOnly = { street: '500103003' }
    const nowhere = {}
    expect([inA, inB, streetOnly, nowhere].map((s) => inScope(workerA, s))).toEqual([true, false, false, false])
    expect([inA, inB, streetOnly, nowhere].map((s) => inScope(street, s))).toEqual([true, true, true, false])
    expect([inA, inB, streetOnly, nowhere].map((s) => inScope(district, s))).toEqual([true, true, true, true])
    expect(inScope(citizen, inA)).toBe(false)
    expect(inScope({ ...street, scope: {} }, inA)).toBe(false)
  })

  it('narrows queries to the area and refuses places outside it', () => {
    expect(scopeWhere(workerA)).toEqual({ ok: true, where: { community: '500103003019' } })
    expect(scopeWhere(workerTwo)).toEqual({ ok: true, where: { community: { $in: ['500103003019', '500103004002'] } } })
    expect(scopeWhere(workerTwo, { street: '500103004' })).toEqual({ ok: true, where: { community: '500103004002' } })
    expect(scopeWhere(workerA, { community: '500103003018' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      field: 'community'
    })
    expect(scopeWhere(workerA, { street: '500103001' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      field: 'street'
    })
    expect(scopeWhere(street)).toEqual({ ok: true, where: { street: '500103003' } })
    expect(scopeWhere(street, { community: '500103003018' })).toEqual({
      ok: true,
      where: { street: '500103003', community: '500103003018' }
    })
    expect(scopeWhere(street, { street: '500103004' })).toMatchObject({ ok: false, field: 'street' })
    expect(scopeWhere(street, { community: '500103004002' })).toMatchObject({ ok: false, field: 'community' })
    expect(scopeWhere(district, { street: '500103004' })).toEqual({ ok: true, where: { street: '500103004' } })
    expect(scopeWhere(district, { street: '500103004', community: '500103003019' })).toMatchObject({
      ok: false,
      code: 'VALIDATION'
    })
    expect(scopeWhere(citizen)).toMatchObject({ ok: false })
    expect(scopeWhere({ ...workerA, scope: {} })).toMatchObject({ ok: false })
  })

  it('describes the area for the page header', () => {
    expect(scopeView(workerA)).toEqual({
      all: false,
      street: { code: '500103003', name: '解放碑' },
      communities: [{ code: '500103003019', name: '大井巷' }],
      label: '解放碑街道 · 大井巷社区'
    })
    expect(scopeView(street).label).toBe('解放碑街道')
    expect(scopeView(district)).toMatchObject({ all: true, label: '渝中区（全区）' })
  })
})
