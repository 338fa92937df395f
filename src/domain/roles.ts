// Who is calling a cloud function. The identity always comes from the platform
// (WeChat's getWXContext, or the local backend's development switch), never from a payload.

export const ROLES = ['citizen', 'community_worker', 'street_admin', 'district_admin', 'department_staff'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  citizen: '居民',
  community_worker: '社区工作者',
  street_admin: '街道管理员',
  district_admin: '区级管理员',
  department_staff: '部门工作人员'
}

/** Scope of a staff member: the communities or street they look after, or their department. */
export interface StaffScope {
  street?: string
  communities?: string[]
  /** A department's staff: the department (staff/routing.ts) whose handed-on suggestions they see. */
  department?: string
}

export interface Caller {
  /** WeChat OPENID; null when the call has no identity (e.g. an unauthenticated HTTP call). */
  openid: string | null
  role: Role
  scope: StaffScope
  /** Display name of a staff member; citizens have none. */
  name?: string
}

export interface StaffRecord {
  _id: string
  openid: string
  role: Exclude<Role, 'citizen'>
  scope: StaffScope
  name: string
  active: boolean
  demo?: boolean
  /**
   * 区儿童保护联系人 (district admins only, set on 人员管理): told at once of every suggestion
   * flagged urgent, wherever it is, with no hourly cap (server/runtime/staff-notice.ts).
   */
  safeguardingContact?: boolean
  /**
   * 邀请加入: set when a district admin prepared the place with an invitation code instead of an
   * openid; until the person joins, `openid` holds the code behind STAFF_INVITE_PREFIX (which no
   * WeChat openid ever starts with), so nobody is this staff member yet.
   */
  invitedAt?: string
  joinedAt?: string
}

/** What a prepared place's openid starts with until the invited person joins (staff/invites.ts). */
export const STAFF_INVITE_PREFIX = 'invite:'
export const isStaffInvite = (openid: string | null | undefined): boolean =>
  typeof openid === 'string' && openid.startsWith(STAFF_INVITE_PREFIX)

export function isStaff(role: Role): boolean {
  return role !== 'citizen'
}

/** Resolves a caller from an openid and the staff allowlist entry found for it (if any). */
export function callerFrom(openid: string | null, staff: StaffRecord | null): Caller {
  // A place still waiting for its invited person is nobody's, whatever a caller claims to be.
  if (openid && staff && staff.active && staff.openid === openid && !isStaffInvite(openid)) {
    return { openid, role: staff.role, scope: staff.scope, name: staff.name }
  }
  return { openid, role: 'citizen', scope: {} }
}

/**
 * Identities the local backend offers in its development switch. They exist only in the local
 * seed (demo staff) and the browser build's developer tools; production never sees them.
 */
export const DEV_IDENTITIES = {
  citizen: { openid: 'dev-citizen', label: '居民（示例）' },
  // A second resident: what one person sees of another's suggestion, and a second hourly limit.
  neighbour: { openid: 'dev-neighbour', label: '邻居家长（示例）' },
  worker: { openid: 'dev-worker-jiefangbei', label: '社区工作者 · 解放碑 大井巷（示例）' },
  street: { openid: 'dev-street-jiefangbei', label: '街道管理员 · 解放碑（示例）' },
  district: { openid: 'dev-district-admin', label: '区级管理员（示例）' },
  department: { openid: 'dev-department-traffic', label: '部门工作人员 · 交巡警（示例）' }
} as const
export type DevIdentity = keyof typeof DEV_IDENTITIES

export function isDevIdentity(value: unknown): value is DevIdentity {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DEV_IDENTITIES, value)
}
