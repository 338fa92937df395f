// 机构照片 in the places function (the rules: src/domain/places/photos.ts). Anyone gets a place's
// photos as short-lived links with the place (get); district admins read them with their ids and
// replace the set after confirming they may be public. A new photo must be the admin's own upload,
// is checked and stripped of metadata like a suggestion's, and claimed; a removed one is deleted
// (listed on the record first, so a retry finishes what a crash left).
// The set is written only over the one the save started from; the audit entry, keyed by that
// set, follows it (a retry writes it once).
import { chinaDate } from '../../src/domain/clock'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { PlaceDoc } from '../../src/domain/places/model'
import { validatePlacePhotos, type PlacePhotosRecord, type StaffPlacePhoto } from '../../src/domain/places/photos'
import { can } from '../../src/domain/staff/permissions'
import { staffImagesProblem } from '../../server/adapters/file-storage'
import { picturesGoing } from '../../src/domain/stored-files'
import { audit, staffName } from '../../server/services/audit'
import type { Context, Handlers } from '../../server/function'

const photos = (ctx: Context) => ctx.repo.collection<PlacePhotosRecord>('place_photos')

/** Links to a place's photos, in order (a file storage cannot link is left out). */
export async function photoUrls(ctx: Context, placeId: string): Promise<string[]> {
  const record = await photos(ctx).get(placeId)
  if (!record?.fileIds.length) return []
  const urls = await ctx.services.fileUrls.tempUrls(record.fileIds)
  return record.fileIds.map((id) => urls[id]).filter(Boolean)
}

async function staffView(ctx: Context, record: PlacePhotosRecord | null) {
  const ids = record?.fileIds ?? []
  const urls = ids.length ? await ctx.services.fileUrls.tempUrls(ids) : {}
  const list: StaffPlacePhoto[] = ids.filter((id) => urls[id]).map((fileId) => ({ fileId, url: urls[fileId] }))
  return ok({
    photos: list,
    confirmedOn: record && ids.length ? chinaDate(Date.parse(record.updatedAt)) : null,
    updatedByName: record?.updatedByName ?? null
  })
}

async function refused(ctx: Context, placeId: unknown): Promise<CloudResult<never> | null> {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  if (!can(ctx.caller, 'correctPlaces')) return fail('FORBIDDEN', '只有区级管理员可以修改地点照片')
  if (typeof placeId !== 'string' || !placeId || !(await ctx.repo.collection<PlaceDoc>('places').get(placeId)))
    return fail('NOT_FOUND', '没有找到这个地点，它可能已被删除', 'placeId')
  return null
}

export const photoHandlers: Pick<Handlers<'places'>, 'placePhotos' | 'savePlacePhotos'> = {
  async placePhotos(req, ctx) {
    const no = await refused(ctx, req.placeId)
    if (no) return no
    return staffView(ctx, await photos(ctx).get(req.placeId))
  },

  async savePlacePhotos(req, ctx) {
    const no = await refused(ctx, req.placeId)
    if (no) return no
    const checked = validatePlacePhotos(req.fileIds, req.confirmed)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const ids = checked.value
    const stored = await photos(ctx).get(req.placeId)
    const had = stored?.fileIds ?? []
    // The set as stored already (a retry after a lost answer, or nothing changed): what a call that
    // died after writing it left undone is done now.
    if (stored && had.length === ids.length && had.every((id, i) => id === ids[i]))
      return staffView(ctx, await finishSave(ctx, stored))
    const added = ids.filter((id) => !had.includes(id))
    const problem = await staffImagesProblem(ctx.services.files, added, ctx.caller.openid!, 'photos')
    if (problem) return fail(problem.code, problem.message, problem.field)
    const now = ctx.now()
    // Photos taken off are deleted from storage (what a place no longer shows is not kept); they
    // are written down first, so a call that dies before the files go leaves them for its retry.
    const removing = picturesGoing(stored?.removing, had, ids)
    const record: PlacePhotosRecord = {
      _id: req.placeId,
      fileIds: ids,
      updatedAt: now.toISOString(),
      updatedByName: staffName(ctx.caller),
      updatedBy: ctx.caller.openid!,
      replaced: stored?.updatedAt ?? 'never',
      ...(removing.length ? { removing } : {})
    }
    // Written only over the set this save started from: two admins saving at once cannot wipe
    // each other's photos (the second is told to look again).
    const { _id, ...fields } = record
    const written = stored
      ? await photos(ctx).updateIf(_id, { updatedAt: stored.updatedAt }, { ...fields, removing })
      : (await photos(ctx).insert(record)) === 'inserted'
    if (!written) return fail('CONFLICT', '照片刚被其他管理员改过，请刷新后再改')
    return staffView(ctx, await finishSave(ctx, record))
  }
}

/**
 * After a set is written: its audit entry (keyed by the set it replaced, so once), its files
 * claimed (the purge leaves them alone), the removed ones deleted. Each step may run again.
 */
async function finishSave(ctx: Context, record: PlacePhotosRecord): Promise<PlacePhotosRecord> {
  await audit(
    ctx,
    'save_place_photos',
    { detail: { placeId: record._id, photos: record.fileIds.length } },
    `${record._id}@${record.replaced ?? 'never'}`
  )
  await ctx.services.files.claim(record.fileIds, new Date(record.updatedAt))
  return finishRemoving(ctx, record)
}

/** Deletes the files of photos taken off the place; what storage could not delete stays listed. */
async function finishRemoving(ctx: Context, record: PlacePhotosRecord): Promise<PlacePhotosRecord> {
  if (!record.removing?.length) return record
  const { failed } = await ctx.services.files.remove(record.removing)
  // Only while no later save came in: that one carries its own list and finishes it.
  await photos(ctx).updateIf(record._id, { updatedAt: record.updatedAt }, { removing: failed })
  return { ...record, removing: failed }
}
