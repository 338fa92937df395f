// 纠错: anyone tells the district that a place's information is wrong (closed, moved, wrong phone,
// wrong hours); a district admin checks it, fixes the record on the edit page (naming where the
// new facts come from and the day they were checked) and answers; the reporter sees the outcome.
//
// No contact data is asked: the reporter is known only by the openid the platform gives, kept to
// show them their own reports and dropped REPORTER_RETENTION_DAYS after the answer. A note that
// carries a phone number or another contact is refused (findPersonalInfo), so it never holds one.
// The admin's fix of the place is place-edit.ts (kept apart: it carries the import's rules,
// which the reporter's screens do not need).
import type { Checked, FieldError } from '../suggestions/validate'
import { charCount, hasInvisible, visibleText } from '../text'
import { findPersonalInfo } from '../staff/mask'
import { DAY_MS } from '../clock'
import { isObj } from '../wire'
import {
  CORRECTION_LIMITS,
  DEFAULT_ANSWERS,
  REPORTER_RETENTION_DAYS,
  REPORTER_UNANSWERED_DAYS,
  isCorrectionKind,
  type CorrectionKind,
  type CorrectionStatus
} from './correction-words'

export {
  CORRECTION_KINDS,
  CORRECTION_LIMITS,
  CORRECTION_STATUSES,
  CORRECTION_TONE,
  DEFAULT_ANSWERS,
  REPORTER_RETENTION_DAYS,
  REPORTER_UNANSWERED_DAYS,
  correctionKindLabel,
  correctionStatusLabel,
  isCorrectionKind,
  isCorrectionStatus,
  type CorrectionKind,
  type CorrectionOutcome,
  type CorrectionStatus
} from './correction-words'

const ID = /^[A-Za-z0-9_-]{8,64}$/

/** What the app sends: a client-generated id (the idempotency key), the place and what is wrong. */
export interface CorrectionInput {
  id: string
  placeId: string
  kind: CorrectionKind
  note?: string
}

/**
 * Contact data in a note: phone numbers, ID numbers, e-mail, WeChat/QQ ids. A school's or a
 * street's name is what a report about a place is made of (搬到了某某路 12 号), so those stay.
 */
export function contactIn(note: string): string[] {
  return findPersonalInfo(asMatched(note)).filter((hit) => /\d{7}|@|微信|vx|wx|qq/i.test(hit.replace(/[\s-]/g, '')))
}

/**
 * The note as the patterns read it: NFKC (full-width digits and letters from a Chinese keyboard
 * become ASCII), and the separators people put between groups of digits (dots, middle dots,
 * commas, spaces, dashes, slashes) taken out, so 139·0013·9000 is the number it is.
 */
function asMatched(note: string): string {
  return note.normalize('NFKC').replace(/(\d)[\s.\-_/·・,，、。．]+(?=\d)/g, '$1')
}

/** A free-text line: invisible characters refused (they show nothing), limited in visible characters. */
export function freeText(raw: unknown, field: string, label: string, max: number, errors: FieldError[]): string {
  if (raw === undefined || raw === null) return ''
  if (typeof raw !== 'string') {
    errors.push({ field, message: `${label}格式不正确` })
    return ''
  }
  if (hasInvisible(raw)) errors.push({ field, message: `${label}里有看不见的字符，请删除后重新输入` })
  const text = visibleText(raw)
  if (charCount(text) > max) errors.push({ field, message: `${label}最多 ${max} 个字` })
  return text
}

