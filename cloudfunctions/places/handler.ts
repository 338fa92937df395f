// places: list by street/community/category (paged), nearby with distance, detail by id, and
// the registry import for district admins, 纠错 (corrections.ts) and 预约参观 (visits.ts).
import { fail, ok } from '../../src/domain/errors'
import { can } from '../../src/domain/staff/permissions'
import { placeMatcher } from '../../src/domain/places/filters'
import { fromPlaceDoc, type PlaceDoc } from '../../src/domain/places/model'
import type { Filter } from '../../server/adapters/repository'
import { defineFunction } from '../../server/function'
import { correctionHandlers } from './corrections'
import { visitHandlers } from './visits'
import { photoHandlers, photoUrls } from './photos'
import { officeHandlers } from './offices'
import { walkRouteHandlers } from './walk-routes'
import { dataVersion, forgetPlaces, loadPlaces } from './place-cache'
import { checkGet, checkImport, checkList, checkNearby } from './requests'
import { savePlace } from './save-place'
import { importPlaces } from './upsert'
import { audit } from '../../server/services/audit'

export const placesFunction = defineFunction('places', {
  async list(req, ctx) {
    const checked = checkList(req)
    if (!checked.ok) return checked
    const { street, community, categories, page, pageSize } = checked.value
    const filter: Filter = {}
    if (street) filter.street = street
    if (community) filter.community = community
    if (categories?.length) filter.category = { $in: categories }
    const places = ctx.repo.collection<PlaceDoc>('places')
    const [docs, total, version] = await Promise.all([
      places.find(filter, {
        orderBy: [
          ['name', 'asc'],
          ['_id', 'asc']
        ],
        skip: (page - 1) * pageSize,
        limit: pageSize
      }),
      places.count(filter),
      dataVersion(ctx.repo)
    ])
    return ok({
      places: docs.map(fromPlaceDoc),
      total,
      page,
      pageSize,
      hasMore: (page - 1) * pageSize + docs.length < total,
      dataVersion: version
    })
  },

  async version(_req, ctx) {
    return ok({ dataVersion: await dataVersion(ctx.repo) })
  },

  async nearby(req, ctx) {
    const checked = checkNearby(req)
    if (!checked.ok) return checked
    const { origin, radiusM, limit, filter } = checked.value
    const now = ctx.now()
    const { index, version } = await loadPlaces(ctx.repo, now.getTime())
    const hits = index.nearest(origin.latitude, origin.longitude, limit, placeMatcher(filter, { now }), radiusM)
    // Whole metres: finer is noise for a walking distance and only adds bytes.
    return ok({ places: hits.map((h) => ({ ...h.place, distanceM: Math.round(h.distanceM) })), dataVersion: version })
  },

  async get(req, ctx) {
    const checked = checkGet(req)
    if (!checked.ok) return checked
    const doc = await ctx.repo.collection<PlaceDoc>('places').get(checked.value)
    if (!doc) return fail('NOT_FOUND', '没有找到这个地点，它可能已被删除', 'id')
    const photos = await photoUrls(ctx, doc._id)
    return ok({ place: fromPlaceDoc(doc), ...(photos.length ? { photos } : {}) })
  },

  async import(req, ctx) {
    if (!can(ctx.caller, 'importPlaces')) return fail('FORBIDDEN', '只有区级管理员可以导入地点数据')
    const checked = checkImport(req)
    if (!checked.ok) return checked
    const { input, format, source, dryRun } = checked.value
    const run = await importPlaces(ctx.repo, input, { now: ctx.now(), format, source, dryRun })
    if (!run.ok)
      return fail(
        'VALIDATION',
        `导入文件无法读取：${run.errors.join('；')}`,
        input instanceof Uint8Array ? 'base64' : 'text'
      )
    if (!dryRun) {
      forgetPlaces(ctx.repo)
      const { total, added, updated, rejected } = run.report
      await audit(ctx, 'import_places', {
        detail: { source: source ?? null, total, added, updated, rejected: rejected.length }
      })
    }
    return ok(run.report)
  },

  savePlace,
  ...correctionHandlers,
  ...visitHandlers,
  ...photoHandlers,
  ...officeHandlers,
  ...walkRouteHandlers
})
