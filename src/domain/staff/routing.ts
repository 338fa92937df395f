// Who holds a suggestion, and 转办: handing it to a community, a street or a department with a
// reason the author reads (a child in child words). Where it is (street, community) decides which
// community worker and street admin see it; a department (区教委, 交巡警 …, configured by the
// district admin) sees what was handed to it, wherever it is. One home for the rule: the staff
// function checks with it, the case page offers from it, the timeline words come from it.
import { findCommunity, findStreet } from '../streets'
import { TOPICS, type Suggestion, type Topic, type TransferReason } from '../suggestions/model'
import { charCount } from '../suggestions/validate'
import { visibleText } from '../text'
import type { Parsed } from './inbox-query'
import { isObj } from '../wire'

/** A district department that receives suggestions, as the district admin configured it. */
export interface Department {
  _id: string
  name: string
  /** What it usually handles: the case page offers it first for these topics. */
  topics: Topic[]
  active: boolean
  /** A department of the local demo data (示例), never of production. */
  demo?: boolean
  updatedAt?: string
}

export const DEPARTMENT_NAME = { min: 2, max: 20 } as const
const DEPARTMENT_ID = /^[A-Za-z0-9_-]{2,40}$/

/**
 * `id`: the department's, or for a new one (`create`) the admin's client id for this add — the
 * same add sent again finds it and is answered with it, never a second department.
 */
export type DepartmentInput = Pick<Department, 'name' | 'topics' | 'active'> & { id: string; create: boolean }

const str = (v: unknown) => (typeof v === 'string' ? visibleText(v) : '')

export function validateDepartmentInput(raw: unknown): Parsed<DepartmentInput> {
  if (!isObj(raw)) return { ok: false, field: 'department', message: '部门信息为空' }
  const id = str(raw.id)
  if (!DEPARTMENT_ID.test(id)) return { ok: false, field: 'id', message: '部门编号无效，请重新打开页面再试' }
  const name = str(raw.name)
  if (charCount(name) < DEPARTMENT_NAME.min || charCount(name) > DEPARTMENT_NAME.max)
    return {
      ok: false,
      field: 'name',
      message: `部门名称请写 ${DEPARTMENT_NAME.min}—${DEPARTMENT_NAME.max} 个字`
    }
  const picked = Array.isArray(raw.topics) ? raw.topics : []
  const topics = TOPICS.map((t) => t.key).filter((k) => picked.includes(k))
  if (topics.length !== new Set(picked).size) return { ok: false, field: 'topics', message: '请从列表中选择负责的类别' }
  return { ok: true, value: { id, create: raw.create === true, name, topics, active: raw.active !== false } }
}

/** Where a suggestion can be handed: a community, a street (its admin), or a department. */
export type TransferTarget =
  { kind: 'community'; code: string } | { kind: 'street'; code: string } | { kind: 'department'; id: string }

/**
 * Why it is handed on, from a fixed list: every author reads the same clear words, a child reads
 * them in child words (a free 说明 goes to adult authors only, so no adult's jargon reaches a
 * child).
 */
export const TRANSFER_REASONS = {
  triage: { label: '分派到社区办理', adult: '交给所在社区就近办理', child: '因为社区的叔叔阿姨离你最近' },
  responsibility: { label: '属于对方职责', adult: '这件事由对方负责办理', child: '因为这件事归他们管' },
  location: { label: '地点在对方辖区', adult: '地点在对方负责的范围内', child: '因为那个地方归他们照看' },
  expertise: { label: '需要对方专业力量', adult: '需要对方的专业力量', child: '因为他们更懂这件事' }
} as const satisfies Record<TransferReason, { label: string; adult: string; child: string }>
export type { TransferReason }

export const TRANSFER_NOTE_MAX = 100

export type Holder = Pick<Suggestion, 'street' | 'community' | 'department'>

/** Who acts on it now: the department it was handed to, else its community, else its street. */
export function holderOf(s: Holder): TransferTarget | null {
  if (s.department) return { kind: 'department', id: s.department }
  if (s.community) return { kind: 'community', code: s.community }
  if (s.street) return { kind: 'street', code: s.street }
  return null
}

