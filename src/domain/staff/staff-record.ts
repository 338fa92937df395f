// The staff allowlist as district admins edit it: one record per WeChat user, with a role and
// the area that role covers. A worker's communities may lie in different streets.
import type { StaffRecord, StaffScope } from '../roles'
import { findCommunity, findStreet } from '../streets'
import { charCount } from '../suggestions/validate'
import type { Parsed } from './inbox-query'
import { isObj } from '../wire'

export type StaffInput = Pick<StaffRecord, 'role' | 'scope' | 'name' | 'active'> & {
  id?: string
  openid?: string
  /** A new place for someone who joins with an invitation code: the admin's client id for this add. */
  inviteId?: string
  /** Always said: saving without it takes the role away (a record is saved whole). */
  safeguardingContact: boolean
}

export const MAX_COMMUNITIES = 20
/** A staff member's name or form of address, in characters. */
export const STAFF_NAME = { min: 2, max: 20 } as const
/** A WeChat openid is 28 characters; the form takes up to this many. */
const OPENID_MAX = 64
const OPENID = new RegExp(`^[A-Za-z0-9_-]{6,${OPENID_MAX}}$`)
const RECORD_ID = /^[A-Za-z0-9_-]{4,64}$/
const ROLES: ReadonlyArray<StaffRecord['role']> = [
  'community_worker',
  'street_admin',
  'district_admin',
  'department_staff'
]

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

function parseScope(role: StaffRecord['role'], raw: unknown): Parsed<StaffScope> {
  const scope = isObj(raw) ? raw : {}
  if (role === 'district_admin') return { ok: true, value: {} }
  // Which department exists is the function's to check (departments live in the database).
  if (role === 'department_staff') {
    const department = str(scope.department)
    return department
      ? { ok: true, value: { department } }
      : { ok: false, field: 'scope.department', message: '请选择所在的部门' }
  }
  if (role === 'street_admin') {
    const street = str(scope.street)
    return findStreet(street)
      ? { ok: true, value: { street } }
      : { ok: false, field: 'scope.street', message: '请选择负责的街道' }
  }
  const list = Array.isArray(scope.communities) ? [...new Set(scope.communities.map(str))] : []
  if (list.length === 0) return { ok: false, field: 'scope.communities', message: '请至少选择一个负责的社区' }
  if (list.length > MAX_COMMUNITIES)
    return { ok: false, field: 'scope.communities', message: `最多 ${MAX_COMMUNITIES} 个社区` }
  const unknown = list.find((c) => !findCommunity(c))
  if (unknown) return { ok: false, field: 'scope.communities', message: `社区编码 ${unknown} 不存在` }
  const streets = new Set(list.map((c) => c.slice(0, 9)))
  return { ok: true, value: { ...(streets.size === 1 ? { street: [...streets][0] } : {}), communities: list } }
}

export function validateStaffInput(raw: unknown): Parsed<StaffInput> {
  if (!isObj(raw)) return { ok: false, field: 'staff', message: '人员信息为空' }
  const id = str(raw.id) || undefined
  if (id && !RECORD_ID.test(id)) return { ok: false, field: 'id', message: '记录编号无效' }
  const openid = str(raw.openid) || undefined
  const inviteId = str(raw.inviteId) || undefined
  if (inviteId && (id || openid || !RECORD_ID.test(inviteId)))
    return { ok: false, field: 'inviteId', message: '邀请编号无效，请重新打开页面再试' }
  if (!id && !openid && !inviteId) return { ok: false, field: 'openid', message: '请生成邀请码，请对方在小程序里输入' }
  if (openid && !OPENID.test(openid)) return { ok: false, field: 'openid', message: 'openid 格式不对' }
  const role = ROLES.find((r) => r === raw.role)
  if (!role)
    return { ok: false, field: 'role', message: '请选择角色：社区工作者、街道管理员、区级管理员或部门工作人员' }
  const name = str(raw.name)
  if (charCount(name) < STAFF_NAME.min || charCount(name) > STAFF_NAME.max)
    return { ok: false, field: 'name', message: `姓名或称呼请写 ${STAFF_NAME.min}—${STAFF_NAME.max} 个字` }
  const scope = parseScope(role, raw.scope)
  if (!scope.ok) return scope
  const safeguardingContact = raw.safeguardingContact === true
  // The contact is told of urgent rows anywhere in the district: only a role that can open them all.
  if (safeguardingContact && role !== 'district_admin')
    return { ok: false, field: 'safeguardingContact', message: '儿童保护联系人须是区级管理员' }
  return {
    ok: true,
    value: {
      ...(id ? { id } : {}),
      ...(openid ? { openid } : {}),
      ...(inviteId ? { inviteId } : {}),
      role,
      scope: scope.value,
      name,
      active: raw.active !== false,
      safeguardingContact
    }
  }
}
