// 新增或修改地点 on SQLite: a district admin edits a childcare centre's facts directly (no 纠错) and
// adds a new place; a parent's filters find it by fee and free places; a save sent again is
// written and logged once; nobody else may save, and a wrong field is named.
import { seedDemoData } from '../../server/local/seed'
import { dispatch, type Context } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { data } from '../../tests/server/result'
import { editFormOf, type PlaceEditForm } from '../../src/domain/places/place-edit'
import type { NearbyResponse } from '../../src/domain/places/api'
import type { Place, PlaceDoc } from '../../src/domain/places/model'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import type { AuditEntry } from '../staff/access'
import { placesFunction } from './handler'

// contextFor's clock: 2026-11-28T02:00Z (China 2026-11-28).
const PLACE_ID = 'demo-childcare-03'
const NEW_ID = 'place-mj3k2x1a-abcdefghijkl'

describe('places: savePlace', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const as = (openid: string | null) => contextFor(t.repo, openid)
  const admin = () => as(DEV_IDENTITIES.district.openid)
  const call = async (event: object, ctx: Promise<Context>) => dispatch(placesFunction, event, await ctx)
  const stored = async (id: string) => (await t.repo.collection<PlaceDoc>('places').get(id)) as PlaceDoc
  const logs = async () =>
    (await t.repo.collection<AuditEntry>('audit_log').find({ kind: 'save_place' }, { limit: 10 })) as AuditEntry[]
  const facts = (place: Place, patch: Partial<NonNullable<PlaceEditForm['childcare']>>): PlaceEditForm => {
    const form = editFormOf(place, '2026-11-28')
    return { ...form, source: '电话核实（示例）', childcare: { ...form.childcare!, ...patch } }
  }
  const nearbyChildcare = async (filter: object) =>
    data<NearbyResponse>(
      await call(
        {
          action: 'nearby',
          origin: { latitude: 29.557, longitude: 106.577 },
          limit: 50,
          filter: { categories: ['childcare'], ...filter }
        },
        as('o-parent')
      )
    ).places.map((p) => p.id)

  it('a district admin writes a centre’s fees and free places once; the filters find it', async () => {
    const before = await stored(PLACE_ID)
    expect(await nearbyChildcare({ freePlaces: true })).not.toContain(PLACE_ID)
    const update = facts(before, {
      careTypes: ['full_day'],
      fees: '全日托 2400',
      freePlaces: '3',
      freePlacesOn: '2026-11-27'
    })
    const saved = data<{ place: Place }>(await call({ action: 'savePlace', id: PLACE_ID, update }, admin()))
    expect(saved.place.childcare).toMatchObject({
      fees: [{ careType: 'full_day', yuan: 2400 }],
      freePlaces: { count: 3, confirmedOn: '2026-11-27' }
    })
    expect(saved.place).toMatchObject({ source: '电话核实（示例）', verifiedAt: '2026-11-28' })
    // Sent again (a lost answer): the same place, no second write or log.
    const again = data<{ place: Place }>(await call({ action: 'savePlace', id: PLACE_ID, update }, admin()))
    expect(again.place).toEqual(saved.place)
    expect(await logs()).toHaveLength(1)
    expect((await logs())[0]).toMatchObject({ detail: { placeId: PLACE_ID, created: false } })
    expect(await nearbyChildcare({ freePlaces: true, maxMonthlyFee: 2500 })).toEqual([PLACE_ID])
    expect(await nearbyChildcare({ freePlaces: true, maxMonthlyFee: 2000 })).toEqual([])
  })

  it('adds a new place with its category and area; a retry answers it, another form is refused', async () => {
    const base = editFormOf(
      { id: 'x', name: '', category: 'park', phones: [], facilities: [], source: '' },
      '2026-11-28'
    )
    const update = {
      ...base,
      name: '示例口袋公园',
      latitude: '29.556',
      longitude: '106.575',
      source: '街道上报（示例）'
    }
    const add = { action: 'savePlace', id: NEW_ID, create: true, category: 'park', street: '500103003', update }
    const first = data<{ place: Place }>(await call(add, admin()))
    expect(first.place).toMatchObject({ id: NEW_ID, name: '示例口袋公园', category: 'park', street: '500103003' })
    expect(data<{ place: Place }>(await call({ action: 'get', id: NEW_ID }, as('o-parent'))).place.name).toBe(
      '示例口袋公园'
    )
    expect(data<{ place: Place }>(await call(add, admin())).place).toEqual(first.place)
    expect(await call({ ...add, update: { ...update, name: '别的公园' } }, admin())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await logs()).toHaveLength(1)
  })

  it.each([
    [{ create: true, id: 'cc-1', category: 'park' }, 'id', '地点编号格式不正确'],
    [{ create: true, id: NEW_ID, category: 'zoo' }, 'category', '请选择地点类别'],
    [
      { create: true, id: NEW_ID, category: 'park', street: '500103003', community: '500103004001' },
      'community',
      '社区不在所选街道内'
    ],
    [
      { create: true, id: NEW_ID, category: 'park', childcare: true },
      'update.childcare',
      '只有托育机构可以填写托育信息'
    ],
    [{ id: 'nope' }, 'id', '没有找到这个地点']
  ])('refuses %j with a named field', async (req, field, message) => {
    const { childcare, ...rest } = req as { childcare?: boolean }
    const base = editFormOf((await stored(PLACE_ID)) as Place, '2026-11-28')
    const update = { ...base, source: '示例', ...(childcare ? {} : { childcare: undefined }) }
    const r = await call({ action: 'savePlace', ...rest, update }, admin())
    expect(r).toMatchObject({ ok: false, error: { field, message: expect.stringContaining(message) } })
  })

  it('names the childcare field that is wrong, and lets no one but a district admin save', async () => {
    const place = await stored(PLACE_ID)
    const r = await call({ action: 'savePlace', id: PLACE_ID, update: facts(place, { freePlaces: '3' }) }, admin())
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'update.childcare.freePlacesOn', message: '写了余位，请同时写上确认的日期' }
    })
    for (const who of [DEV_IDENTITIES.street.openid, 'o-parent', null])
      expect(await call({ action: 'savePlace', id: PLACE_ID, update: facts(place, {}) }, as(who))).toMatchObject({
        ok: false,
        error: { code: who ? 'FORBIDDEN' : 'UNAUTHENTICATED' }
      })
    expect(await stored(PLACE_ID)).toEqual(place)
  })
})
