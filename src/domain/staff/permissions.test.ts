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
  it('grants actions by role; nobody without an openid gets anything', () => {
    expect(STAFF_ACTIONS.filter((a) => can(citizen, a))).toEqual([])
    expect(STAFF_ACTIONS.filter((a) => can(workerA, a))).toEqual([
      'read',
      'list',
      'transition',
      'reply',
      'openContact',
      'moderate',
      'enter',
      'report',
      'export'
    ])
    expect(STAFF_ACTIONS.filter((a) => can(street, a))).toEqual([
      'read',
      'list',
      'transition',
      'reply',
      'openContact',
      'moderate',
      'publish',
      'enter',
      'report',
      'export'
    ])
    expect(STAFF_ACTIONS.every((a) => can(district, a))).toBe(true)
    expect(STAFF_ACTIONS.some((a) => can({ ...district, openid: null }, a))).toBe(false)
    expect(capabilities(workerA).manageStaff).toBe(false)
    // The figures the whole district reads beside its targets: the district enters them.
    expect([workerA, street, district, citizen].map((c) => can(c, 'recordProgress'))).toEqual([
      false,
      false,
      true,
      false
    ])
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
