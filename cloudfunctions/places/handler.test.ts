import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { seedDemoData } from '../../server/local/seed'
import { dispatch, type Context } from '../../server/function'
import type { Repository } from '../../server/adapters/repository'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { data } from '../../tests/server/result'
import type { ImportReport, ListPlacesResponse, NearbyResponse } from '../../src/domain/places/api'
import type { PlaceDoc } from '../../src/domain/places/model'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { placesFunction } from './handler'

const SAMPLE = readFileSync(join(__dirname, '../../scripts/fixtures/places-sample.csv'), 'utf8')
// The same listing as Excel on Chinese Windows saves it (iconv -t GBK of the file above).
const SAMPLE_GBK = readFileSync(join(__dirname, '../../scripts/fixtures/places-sample-gbk.csv'))
// 2026-11-28T02:00Z is Saturday 10:00 in China (contextFor's clock).
const PIPASHAN = { latitude: 29.5547, longitude: 106.5657 }

describe('places cloud function (SQLite)', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(async () => {
    t = tempRepo()
    await seedDemoData(t.repo)
  })
  afterEach(() => t.cleanup())

  const citizen = () => contextFor(t.repo, 'o-citizen')
  const admin = () => contextFor(t.repo, DEV_IDENTITIES.district.openid)
  const call = async (event: object, ctx?: Context) => dispatch(placesFunction, event, ctx ?? (await citizen()))

  describe('version', () => {
    it('answers the list’s data version alone, and a new one after an import', async () => {
      const list = data<ListPlacesResponse>(await call({ action: 'list', pageSize: 1 }))
      const before = data<{ dataVersion: string }>(await call({ action: 'version' }))
      expect(before).toEqual({ dataVersion: list.dataVersion })
      await call({ action: 'import', text: SAMPLE, source: '测试导入' }, await admin())
      const after = data<{ dataVersion: string }>(await call({ action: 'version' }))
      expect(after.dataVersion).not.toBe(before.dataVersion)
      expect(after.dataVersion).toBe(data<ListPlacesResponse>(await call({ action: 'list', pageSize: 1 })).dataVersion)
    })
  })

  describe('list', () => {
    it('pages through every place by name, with a total and a data version', async () => {
      const first = data<ListPlacesResponse>(await call({ action: 'list', pageSize: 30 }))
      expect(first).toMatchObject({ total: 48, page: 1, pageSize: 30, hasMore: true })
      expect(first.places).toHaveLength(30)
      const second = data<ListPlacesResponse>(await call({ action: 'list', pageSize: 30, page: 2 }))
      expect(second.places).toHaveLength(18)
      expect(second.hasMore).toBe(false)
      const names = [...first.places, ...second.places].map((p) => p.name)
      expect(names).toEqual([...names].sort())
      expect(first.dataVersion).toMatch(/^48:/)
      expect(first.places[0]).not.toHaveProperty('_id')
    })

    it('passes on each place’s name in pinyin, stored with it, for the search on the phone (jiefangbei, jfb)', async () => {
      const { places } = data<ListPlacesResponse>(await call({ action: 'list', pageSize: 100 }))
      const hospital = places.find((p) => p.id === 'cq-children-hospital-yuzhong')
      expect(hospital?.pinyin).toContain('chongqingyikedaxue')
      expect(places.every((p) => typeof p.pinyin === 'string' && p.pinyin.length > 0)).toBe(true)
    })

    it('filters by street, community and categories', async () => {
      const jfb = data<ListPlacesResponse>(
        await call({ action: 'list', street: '500103003', categories: ['childcare'] })
      )
      expect(jfb.places.map((p) => p.id).sort()).toEqual([
        'demo-childcare-03',
        'demo-childcare-04',
        'demo-childcare-23'
      ])
      const parks = data<ListPlacesResponse>(await call({ action: 'list', categories: ['park', 'museum'] }))
      expect(parks.total).toBe(7)
      const zengjiayan = data<ListPlacesResponse>(await call({ action: 'list', community: '500103005014' }))
      expect(zengjiayan.places.map((p) => p.name)).toContain('德精小学儿童友好馆')
    })

    it.each([
      [{ street: '500103002' }, 'street'],
      [{ categories: ['zoo'] }, 'categories'],
      [{ pageSize: 500 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ community: '七星岗' }, 'community']
    ])('rejects %p with a field error', async (req, field) => {
      expect(await call({ action: 'list', ...req })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } })
    })
  })

  describe('nearby', () => {
    it('returns the nearest places first with whole-metre distances', async () => {
      const r = data<NearbyResponse>(await call({ action: 'nearby', origin: PIPASHAN, limit: 5 }))
      expect(r.places).toHaveLength(5)
      expect(r.places[0]).toMatchObject({ name: '枇杷山公园', distanceM: 0 })
      for (let i = 1; i < 5; i++) {
        expect(Number.isInteger(r.places[i].distanceM)).toBe(true)
        expect(r.places[i].distanceM).toBeGreaterThanOrEqual(r.places[i - 1].distanceM)
      }
    })

    it('applies the radius and the filters, and never returns a place without a location', async () => {
      const r = data<NearbyResponse>(
        await call({
          action: 'nearby',
          origin: PIPASHAN,
          radiusM: 2000,
          limit: 50,
          filter: { categories: ['childcare'], careTypes: ['temporary'], publicBenefit: true }
        })
      )
      expect(r.places.length).toBeGreaterThan(0)
      for (const p of r.places) {
        expect(p.distanceM).toBeLessThanOrEqual(2000)
        expect(p.childcare?.careTypes).toContain('temporary')
        expect(p.childcare?.publicBenefit).toBe(true)
      }
      const all = data<NearbyResponse>(await call({ action: 'nearby', origin: PIPASHAN, limit: 50 }))
      expect(all.places).toHaveLength(47)
      expect(all.places.some((p) => p.id === 'dejing-children-space')).toBe(false)
    })

    it('judges "open now" by the server clock', async () => {
      // Saturday 10:00 in China: the demo childcare centres open on Saturdays are Mo-Sa ones.
      const r = data<NearbyResponse>(
        await call({
          action: 'nearby',
          origin: PIPASHAN,
          limit: 50,
          filter: { categories: ['childcare'], openNow: true }
        })
      )
      expect(r.places.length).toBeGreaterThan(0)
      expect(r.places.length).toBeLessThan(24)
      expect(r.places.every((p) => p.hours?.kind === 'weekly' && p.hours.week[5].length > 0)).toBe(true)
    })

    it('sees an import at once (the cached index follows the data version)', async () => {
      const before = data<NearbyResponse>(
        await call({ action: 'nearby', origin: { latitude: 29.5592, longitude: 106.5688 }, limit: 1 })
      )
      expect(before.places[0].id).not.toBe('cc-52500103TY0000001Y')
      data<ImportReport>(await call({ action: 'import', text: SAMPLE }, await admin()))
      const after = data<NearbyResponse>(
        await call({ action: 'nearby', origin: { latitude: 29.5592, longitude: 106.5688 }, limit: 1 })
      )
      expect(after.places[0]).toMatchObject({ id: 'cc-52500103TY0000001Y', distanceM: 0 })
      expect(after.dataVersion).not.toBe(before.dataVersion)
    })

    it.each([
      [{}, 'origin'],
      [{ origin: { latitude: 'x', longitude: 106.5 } }, 'origin'],
      [{ origin: PIPASHAN, limit: 51 }, 'limit'],
      [{ origin: PIPASHAN, radiusM: -1 }, 'radiusM'],
      [{ origin: PIPASHAN, filter: { careTypes: ['weekly'] } }, 'filter.careTypes'],
      [{ origin: PIPASHAN, filter: { ageMonths: 100 } }, 'filter.ageMonths']
    ])('rejects %p with a field error', async (req, field) => {
      expect(await call({ action: 'nearby', ...req })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field }
      })
    })
  })

  describe('get', () => {
    it('returns one place, or NOT_FOUND', async () => {
      expect(await call({ action: 'get', id: 'pipashan-park' })).toMatchObject({
        ok: true,
        data: { place: { name: '枇杷山公园', phones: ['023-63529259'] } }
      })
      expect(await call({ action: 'get', id: 'nope' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', field: 'id' }
      })
      expect(await call({ action: 'get' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } })
    })
  })

  describe('import', () => {
    const places = () => t.repo.collection<PlaceDoc>('places')

    it('adds the good rows and reports each bad one with its reasons', async () => {
      const report = data<ImportReport>(
        await call({ action: 'import', text: SAMPLE, source: '示例导入' }, await admin())
      )
      expect(report).toMatchObject({ total: 9, added: 3, updated: 0, unchanged: 0, dryRun: false })
      expect(report.rejected.map((r) => [r.row, r.reasons.length])).toEqual([
        [5, 1],
        [6, 1],
        [7, 1],
        [8, 1],
        [9, 1],
        [10, 1]
      ])
      expect(report.rejected.find((r) => r.row === 9)?.reasons[0]).toBe('统一社会信用代码与第 2 行重复')
      const stored = await places().get('cc-52500103TY0000001Y')
      expect(stored).toMatchObject({
        name: '示例托育中心（导入一）',
        demo: true,
        source: '示例导入',
        verifiedAt: '2026-11-28',
        updatedAt: '2026-11-28T02:00:00.000Z'
      })
      expect(await places().count()).toBe(51)
    })

    it('refuses rows or a JSON text nested too deep with a clear message, before walking them', async () => {
      let deep: unknown = '底'
      for (let i = 0; i < 100_000; i++) deep = { a: deep }
      expect(await call({ action: 'import', rows: [deep] }, await admin())).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'rows', message: expect.stringContaining('层数太多') }
      })
      const text = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`
      expect(await call({ action: 'import', text, format: 'json' }, await admin())).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('层数太多') }
      })
    })

    it('writes each import to the audit log (who, how many rows, what happened), not a dry run', async () => {
      await call({ action: 'import', text: SAMPLE, dryRun: true }, await admin())
      expect(await t.repo.collection('audit_log').count({ kind: 'import_places' })).toBe(0)
      await call({ action: 'import', text: SAMPLE, source: '示例导入' }, await admin())
      expect(await t.repo.collection('audit_log').find({ kind: 'import_places' })).toEqual([
        expect.objectContaining({
          actorRole: 'district_admin',
          detail: { source: '示例导入', total: 9, added: 3, updated: 0, rejected: 6 }
        })
      ])
    })

    it('re-importing the same file changes nothing; a changed file updates in place', async () => {
      await call({ action: 'import', text: SAMPLE }, await admin())
      const again = data<ImportReport>(await call({ action: 'import', text: SAMPLE }, await admin()))
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3 })
      const changed = SAMPLE.replace('示例托育中心（导入二）', '示例托育中心（导入二·新名）').replace(
        ',40,是,',
        ',45,是,'
      )
      const report = data<ImportReport>(await call({ action: 'import', text: changed }, await admin()))
      expect(report).toMatchObject({ added: 0, updated: 2, unchanged: 1 })
      expect((await places().get('cc-52500103TY00000022'))?.name).toBe('示例托育中心（导入二·新名）')
      expect((await places().get('cc-52500103TY0000001Y'))?.childcare?.capacity).toBe(45)
      expect(await places().count()).toBe(51)
    })

    it('keeps what a worker filled in when the import leaves it empty', async () => {
      await call({ action: 'import', text: SAMPLE }, await admin())
      await places().update('cc-52500103TY00000022', { hoursNote: '社工补充：春节放假两周', facilities: ['parking'] })
      await call({ action: 'import', text: SAMPLE.replace(',25,否,否,', ',26,否,否,') }, await admin())
      const stored = await places().get('cc-52500103TY00000022')
      expect(stored).toMatchObject({
        hoursNote: '社工补充：春节放假两周',
        facilities: ['parking'],
        childcare: { capacity: 26 }
      })
    })

    it('accepts rows as objects, and a dry run writes nothing', async () => {
      const rows = [
        {
          institution_name: '示例托育（行导入）',
          credit_code: '52500103TY0000201A',
          lat: 29.56,
          lng: 106.57,
          demo: '是'
        }
      ]
      const dry = data<ImportReport>(await call({ action: 'import', rows, dryRun: true }, await admin()))
      expect(dry).toMatchObject({ added: 1, dryRun: true })
      expect(await places().get('cc-52500103TY0000201A')).toBeNull()
      data<ImportReport>(await call({ action: 'import', rows }, await admin()))
      expect(await places().get('cc-52500103TY0000201A')).toMatchObject({
        location: { latitude: 29.56, longitude: 106.57 }
      })
    })

    it('isolates a failing write: the other rows land, the failed one is reported and not half-written', async () => {
      const failing: Repository = {
        collection<T extends { _id: string }>(name: Parameters<Repository['collection']>[0]) {
          const real = t.repo.collection<T>(name)
          return {
            ...real,
            get: real.get.bind(real),
            find: real.find.bind(real),
            count: real.count.bind(real),
            insert: real.insert.bind(real),
            put: async (doc: T) => {
              if (doc._id === 'cc-52500103TY00000022') throw new Error('disk full')
              return real.put(doc)
            }
          } as typeof real
        }
      }
      const ctx = { ...(await admin()), repo: failing }
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
      const report = data<ImportReport>(await dispatch(placesFunction, { action: 'import', text: SAMPLE }, ctx))
      error.mockRestore()
      expect(report.added).toBe(2)
      expect(report.rejected.find((r) => r.row === 3)).toEqual({
        row: 3,
        name: '示例托育中心（导入二）',
        code: '52500103TY00000022',
        reasons: ['写入数据库失败，这一行没有导入，请稍后重试']
      })
      expect(await places().get('cc-52500103TY00000022')).toBeNull()
      expect(await places().get('cc-52500103TY00000035')).not.toBeNull()
    })

    it('reads a GBK file sent as base64 like the UTF-8 text, and says which encoding it read', async () => {
      const base64 = SAMPLE_GBK.toString('base64')
      const dry = data<ImportReport>(await call({ action: 'import', base64, dryRun: true }, await admin()))
      expect(dry).toMatchObject({ total: 9, added: 3, encoding: 'gbk', dryRun: true })
      expect(dry.changes.map((c) => c.name)).toEqual([
        '示例托育中心（导入一）',
        '示例托育中心（导入二）',
        '示例家庭托育点（导入三）'
      ])
      expect(dry.rejected.find((r) => r.row === 9)?.name).toBe('示例托育中心（代码重复）')
      expect(await places().count()).toBe(48)
      const text = data<ImportReport>(await call({ action: 'import', text: SAMPLE, dryRun: true }, await admin()))
      expect({ ...dry, encoding: undefined }).toEqual({ ...text, encoding: undefined })
      const real = data<ImportReport>(await call({ action: 'import', base64 }, await admin()))
      expect(real).toMatchObject({ added: 3, encoding: 'gbk', dryRun: false })
      expect((await places().get('cc-52500103TY0000001Y'))?.name).toBe('示例托育中心（导入一）')
    })

    it.each([
      ['an Excel workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]).toString('base64'), '.xlsx'],
      ['text that is not base64', '这不是base64', '不是有效的 base64'],
      ['a file over 64 KB', 'A'.repeat(90_000), '超过 64 KB']
    ])('refuses %s, naming the problem', async (_what, base64, message) => {
      const r = await call({ action: 'import', base64, dryRun: true }, await admin())
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'base64' } })
      expect(r.ok ? '' : r.error.message).toContain(message)
    })

    it('refuses anyone but a district admin, and writes nothing', async () => {
      for (const openid of ['o-citizen', DEV_IDENTITIES.worker.openid, null]) {
        const r = await call({ action: 'import', text: SAMPLE }, await contextFor(t.repo, openid))
        expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      }
      expect(await places().count()).toBe(48)
    })

    it.each([
      [{}, 'text'],
      [{ text: 'a', rows: [] }, 'text'],
      [{ text: 'a', base64: 'YQ==' }, 'text'],
      [{ text: '' }, 'text'],
      [{ text: '{"x": 1}' }, 'text'],
      [{ rows: 'nope' }, 'rows'],
      [{ text: 'institution_name\n示例', format: 'xlsx' }, 'format']
    ])('rejects an unusable request %p', async (req, field) => {
      expect(await call({ action: 'import', ...req }, await admin())).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field }
      })
    })
  })
})
