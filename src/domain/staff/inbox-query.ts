// The inbox's filters: validated and normalised once, then split into what the database answers
// (equality, $in and ranges on indexed fields) and what is checked on the rows it returns
// (text search, “has photo”: neither can be expressed in the repository's filter language, and
// CloudBase has no full-text index). See cloudfunctions/staff/scan.ts for how the second part
// stays bounded.
import { chinaStartIso } from '../clock'
import { findCommunity, findStreet } from '../streets'
import { isOpenFollowUp } from '../suggestions/followup'
import {
  AGE_GROUPS,
  STATUSES,
  TOPICS,
  type AgeGroup,
  type Mode,
  type Status,
  type Suggestion,
  type Topic,
  type Visibility
} from '../suggestions/model'
import { isFinal } from '../suggestions/status'
import type { ScopeWhere } from './permissions'
import { isStatus } from './workflow'
import { pagingInt } from '../paging'
import { INBOX_MAX_PAGE_SIZE, INBOX_PAGE_SIZE } from './limits'
import { isObj } from '../wire'

/** Structurally the repository's Filter (server/adapters/repository.ts), kept free of server code. */
type Scalar = string | number | boolean | null
export type QueryCondition =
  | Scalar
  | { $in: Scalar[] }
  | { $ne: Scalar }
  | { $gt?: string | number; $gte?: string | number; $lt?: string | number; $lte?: string | number }
export type QueryFilter = Record<string, QueryCondition>
export type QueryOrder = Array<[field: string, direction: 'asc' | 'desc']>

export const SEARCH_MAX_CHARS = 40

export const VISIBILITIES: readonly Visibility[] = ['visible', 'pending_review', 'blocked', 'hidden']
/** 'overdue': 逾期优先, ordered on the server after reading (deadlines.ts overdueFirst). */
export type InboxSort = 'newest' | 'supported' | 'overdue'

export interface InboxFilter {
  status?: Status[]
  topic?: Topic[]
  ageGroup?: AgeGroup[]
  /** 'child': written by a child; 'adult': by a parent or resident. */
  mode?: Mode
  street?: string
  community?: string
  /** China calendar dates, YYYY-MM-DD, both inclusive. */
  from?: string
  to?: string
  hasPhoto?: boolean
  visibility?: Visibility[]
  /** true: only rows a worker entered for someone (assisted entry); false: only citizens' own. */
  assisted?: boolean
  /** true: only 跟进 rows (the author said 还没有 and staff have not closed it again). */
  followUp?: boolean
  /** Words that must all occur in the title, text or place name (or the id). */
  q?: string
  /** true: only what is assigned to the caller (指派; the function adds who the caller is). */
  mine?: boolean
  /** true: 待分派, rows naming no community (a street admin passes them on, staff/routing.ts). */
  noCommunity?: boolean
}

export interface InboxRequest {
  filter?: InboxFilter
  sort?: InboxSort
  /** Opaque; from the previous page's `next`. */
  cursor?: string | null
  pageSize?: number
}

export interface NormalisedInbox {
  filter: InboxFilter
  sort: InboxSort
  offset: number
  pageSize: number
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string }

const DATE = /^\d{4}-\d{2}-\d{2}$/

function list<T extends string>(raw: unknown, valid: (v: unknown) => v is T): T[] | null | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined
  const values = Array.isArray(raw) ? raw : [raw]
  if (!values.every(valid)) return null
  const unique = [...new Set(values)] as T[]
  return unique.length ? unique : undefined
}

const isTopic = (v: unknown): v is Topic => TOPICS.some((t) => t.key === v)
const isAge = (v: unknown): v is AgeGroup => AGE_GROUPS.some((a) => a.key === v)
const isVisibility = (v: unknown): v is Visibility => VISIBILITIES.includes(v as Visibility)

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** The instant a China calendar date begins, as the ISO string createdAt is compared with. */
export function chinaDayStartIso(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number)
  return chinaStartIso(y, m - 1, d + plusDays)
}

export function parseInboxFilter(raw: unknown): Parsed<InboxFilter> {
  if (raw === undefined || raw === null) return { ok: true, value: {} }
  if (!isObj(raw)) return { ok: false, field: 'filter', message: '筛选条件格式不对' }
  const bad = (field: string, message: string): Parsed<InboxFilter> => ({
    ok: false,
    field: `filter.${field}`,
    message
  })
  const f: InboxFilter = {}

  const status = list(raw.status, isStatus)
  if (status === null) return bad('status', '状态无效')
  if (status) f.status = status
  const topic = list(raw.topic, isTopic)
  if (topic === null) return bad('topic', '类别无效')
  if (topic) f.topic = topic
  const ageGroup = list(raw.ageGroup, isAge)
  if (ageGroup === null) return bad('ageGroup', '年龄段无效')
  if (ageGroup) f.ageGroup = ageGroup
  const visibility = list(raw.visibility, isVisibility)
  if (visibility === null) return bad('visibility', '公开状态无效')
  if (visibility) f.visibility = visibility

  if (raw.mode !== undefined && raw.mode !== null && raw.mode !== '') {
    if (raw.mode !== 'child' && raw.mode !== 'adult') return bad('mode', '请选择小朋友或成人')
    f.mode = raw.mode
  }
  if (raw.street !== undefined && raw.street !== null && raw.street !== '') {
    if (typeof raw.street !== 'string' || !findStreet(raw.street)) return bad('street', '请选择渝中区的街道')
    f.street = raw.street
  }
  if (raw.community !== undefined && raw.community !== null && raw.community !== '') {
    if (typeof raw.community !== 'string' || !findCommunity(raw.community))
      return bad('community', '请选择列表中的社区')
    f.community = raw.community
  }
  for (const key of ['from', 'to'] as const) {
    const v = raw[key]
    if (v === undefined || v === null || v === '') continue
    if (typeof v !== 'string' || !validDate(v)) return bad(key, '日期格式应为 年-月-日')
    f[key] = v
  }
  if (f.from && f.to && f.from > f.to) return bad('to', '结束日期不能早于开始日期')
  for (const key of ['hasPhoto', 'assisted', 'followUp', 'mine', 'noCommunity'] as const) {
    const v = raw[key]
    if (v === undefined || v === null) continue
    if (typeof v !== 'boolean') return bad(key, '筛选条件格式不对')
    f[key] = v
  }
  if (raw.q !== undefined && raw.q !== null) {
    if (typeof raw.q !== 'string') return bad('q', '搜索词格式不对')
    const q = raw.q.replace(/\s+/g, ' ').trim()
    if (Array.from(q).length > SEARCH_MAX_CHARS) return bad('q', `搜索词最多 ${SEARCH_MAX_CHARS} 个字`)
    if (q) f.q = q
  }
  return { ok: true, value: f }
}

