// Who may do what, and where. Two questions, asked by the cloud function on every call:
//   can(caller, action)   does the role allow the action at all?
//   inScope(caller, s)    is this suggestion in the caller's area?
// Area: a community worker looks after their communities, a street admin their street, the
// district admin everything, a department's staff what was handed to their department (转办,
// routing.ts). A suggestion without a community is seen by the street admin of its street (if it
// has one) and by the district; without either, by the district only.
import { ROLE_LABELS, type Caller, type Role } from '../roles'
import { findCommunity, findStreet } from '../streets'

export const STAFF_ACTIONS = [
  'read',
  'list',
  'transition',
  'reply',
  'openContact',
  'moderate',
  'publish',
  'viewOriginal',
  'enter',
  'report',
  'export',
  'viewAudit',
  'manageTemplates',
  'manageStaff',
  /** 纠错: the queue of reports about places, and fixing a place's record. */
  'correctPlaces',
  /** 地点导入: replacing the district's place records from the registry export. */
  'importPlaces',
  /** 政策与动态发布: a new policy version and home's 有什么变化 list. */
  'publishContent',
  /** Showing text the content check blocked: a second look by an admin, not the worker who asked. */
  'reviewBlocked',
  /** 标记紧急: a child may be in danger and the words did not say so (every staff role). */
  'markUrgent',
  /** 目标进展: entering the current value of a 2026 target, with its source (district only). */
  'recordProgress',
  /** 快问快答: asking, opening and closing a poll (a street admin in their street, the district anywhere). */
  'runPolls',
  /** 儿童议事会: adding and ending a street's representatives (a street admin in their street, the district anywhere). */
  'manageCouncil',
  /** 儿童议事会: opening and closing the quarter's rounds and answering the picked suggestions (district only). */
  'leadCouncil',
  /** 联系我的社区: an office's address, phones and hours (a street admin in their street, the district anywhere). */
  'manageOffices',
  /** 活动: publishing, changing and cancelling activities in the caller's area, and their sign-ups. */
  'manageActivities',
  /** 处理期限: the working days allowed for 受理 and 答复 (district only). */
  'manageDeadlines',
  /** 转办: handing a suggestion in the caller's area to a community, a street or a department (routing.ts). */
  'transfer',
  /** 指派: taking a case (anyone) or assigning it to a named worker (admins; casework.ts). */
  'assign',
  /** 内部备注: a note for the other staff on a case, never shown to its author. */
  'note',
  /** 预约参观: the requests to visit the childcare centres in the caller's area, their contact and answer. */
  'arrangeVisits'
] as const
export type StaffAction = (typeof STAFF_ACTIONS)[number]

const WORKER: readonly StaffAction[] = [
  'read',
  'list',
  'transition',
  'reply',
  'openContact',
  'moderate',
  'enter',
  'report',
  'export',
  'markUrgent',
  'manageActivities',
  'transfer',
  'assign',
  'note',
  'arrangeVisits'
]

/** A department's staff handle what was handed to them: no activities, visits or paper entry (no area of their own). */
const DEPARTMENT: readonly StaffAction[] = WORKER.filter(
  (a) => a !== 'manageActivities' && a !== 'enter' && a !== 'arrangeVisits'
)

const GRANTS: Record<Role, readonly StaffAction[]> = {
  citizen: [],
  community_worker: WORKER,
  // Originals of redacted text are personal data that a redaction meant to take out of sight:
  // only the district admin sees them again (not even the street admin who asked for it).
  // Publishing a child's words (公开) is a second pair of eyes: the worker who knows the child
  // redacts and prepares, a street or district admin decides what the whole city may read, as
  // with adopting. Taking it back down needs only 'moderate' (like hiding: always the safe way).
  street_admin: [...WORKER, 'publish', 'reviewBlocked', 'runPolls', 'manageCouncil', 'manageOffices'],
  district_admin: STAFF_ACTIONS,
  department_staff: DEPARTMENT
}

/** True only for a signed-in caller (so a function that asked may record who did it). */
export function can(caller: Caller, action: StaffAction): caller is Caller & { openid: string } {
  return caller.openid !== null && GRANTS[caller.role].includes(action)
}

export function capabilities(caller: Caller): Record<StaffAction, boolean> {
  return Object.fromEntries(STAFF_ACTIONS.map((a) => [a, can(caller, a)])) as Record<StaffAction, boolean>
}

