// 机构照片 in the places function (the rules: src/domain/places/photos.ts). Anyone gets a place's
// photos as short-lived links with the place (get); district admins read them with their ids and
// replace the set after confirming they may be public. A new photo must be the admin's own upload,
// is checked and stripped of metadata like a suggestion's, and claimed; a removed one is deleted
// (listed on the record first, so a retry finishes what a crash left).
// The audit entry is written first, keyed by the set as it was, so a retry logs once.
import { chinaDate } from '../../src/domain/clock'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { PlaceDoc } from '../../src/domain/places/model'
import { validatePlacePhotos, type PlacePhotosRecord, type StaffPlacePhoto } from '../../src/domain/places/photos'
import { can } from '../../src/domain/staff/permissions'
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
    confirmedOn: record && ids.length ? record.confirmedOn : null,
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
    if (stored && had.length === ids.length && had.every((id, i) => id === ids[i]))
      return staffView(ctx, await finishRemoving(ctx, stored))
    const added = ids.filter((id) => !had.includes(id))
    for (const id of added)
      if (!(await ctx.services.files.uploadedBy(id, ctx.caller.openid!)))
        return fail('VALIDATION', '有照片没有上传成功，请重新选择', 'photos')
    const cleaned = await ctx.services.files.clean(added)
    if (cleaned.refused.length) return fail('VALIDATION', '有文件不是能打开的图片，请换一张', 'photos')
    if (cleaned.failed.length) return fail('INTERNAL', '照片暂时处理不了，请稍后再试')
    const now = ctx.now()
    await audit(
      ctx,
      'save_place_photos',
      { detail: { placeId: req.placeId, photos: ids.length } },
      `${req.placeId}@${stored?.updatedAt ?? 'never'}`
    )
    // Photos taken off are deleted from storage (what a place no longer shows is not kept); they
    // are written down first, so a call that dies before the files go leaves them for its retry.
    const removing = [...new Set([...(stored?.removing ?? []), ...had])].filter((id) => !ids.includes(id))
    const record: PlacePhotosRecord = {
      _id: req.placeId,
      fileIds: ids,
      confirmedOn: chinaDate(now.getTime()),
      updatedAt: now.toISOString(),
      updatedByName: staffName(ctx.caller),
      updatedBy: ctx.caller.openid!,
      ...(removing.length ? { removing } : {})
    }
    await ctx.services.files.claim(added, now)
    await photos(ctx).put(record)
    return staffView(ctx, await finishRemoving(ctx, record))
  }
}

/** Deletes the files of photos taken off the place; what storage could not delete stays listed. */
async function finishRemoving(ctx: Context, record: PlacePhotosRecord): Promise<PlacePhotosRecord> {
  if (!record.removing?.length) return record
  const { failed } = await ctx.services.files.remove(record.removing)
  await photos(ctx).update(record._id, { removing: failed })
  return { ...record, removing: failed }
}
