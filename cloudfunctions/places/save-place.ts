// 新增或修改地点 by a district admin, without a 纠错 (src/domain/places/place-edit.ts): the same
// checks as a correction's fix and the import's. A save sent again finds the place as asked and
// is answered with it; the audit entry is written first, keyed by the place as it was, so a call
// that dies in between is logged once by its retry.
import { chinaDate } from '../../src/domain/clock'
import { fail, ok } from '../../src/domain/errors'
import { fromPlaceDoc, isPlaceCategory, toPlaceDoc, type PlaceDoc } from '../../src/domain/places/model'
import {
  applyPlaceEdit,
  editMisfit,
  NEW_PLACE_ID,
  newPlaceOf,
  validatePlaceEdit
} from '../../src/domain/places/place-edit'
import { can } from '../../src/domain/staff/permissions'
import { findCommunity, findStreet } from '../../src/domain/streets'
import { audit } from '../../server/services/audit'
import type { Handlers } from '../../server/function'
import { forgetPlaces } from './place-cache'

export const savePlace: Handlers<'places'>['savePlace'] = async (req, ctx) => {
  if (!ctx.caller.openid) return fail('UNAUTHENTICATED')
  if (!can(ctx.caller, 'correctPlaces')) return fail('FORBIDDEN', '只有区级管理员可以新增或修改地点')
  if (typeof req.id !== 'string' || !req.id) return fail('VALIDATION', '缺少地点编号', 'id')
  const now = ctx.now()
  const at = now.toISOString()
  const edit = validatePlaceEdit(req.update, chinaDate(now.getTime()))
  if (!edit.ok) return fail('VALIDATION', edit.errors[0].message, `update.${edit.errors[0].field}`)
  const places = ctx.repo.collection<PlaceDoc>('places')
  const storedDoc = await places.get(req.id)
  const stored = storedDoc ? fromPlaceDoc(storedDoc) : null

  let next
  if (req.create === true) {
    if (!NEW_PLACE_ID.test(req.id)) return fail('VALIDATION', '地点编号格式不正确', 'id')
    if (!isPlaceCategory(req.category)) return fail('VALIDATION', '请选择地点类别', 'category')
    const street = req.street === undefined || req.street === '' ? undefined : findStreet(req.street)?.code
    if (req.street && !street) return fail('VALIDATION', '请选择一个渝中区的街道', 'street')
    const community = req.community ? findCommunity(req.community)?.community.code : undefined
    if (req.community && (!community || community.slice(0, 9) !== street))
      return fail('VALIDATION', '社区不在所选街道内', 'community')
    const input = { id: req.id, category: req.category, street, community }
    const misfit = editMisfit(input, edit.value)
    if (misfit) return fail('VALIDATION', misfit.message, `update.${misfit.field}`)
    if (stored) {
      // The retry of this add: the stored place already says what was asked.
      const asked = stored.category === input.category && stored.street === street && stored.community === community
      if (asked && applyPlaceEdit(stored, edit.value, at).changed.length === 0 && stored.source === edit.value.source)
        return ok({ place: stored })
      return fail('CONFLICT', '这个地点编号已被使用，请重新打开“新增地点”')
    }
    next = newPlaceOf(input, edit.value, at)
  } else {
    if (!stored) return fail('NOT_FOUND', '没有找到这个地点，它可能已被删除', 'id')
    const misfit = editMisfit(stored, edit.value)
    if (misfit) return fail('VALIDATION', misfit.message, `update.${misfit.field}`)
    const fixed = applyPlaceEdit(stored, edit.value, at)
    const unchanged =
      fixed.changed.length === 0 && stored.source === edit.value.source && stored.verifiedAt === edit.value.verifiedOn
    if (unchanged) return ok({ place: stored })
    next = fixed.place
  }
  await audit(
    ctx,
    'save_place',
    { detail: { placeId: next.id, created: !stored, source: next.source, verifiedOn: next.verifiedAt ?? null } },
    `${next.id}:${stored ? (stored.updatedAt ?? 'as-seeded') : 'new'}`
  )
  await places.put(toPlaceDoc(next))
  forgetPlaces(ctx.repo)
  return ok({ place: next })
}
