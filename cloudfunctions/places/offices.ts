// 联系我的社区 in the places function (the rules: src/domain/places/offices.ts). Anyone reads a
// street's offices (each entered one with its source and date, the others as 暂无); street admins
// save their street's, district admins any. A save sent again finds the office as asked and is
// answered with it; the audit entry is written first, keyed by the office as it was, so a call
// that dies in between is logged once by its retry.
import { chinaDate } from '../../src/domain/clock'
import { fail, ok } from '../../src/domain/errors'
import {
  officeCodes,
  officeOf,
  toPublicOffice,
  toStaffOffice,
  validateOffice,
  type OfficeEdit,
  type OfficeRecord,
  type PublicOffice,
  type StaffOffice
} from '../../src/domain/places/offices'
import { can, inScope } from '../../src/domain/staff/permissions'
import { findStreet } from '../../src/domain/streets'
import { holdsAll } from '../../src/domain/wire'
import { audit, staffName } from '../../server/services/audit'
import type { Context, Handlers } from '../../server/function'

const NOT_STAFF = '只有街道和区级管理员可以修改社区通讯录'
const NOT_YOURS = '街道管理员只能修改本街道的社区通讯录'

const offices = (ctx: Context) => ctx.repo.collection<OfficeRecord>('offices')

async function ofStreet(ctx: Context, street: unknown): Promise<Map<string, OfficeRecord> | null> {
  if (typeof street !== 'string' || !findStreet(street)) return null
  const stored = await offices(ctx).find({ street }, { limit: 200 })
  return new Map(stored.map((r) => [r._id, r]))
}

const EDITED: ReadonlyArray<keyof OfficeEdit> = [
  'address',
  'phones',
  'hours',
  'hoursNote',
  'location',
  'source',
  'verifiedOn'
]

type OfficeHandlers = Pick<Handlers<'places'>, 'offices' | 'staffOffices' | 'saveOffice'>

export const officeHandlers: OfficeHandlers = {
  async offices(req, ctx) {
    const stored = await ofStreet(ctx, req.street)
    if (!stored) return fail('VALIDATION', '请选择一个渝中区的街道', 'street')
    const list = officeCodes(req.street).map((code) => toPublicOffice(code, stored.get(code)))
    return ok({ offices: list.filter((o): o is PublicOffice => o !== null) })
  },

  async staffOffices(req, ctx) {
    if (!can(ctx.caller, 'manageOffices')) return fail('FORBIDDEN', NOT_STAFF)
    if (typeof req.street === 'string' && !inScope(ctx.caller, { street: req.street }))
      return fail('FORBIDDEN', NOT_YOURS, 'street')
    const stored = await ofStreet(ctx, req.street)
    if (!stored) return fail('VALIDATION', '请选择一个渝中区的街道', 'street')
    const today = chinaDate(ctx.now().getTime())
    const list = officeCodes(req.street).map((code) => toStaffOffice(code, stored.get(code), today))
    return ok({ offices: list.filter((o): o is StaffOffice => o !== null) })
  },

  async saveOffice(req, ctx) {
    if (!can(ctx.caller, 'manageOffices')) return fail('FORBIDDEN', NOT_STAFF)
    const today = chinaDate(ctx.now().getTime())
    const checked = validateOffice(req.code, req.office, today)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const { code, ...edit } = checked.value
    const office = officeOf(code)!
    if (!inScope(ctx.caller, { street: office.street })) return fail('FORBIDDEN', NOT_YOURS, 'code')
    const held = (await offices(ctx).get(code)) ?? undefined
    if (held && holdsAll(held, edit, EDITED)) return ok({ office: toStaffOffice(code, held, today)! })
    const record: OfficeRecord = {
      _id: code,
      kind: office.kind,
      street: office.street,
      ...edit,
      updatedAt: ctx.now().toISOString(),
      updatedBy: ctx.caller.openid,
      updatedByName: staffName(ctx.caller)
    }
    await audit(
      ctx,
      'save_office',
      { detail: { office: code, source: edit.source } },
      `${code}:${held?.updatedAt ?? 'new'}`
    )
    await offices(ctx).put(record)
    return ok({ office: toStaffOffice(code, record, today)! })
  }
}