export function parseInboxRequest(raw: unknown): Parsed<NormalisedInbox> {
  const r = isObj(raw) ? raw : {}
  const filter = parseInboxFilter(r.filter)
  if (!filter.ok) return filter
  const sort = r.sort === undefined || r.sort === null ? 'newest' : r.sort
  if (sort !== 'newest' && sort !== 'supported' && sort !== 'overdue')
    return { ok: false, field: 'sort', message: '排序方式无效' }
  const offset = decodeCursor(r.cursor)
  if (offset === null) return { ok: false, field: 'cursor', message: '翻页位置无效，请从第一页重新加载' }
  const size =
    r.pageSize === undefined || r.pageSize === null ? INBOX_PAGE_SIZE : pagingInt(r.pageSize, 1, INBOX_MAX_PAGE_SIZE)
  if (size === null) {
    return { ok: false, field: 'pageSize', message: `每页 1—${INBOX_MAX_PAGE_SIZE} 条` }
  }
  return { ok: true, value: { filter: filter.value, sort, offset, pageSize: size } }
}

// The cursor is a database offset (see scan.ts), written in base 36 to keep it opaque and short.
export function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`
}

export function decodeCursor(raw: unknown): number | null {
  if (raw === undefined || raw === null || raw === '') return 0
  if (typeof raw !== 'string' || !/^o[0-9a-z]{1,6}$/.test(raw)) return null
  return parseInt(raw.slice(1), 36)
}

const oneOrIn = <T extends Scalar>(values: readonly T[]): QueryCondition =>
  values.length === 1 ? values[0] : { $in: [...values] }

// 跟进 is open work: a final row (已办结 again, or withdrawn) is not followed up.
const FOLLOW_UP_STATES = (Object.keys(STATUSES) as Status[]).filter((s) => !isFinal(s))

/**
 * What the database answers: the caller's area plus every filter it can evaluate with an index.
 * `me`: the caller's openid, for 我负责的 (no openid is empty, so without one it matches nothing).
 */
export function dbFilter(f: InboxFilter, scope: ScopeWhere, me: string | null = null): QueryFilter {
  // Every part of the area, whatever it names (a field the filter forgot would widen the inbox).
  const out: QueryFilter = { ...scope }
  if (f.mine) out['assignee.openid'] = me ?? ''
  // Only narrows: an area made of communities (a worker's) keeps them, never becomes "no community".
  if (f.noCommunity && out.community === undefined) out.community = null
  if (f.status) out.status = oneOrIn(f.status)
  // A 跟进 row is open by definition: the index narrows to open states, the row check does the rest.
  else if (f.followUp) out.status = { $in: FOLLOW_UP_STATES }
  if (f.topic) out.topic = oneOrIn(f.topic)
  if (f.ageGroup) out.ageGroup = oneOrIn(f.ageGroup)
  if (f.visibility) out.visibility = oneOrIn(f.visibility)
  if (f.mode) out.mode = f.mode
  if (f.assisted !== undefined) out.channel = f.assisted ? { $ne: null } : null
  if (f.from || f.to) {
    out.createdAt = {
      ...(f.from ? { $gte: chinaDayStartIso(f.from) } : {}),
      ...(f.to ? { $lt: chinaDayStartIso(f.to, 1) } : {})
    }
  }
  return out
}

export function dbOrder(sort: InboxSort): QueryOrder {
  // _id last: rows created in the same millisecond (a batch entry) keep a stable order across pages.
  return sort === 'supported'
    ? [
        ['supportCount', 'desc'],
        ['createdAt', 'desc'],
        ['_id', 'asc']
      ]
    : [
        ['createdAt', 'desc'],
        ['_id', 'asc']
      ]
}

/** The checks the database cannot make; null when there are none (then paging is exact). */
export function rowFilter(f: InboxFilter): ((s: Suggestion) => boolean) | null {
  const checks: Array<(s: Suggestion) => boolean> = []
  if (f.hasPhoto !== undefined) checks.push((s) => s.photoFileIds.length > 0 === f.hasPhoto)
  if (f.followUp !== undefined) checks.push((s) => isOpenFollowUp(s) === f.followUp)
  if (f.q) {
    const terms = f.q.toLowerCase().split(' ')
    checks.push((s) => {
      const hay = `${s._id}\n${s.title}\n${s.text}\n${s.location?.placeName ?? ''}`.toLowerCase()
      return terms.every((t) => hay.includes(t))
    })
  }
  return checks.length ? (s) => checks.every((c) => c(s)) : null
}