export function validateCorrection(raw: unknown): Checked<CorrectionInput> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '纠错内容为空' }] }
  const errors: FieldError[] = []
  const id = typeof raw.id === 'string' ? raw.id : ''
  if (!ID.test(id)) errors.push({ field: 'id', message: '纠错编号无效，请重新提交' })
  const placeId = typeof raw.placeId === 'string' ? raw.placeId : ''
  if (!placeId || placeId.length > 100) errors.push({ field: 'placeId', message: '缺少地点 id' })
  const kind = isCorrectionKind(raw.kind) ? raw.kind : null
  if (!kind) errors.push({ field: 'kind', message: '请选择哪里不对' })
  const note = freeText(raw.note, 'note', '补充说明', CORRECTION_LIMITS.note, errors)
  if (kind === 'other' && !note) errors.push({ field: 'note', message: '选了“其他”，请写一句哪里不对' })
  if (note && contactIn(note).length)
    errors.push({
      field: 'note',
      message: '补充说明里请不要写电话号码、微信号等联系方式：我们不需要你的联系方式，正确的号码工作人员会核实'
    })
  if (errors.length || !kind) return { ok: false, errors }
  return { ok: true, value: { id, placeId, kind, ...(note ? { note } : {}) } }
}

/** A report as stored in the `corrections` collection. */
export interface CorrectionRecord {
  _id: string
  placeId: string
  /** The place's name when reported (the place may be renamed by the fix). */
  placeName: string
  /** The place's street, for the queue's filter. */
  street?: string
  kind: CorrectionKind
  note?: string
  status: CorrectionStatus
  answer?: string
  /** The reporter's openid; null once REPORTER_RETENTION_DAYS have passed (purge). */
  reporterId: string | null
  reporterPurgedAt: string | null
  createdAt: string
  updatedAt: string
  resolvedAt?: string
  /** Name of the staff member who answered (never an openid). */
  resolvedBy?: string
  /** What the fix changed, by field label (for the queue's history; no personal data). */
  changed?: string[]
  /** The outcome message to the reporter: what happened to it (a retried answer sends what did not go). */
  notification?: 'sent' | 'recorded' | 'skipped' | 'not_subscribed' | 'failed'
}

/** What the outcome message to the reporter is made of: the place (public), the outcome, when. */
export interface CorrectionMessageRow {
  id: string
  placeName: string
  status: Exclude<CorrectionStatus, 'pending'>
  at: string
}

/** The allow-list of the outcome message: never the report's note or the staff answer's words. */
export function toCorrectionMessageRow(r: CorrectionRecord): CorrectionMessageRow | null {
  if (r.status === 'pending' || !r.resolvedAt) return null
  return { id: r._id, placeName: r.placeName, status: r.status, at: r.resolvedAt }
}

/** What the reporter sees of their own report. */
export interface MyCorrection {
  id: string
  placeId: string
  placeName: string
  kind: CorrectionKind
  note?: string
  status: CorrectionStatus
  answer?: string
  createdAt: string
  resolvedAt?: string
}

/** What staff see in the queue: no reporter. */
export type CorrectionView = MyCorrection & { street?: string; resolvedBy?: string; changed?: string[] }

export function toMyCorrection(r: CorrectionRecord): MyCorrection {
  return {
    id: r._id,
    placeId: r.placeId,
    placeName: r.placeName,
    kind: r.kind,
    ...(r.note ? { note: r.note } : {}),
    status: r.status,
    ...(r.status !== 'pending' ? { answer: r.answer || DEFAULT_ANSWERS[r.status] } : {}),
    createdAt: r.createdAt,
    ...(r.resolvedAt ? { resolvedAt: r.resolvedAt } : {})
  }
}

export function toCorrectionView(r: CorrectionRecord): CorrectionView {
  return {
    ...toMyCorrection(r),
    ...(r.street ? { street: r.street } : {}),
    ...(r.resolvedBy ? { resolvedBy: r.resolvedBy } : {}),
    ...(r.changed?.length ? { changed: r.changed } : {})
  }
}

/** Whether the reporter's openid is due to go at `now`. */
export function reporterDue(r: CorrectionRecord, now: Date): boolean {
  if (!r.reporterId) return false
  const days = r.status === 'pending' ? REPORTER_UNANSWERED_DAYS : REPORTER_RETENTION_DAYS
  const from = r.status === 'pending' ? r.createdAt : (r.resolvedAt ?? r.updatedAt)
  return Date.parse(from) <= now.getTime() - days * DAY_MS
}