/** A target's name as people say it (大井巷社区, 解放碑街道, 交巡警); null when it does not exist. */
export function targetLabel(t: TransferTarget, departments: readonly Department[]): string | null {
  if (t.kind === 'community') {
    const hit = findCommunity(t.code)
    return hit ? `${hit.street.name}街道${hit.community.name}社区` : null
  }
  if (t.kind === 'street') {
    const street = findStreet(t.code)
    return street ? `${street.name}街道` : null
  }
  return departments.find((d) => d._id === t.id && d.active)?.name ?? null
}

/** Who holds it now, by name (an inactive department still by its name); 渝中区 when no one in particular. */
export function holderLabel(s: Holder, departments: readonly Department[]): string {
  const holder = holderOf(s)
  if (holder?.kind === 'department') return departments.find((d) => d._id === holder.id)?.name ?? '原部门'
  return (holder && targetLabel(holder, departments)) ?? '渝中区'
}

const sameTarget = (a: TransferTarget | null, b: TransferTarget) =>
  a !== null &&
  a.kind === b.kind &&
  (a.kind === 'department' ? a.id === (b as { id: string }).id : a.code === (b as { code: string }).code)

export interface TransferPlan {
  target: TransferTarget
  /** The target's name, kept in the history: what the author reads even if it is renamed later. */
  label: string
  reason: TransferReason
  note?: string
  /** What the row becomes: set these fields, delete those. */
  patch: Partial<Suggestion>
  remove: Array<'community' | 'department'>
}

function parseTarget(raw: unknown): TransferTarget | null {
  if (!isObj(raw) || typeof raw.kind !== 'string') return null
  if ((raw.kind === 'community' || raw.kind === 'street') && typeof raw.code === 'string')
    return { kind: raw.kind, code: raw.code }
  if (raw.kind === 'department' && typeof raw.id === 'string') return { kind: 'department', id: raw.id }
  return null
}

/**
 * Checks a 转办 request against the row and the configured departments. A community brings its
 * street (the street admin keeps sight of it); a street takes the community and any department
 * off; a department keeps where it is, so the community and the street still see it.
 */
export function planTransfer(
  req: { to?: unknown; reason?: unknown; note?: unknown },
  s: Holder,
  departments: readonly Department[]
): Parsed<TransferPlan> {
  const target = parseTarget(req.to)
  const label = target ? targetLabel(target, departments) : null
  if (!target || !label) return { ok: false, field: 'to', message: '请选择转给哪个社区、街道或部门' }
  if (sameTarget(holderOf(s), target)) return { ok: false, field: 'to', message: `这条建议已经由${label}办理` }
  const reason =
    typeof req.reason === 'string' && req.reason in TRANSFER_REASONS ? (req.reason as TransferReason) : null
  if (!reason) return { ok: false, field: 'reason', message: '请选择转办原因' }
  const note = str(req.note)
  if (charCount(note) > TRANSFER_NOTE_MAX)
    return { ok: false, field: 'note', message: `说明最多 ${TRANSFER_NOTE_MAX} 个字` }
  const base = { target, label, reason, ...(note ? { note } : {}) }
  if (target.kind === 'community')
    return {
      ok: true,
      value: { ...base, patch: { street: target.code.slice(0, 9), community: target.code }, remove: ['department'] }
    }
  if (target.kind === 'street')
    return { ok: true, value: { ...base, patch: { street: target.code }, remove: ['community', 'department'] } }
  return { ok: true, value: { ...base, patch: { department: target.id }, remove: [] } }
}

/** The departments offered first for a topic (those that said they handle it), then the rest. */
export function departmentsFor(topic: Topic, departments: readonly Department[]): Department[] {
  const active = departments.filter((d) => d.active)
  return [...active.filter((d) => d.topics.includes(topic)), ...active.filter((d) => !d.topics.includes(topic))]
}

/** The timeline's line for a 转办 (the author's, and staff's): to whom and why. */
export function transferWords(h: { to?: string; reason?: TransferReason; note?: string }, child: boolean): string {
  const to = h.to ?? '其他部门'
  const reason = h.reason ? TRANSFER_REASONS[h.reason] : null
  if (child) return `你的建议交给了${to}${reason ? `，${reason.child}` : ''}。`
  return `转办给${to}${reason ? `：${reason.adult}` : ''}${h.note ? `（${h.note}）` : ''}`
}