export interface Located {
  street?: string
  community?: string
  department?: string
}

export function inScope(caller: Caller, s: Located): boolean {
  switch (caller.role) {
    case 'district_admin':
      return true
    case 'street_admin':
      return Boolean(caller.scope.street) && s.street === caller.scope.street
    case 'community_worker':
      return Boolean(s.community) && (caller.scope.communities ?? []).includes(s.community!)
    case 'department_staff':
      return Boolean(caller.scope.department) && s.department === caller.scope.department
    default:
      return false
  }
}

/** The part of a database filter that keeps a query inside the caller's area. */
export interface ScopeWhere {
  street?: string
  community?: string | { $in: string[] }
  department?: string
}

export type ScopeNarrowing =
  | { ok: true; where: ScopeWhere }
  | { ok: false; code: 'FORBIDDEN' | 'VALIDATION'; message: string; field: 'street' | 'community' }

const outside = (field: 'street' | 'community'): ScopeNarrowing => ({
  ok: false,
  code: 'FORBIDDEN',
  field,
  message: field === 'street' ? '这个街道不在你负责的范围内' : '这个社区不在你负责的范围内'
})

/**
 * Combines the caller's area with the street/community a query asks for. Asking for a place
 * outside the area is refused with a message rather than answered with an empty list, so a
 * worker is never left wondering why nothing shows.
 */
export function scopeWhere(caller: Caller, requested: Located = {}): ScopeNarrowing {
  const { street, community } = requested
  if (street && community && !community.startsWith(street))
    return { ok: false, code: 'VALIDATION', field: 'community', message: '社区不在所选街道内' }
  switch (caller.role) {
    case 'district_admin':
      return { ok: true, where: { ...(street ? { street } : {}), ...(community ? { community } : {}) } }
    case 'street_admin': {
      const own = caller.scope.street
      if (!own || (street && street !== own)) return outside('street')
      if (community && !community.startsWith(own)) return outside('community')
      return { ok: true, where: { street: own, ...(community ? { community } : {}) } }
    }
    case 'community_worker': {
      const own = caller.scope.communities ?? []
      if (community) return own.includes(community) ? { ok: true, where: { community } } : outside('community')
      const wanted = street ? own.filter((c) => c.startsWith(street)) : own
      if (wanted.length === 0) return outside(street ? 'street' : 'community')
      // One community (the usual case) as an equality, so the database uses its index directly.
      return { ok: true, where: { community: wanted.length === 1 ? wanted[0] : { $in: wanted } } }
    }
    case 'department_staff': {
      const own = caller.scope.department
      if (!own) return outside('community')
      // Handed on from anywhere in the district: a street or community only narrows the list.
      return {
        ok: true,
        where: { department: own, ...(street ? { street } : {}), ...(community ? { community } : {}) }
      }
    }
    default:
      return outside('community')
  }
}

export interface ScopeView {
  all: boolean
  street?: { code: string; name: string }
  communities: Array<{ code: string; name: string }>
  /** A department's staff: their department (its name looked up by the function). */
  department?: { id: string; name: string }
  /** One line for the page header, e.g. “解放碑街道 · 大井巷社区”. */
  label: string
}

export function scopeView(caller: Caller, departmentName?: string): ScopeView {
  if (caller.role === 'district_admin') return { all: true, communities: [], label: '渝中区（全区）' }
  if (caller.role === 'department_staff') {
    const id = caller.scope.department
    const name = departmentName ?? ROLE_LABELS[caller.role]
    return { all: false, communities: [], label: name, ...(id ? { department: { id, name } } : {}) }
  }
  const street = caller.scope.street ? findStreet(caller.scope.street) : undefined
  const communities = (caller.role === 'community_worker' ? (caller.scope.communities ?? []) : [])
    .map((code) => findCommunity(code))
    .filter((hit): hit is NonNullable<typeof hit> => Boolean(hit))
    .map((hit) => ({ code: hit.community.code, name: hit.community.name }))
  const streetPart = street ? `${street.name}街道` : ''
  const communityPart = communities.map((c) => `${c.name}社区`).join('、')
  const label = [streetPart, communityPart].filter(Boolean).join(' · ') || ROLE_LABELS[caller.role]
  return { all: false, ...(street ? { street: { code: street.code, name: street.name } } : {}), communities, label }
}
