// 机构照片: up to MAX_PLACE_PHOTOS pictures of a place (for a childcare centre: the rooms, the
// outdoor space) that a district admin adds on the place's edit page. They are public, so they go
// up only with the admin's confirmation (PHOTO_CONFIRMATION): the centre agreed to show them, and
// no child can be recognised in them — a minor's picture needs their guardian, which a centre's
// photo never has. Kept apart from the place record (collection place_photos): the places list
// every phone holds carries no file ids; a place's page gets short-lived links.
import { NO_RECOGNISABLE_CHILD } from '../image-consent'
import { isImageFileId } from '../suggestions/file-ids'
import type { Checked } from '../suggestions/validate'

export const MAX_PLACE_PHOTOS = 6

export const PHOTO_CONFIRMATION = `照片由机构提供或经机构同意拍摄，可以公开给居民看；${NO_RECOGNISABLE_CHILD}，也没有家长或员工的个人信息。`

/** A place's photos as stored in `place_photos` (_id: the place's id). */
export interface PlacePhotosRecord {
  _id: string
  /** Storage ids, in the order shown. */
  fileIds: string[]
  /** When this set was saved, PHOTO_CONFIRMATION confirmed with it (its China date is shown). */
  updatedAt: string
  /** Who saved them: a name for the staff page; the openid never leaves the server. */
  updatedByName: string
  updatedBy: string
  /** updatedAt of the set this one replaced ('never' for the first): the key of its audit entry. */
  replaced: string
  /** Photos taken off the place whose files are still to be deleted (a retry or the next save finishes). */
  removing?: string[]
}

/** What staff see on the edit page: each photo's id (to keep or remove) and a link to show it. */
export interface StaffPlacePhoto {
  fileId: string
  url: string
}

export function validatePlacePhotos(fileIds: unknown, confirmed: unknown): Checked<string[]> {
  if (!Array.isArray(fileIds) || fileIds.some((id) => typeof id !== 'string'))
    return { ok: false, errors: [{ field: 'photos', message: '照片格式不正确，请重新选择' }] }
  const ids = [...new Set(fileIds as string[])]
  if (ids.length > MAX_PLACE_PHOTOS)
    return { ok: false, errors: [{ field: 'photos', message: `最多 ${MAX_PLACE_PHOTOS} 张照片` }] }
  if (ids.some((id) => !isImageFileId(id)))
    return { ok: false, errors: [{ field: 'photos', message: '只能上传图片，请重新选择' }] }
  if (ids.length && confirmed !== true)
    return { ok: false, errors: [{ field: 'confirmed', message: '请先确认照片可以公开、里面没有能认出来的孩子' }] }
  return { ok: true, value: ids }
}
