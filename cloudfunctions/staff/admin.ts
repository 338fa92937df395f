// District admin's tools: reply templates, the staff allowlist and the audit log. Workers and
// street admins may read the active templates (they reply with them).
import { openidHint } from '../../src/domain/cloud-api'
import { fail, ok } from '../../src/domain/errors'
import { newClientId } from '../../src/domain/ids'
import { randomBytes } from 'node:crypto'
import { inviteCodeFrom } from '../../src/domain/invite-code'
import { ROLE_LABELS, isStaffInvite, type StaffRecord } from '../../src/domain/roles'
import { inviteOpenid, inviteView } from '../../src/domain/staff/invites'
import type { AuditView, StaffView } from '../../src/domain/staff/api'
import { AUDIT_FILTER_KINDS } from '../../src/domain/staff/audit-view'
import { suggestionTitle, type Suggestion } from '../../src/domain/suggestions/model'
import { decodeCursor, encodeCursor } from '../../src/domain/staff/inbox-query'
import { monthBounds } from '../../src/domain/staff/periods'
import { scopeView } from '../../src/domain/staff/permissions'
import { validateStaffInput } from '../../src/domain/staff/staff-record'
import { validateTemplate, type ReplyTemplate } from '../../src/domain/staff/templates'
import type { Context, Handler } from '../../server/function'
import { audit, auditLog, denied, departments, staffName, type AuditEntry } from './access'

const templates = (ctx: Context) => ctx.repo.collection<ReplyTemplate>('reply_templates')
const staff = (ctx: Context) => ctx.repo.collection<StaffRecord>('staff')

export const listTemplates: Handler<'staff', 'listTemplates'> = async (req, ctx) => {
  const refused = denied(ctx, 'reply')
  if (refused) return refused
  // Inactive templates are the admins' business only.
  const all = req.includeInactive === true && !denied(ctx, 'manageTemplates')
  const items = await templates(ctx).find(all ? {} : { active: true }, { orderBy: [['updatedAt', 'desc']], limit: 200 })
  return ok({ items })
}

export const saveTemplate: Handler<'staff', 'saveTemplate'> = async (req, ctx) => {
  const refused = denied(ctx, 'manageTemplates')
  if (refused) return refused
  const checked = validateTemplate(req.template)
  if (!checked.ok) return fail('VALIDATION', checked.message, checked.field)
  const { id, ...fields } = checked.value
  const at = ctx.now().toISOString()
  if (id && !(await templates(ctx).get(id))) return fail('NOT_FOUND', '模板不存在，可能已被删除', 'id')
  const record: ReplyTemplate = {
    _id: id ?? newClientId('tpl', Date.parse(at)),
    ...fields,
    updatedAt: at,
    updatedBy: staffName(ctx.caller)
  }
  await templates(ctx).put(record)
  await audit(
    ctx,
    'save_template',
    { detail: { templateId: record._id, created: !id, active: record.active } },
    `${record._id}:${record.updatedAt}`
  )
  return ok(record)
}

/** Department names by id, for the department staff's area label. */
async function departmentNames(ctx: Context): Promise<Map<string, string>> {
  return new Map((await departments(ctx).find({}, { limit: 200 })).map((d) => [d._id, d.name]))
}

function toStaffView(r: StaffRecord, names: ReadonlyMap<string, string>, nowMs: number): StaffView {
  return {
    id: r._id,
    openidHint: isStaffInvite(r.openid) ? '' : (openidHint(r.openid) ?? ''),
    ...inviteView(r, nowMs),
    role: r.role,
    roleLabel: ROLE_LABELS[r.role],
    scope: scopeView(
      { openid: r.openid, role: r.role, scope: r.scope },
      r.scope.department ? names.get(r.scope.department) : undefined
    ),
    name: r.name,
    active: r.active,
    ...(r.demo ? { demo: true } : {}),
    ...(r.safeguardingContact ? { safeguardingContact: true as const } : {})
  }
}

export const listStaff: Handler<'staff', 'listStaff'> = async (_req, ctx) => {
  const refused = denied(ctx, 'manageStaff')
  if (refused) return refused
  const records = await staff(ctx).find(
    {},
    {
      orderBy: [
        ['role', 'asc'],
        ['name', 'asc']
      ],
      limit: 1000
    }
  )
  const names = await departmentNames(ctx)
  return ok({ items: records.map((r) => toStaffView(r, names, ctx.now().getTime())) })
}

export const saveStaff: Handler<'staff', 'saveStaff'> = async (req, ctx) => {
  const refused = denied(ctx, 'manageStaff')
  if (refused) return refused
  const checked = validateStaffInput(req.staff)
  if (!checked.ok) return fail('VALIDATION', checked.message, checked.field)
  const { id, openid, inviteId, ...fields } = checked.value
  let record: StaffRecord
  if (inviteId) {
    const held = await staff(ctx).get(inviteId)
    // The same place prepared again after a lost answer is answered with it, untouched (the
    // person may have joined meanwhile); anything different under its id is refused.
    if (held) {
      const same = (r: Partial<StaffRecord>) =>
        JSON.stringify([r.role, r.scope, r.name, r.active, r.safeguardingContact === true])
      if (same(held) !== same(fields)) return fail('CONFLICT', '邀请编号已被使用，请重新打开页面再试', 'inviteId')
      await audit(ctx, 'save_staff', { detail: savedDetail(held, true, true) }, `invite:${inviteId}`)
      return ok(toStaffView(held, await departmentNames(ctx), ctx.now().getTime()))
    }
    record = {
      _id: inviteId,
      openid: inviteOpenid(inviteCodeFrom(randomBytes(8))),
      ...fields,
      invitedAt: ctx.now().toISOString()
    }
  } else if (id) {
    const existing = await staff(ctx).get(id)
    if (!existing) return fail('NOT_FOUND', '名单中没有这个人员', 'id')
    // The openid is who the record is: changing it would hand one person's rights to another.
    if (openid && openid !== existing.openid)
      return fail('VALIDATION', '不能修改 openid；请停用此记录并新增一条', 'openid')
    record = { ...existing, ...fields }
  } else {
    const [taken] = await staff(ctx).find({ openid: openid! }, { limit: 1 })
    if (taken) return fail('CONFLICT', '这个微信用户已在名单中，请编辑原记录', 'openid')
    record = { _id: newClientId('staff', ctx.now().getTime()), openid: openid!, ...fields }
  }
  if (record.role === 'department_staff') {
    const department = await departments(ctx).get(record.scope.department ?? '')
    if (!department?.active) return fail('VALIDATION', '请选择一个启用中的部门', 'scope.department')
  }
  // Nobody locks themselves (and possibly the district) out.
  if (record.openid === ctx.caller.openid && (record.role !== 'district_admin' || !record.active)) {
    return fail('VALIDATION', '不能停用自己，也不能取消自己的区级管理员身份', 'role')
  }
  await staff(ctx).put(record)
  await audit(
    ctx,
    'save_staff',
    { detail: savedDetail(record, !id, Boolean(inviteId)) },
    // A prepared place is logged once under a retry; other saves as before (scenarios.ts says).
    inviteId ? `invite:${inviteId}` : undefined
  )
  return ok(toStaffView(record, await departmentNames(ctx), ctx.now().getTime()))
}

/** What the log says of a saved staff place (the same for a prepared place and its retry). */
function savedDetail(r: StaffRecord, created: boolean, invited: boolean) {
  return {
    staffId: r._id,
    role: r.role,
    active: r.active,
    created,
    ...(invited ? { invited: true } : {}),
    safeguardingContact: r.safeguardingContact === true
  }
}

const AUDIT_PAGE = 50

function toAuditView(e: AuditEntry, titles: ReadonlyMap<string, string>): AuditView {
  const title = e.suggestionId ? titles.get(e.suggestionId) : undefined
  return {
    id: e._id,
    kind: e.kind,
    at: e.at,
    actorName: e.actorName,
    actorRole: e.actorRole,
    ...(e.suggestionId ? { suggestionId: e.suggestionId } : {}),
    ...(title ? { suggestionTitle: title } : {}),
    ...(e.detail ? { detail: e.detail } : {})
  }
}

export const listAudit: Handler<'staff', 'auditLog'> = async (req, ctx) => {
  const refused = denied(ctx, 'viewAudit')
  if (refused) return refused
  const offset = decodeCursor(req.cursor)
  if (offset === null) return fail('VALIDATION', '翻页位置无效', 'cursor')
  if (req.kind !== undefined && !AUDIT_FILTER_KINDS.includes(req.kind))
    return fail('VALIDATION', '记录类型无效', 'kind')
  const period = req.month === undefined || req.month === '' ? null : monthBounds(req.month)
  if (period === undefined) return fail('VALIDATION', '月份无效，请选择列表中的月份', 'month')
  // A person is chosen by their staff record; the log holds their openid, which never leaves here.
  let actor: string | null = null
  if (req.staffId !== undefined && req.staffId !== '') {
    const person = typeof req.staffId === 'string' ? await staff(ctx).get(req.staffId) : null
    if (!person) return fail('VALIDATION', '没有找到这位工作人员，请刷新名单后重试', 'staffId')
    actor = person.openid
  }
  const filter = {
    ...(typeof req.suggestionId === 'string' && req.suggestionId ? { suggestionId: req.suggestionId } : {}),
    ...(req.kind ? { kind: req.kind } : {}),
    ...(actor ? { actor } : {}),
    ...(period ? { at: { $gte: period.from, $lt: period.to } } : {})
  }
  const rows = await auditLog(ctx).find(filter, {
    orderBy: [
      ['at', 'desc'],
      ['_id', 'desc']
    ],
    skip: offset,
    limit: AUDIT_PAGE + 1
  })
  const page = rows.slice(0, AUDIT_PAGE)
  // The suggestions named by title, as staff read them on the case page: one bounded read per page.
  const ids = [...new Set(page.map((e) => e.suggestionId).filter((id): id is string => Boolean(id)))]
  const named = ids.length
    ? await ctx.repo.collection<Suggestion>('suggestions').find({ _id: { $in: ids } }, { limit: ids.length })
    : []
  const titles = new Map(named.map((s) => [s._id, suggestionTitle(s)]))
  return ok({
    items: page.map((e) => toAuditView(e, titles)),
    next: rows.length > AUDIT_PAGE ? encodeCursor(offset + AUDIT_PAGE) : null
  })
}
