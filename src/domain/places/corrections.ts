// 纠错: anyone tells the district that a place's information is wrong (closed, moved, wrong phone,
// wrong hours); a district admin checks it, fixes the record on the edit page (naming where the
// new facts come from and the day they were checked) and answers; the reporter sees the outcome.
//
// No contact data is asked: the reporter is known only by the openid the platform gives, kept to
// show them their own reports and dropped REPORTER_RETENTION_DAYS after the answer. A note that
// carries a phone number or another contact is refused (findPersonalInfo), so it never holds one.
// The edit is checked by the import's own rules (import.ts, phone.ts, hours.ts), so a record
// fixed by hand is never something the import would have refused.
import { charCount, visibleText, type FieldError } from '../suggestions/validate'
import { findPersonalInfo } from '../staff/mask'
import { DAY_MS } from './china-time'
import { parseHours, formatHours } from './hours'
import { checkPlaceName, readLocation } from './import'
import { readDate } from './import-cells'
import type { Place } from './model'
import { parsePhones } from './phone'

export const CORRECTION_KINDS = [
  { key: 'closed', label: '已关闭' },
  { key: 'moved', label: '搬迁了' },
  { key: 'phone', label: '电话不对' },
  { key: 'hours', label: '开放时间不对' },
  { key: 'other', label: '其他' }
] as const
export type CorrectionKind = (typeof CORRECTION_KINDS)[number]['key']

export const CORRECTION_STATUSES = [
  { key: 'pending', label: '待处理' },
  { key: 'corrected', label: '已更正' },
  { key: 'no_change', label: '无需更正' }
] as const
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number]['key']
export type CorrectionOutcome = Exclude<CorrectionStatus, 'pending'>

export const CORRECTION_LIMITS = { note: 200, answer: 200, source: 200, address: 200, hoursNote: 100 } as const

/** Contact of the reporter dropped this many days after the answer (or after the report, if none). */
export const REPORTER_RETENTION_DAYS = 90
/** An unanswered report keeps its reporter at most this long. */
export const REPORTER_UNANSWERED_DAYS = 365

/** The answer the reporter reads when the admin wrote none. */
export const DEFAULT_ANSWERS: Record<CorrectionOutcome, string> = {
  corrected: '已按你的反馈核实并更新了地点信息，谢谢！',
  no_change: '工作人员核实后，这里的信息没有问题。谢谢你的反馈！'
}

const ID = /^[A-Za-z0-9_-]{8,64}$/
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** How a status looks (StatusTag tones); said in words too. */
export const CORRECTION_TONE: Record<CorrectionStatus, 'waiting' | 'good' | 'neutral'> = {
  pending: 'waiting',
  corrected: 'good',
  no_change: 'neutral'
}

export function correctionKindLabel(kind: CorrectionKind): string {
  return CORRECTION_KINDS.find((k) => k.key === kind)?.label ?? kind
}

export function correctionStatusLabel(status: CorrectionStatus): string {
  return CORRECTION_STATUSES.find((s) => s.key === status)?.label ?? status
}

export function isCorrectionKind(v: unknown): v is CorrectionKind {
  return CORRECTION_KINDS.some((k) => k.key === v)
}

export function isCorrectionStatus(v: unknown): v is CorrectionStatus {
  return CORRECTION_STATUSES.some((s) => s.key === v)
}

/** What the app sends: a client-generated id (the idempotency key), the place and what is wrong. */
export interface CorrectionInput {
  id: string
  placeId: string
  kind: CorrectionKind
  note?: string
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/**
 * Contact data in a note: phone numbers, ID numbers, e-mail, WeChat/QQ ids. A school's or a
 * street's name is what a report about a place is made of (搬到了某某路 12 号), so those stay.
 */
export function contactIn(note: string): string[] {
  return findPersonalInfo(note).filter((hit) => /\d{7}|@|微信|vx|wx|qq/i.test(hit.replace(/[\s-]/g, '')))
}

/** A free-text line: invisible characters refused (they show nothing), limited in visible characters. */
function freeText(raw: unknown, field: string, label: string, max: number, errors: FieldError[]): string {
  if (raw === undefined || raw === null) return ''
  if (typeof raw !== 'string') {
    errors.push({ field, message: `${label}格式不正确` })
    return ''
  }
  if (INVISIBLE.test(raw)) errors.push({ field, message: `${label}里有看不见的字符，请删除后重新输入` })
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

// ---------------------------------------------------------------------------------------------
// The edit of a place

/** The fields an admin may edit, as the edit page's form holds them (text, like import cells). */
export interface PlaceEditForm {
  name: string
  address: string
  /** One or more numbers, as in the import's phone column ("023-63622984；13800138000"). */
  phones: string
  /** The import's hours syntax (Mo-Fr 08:00-18:00; …); empty: unknown. */
  hours: string
  hoursNote: string
  closed: boolean
  /** GCJ-02; both empty keeps the stored point. */
  latitude: string
  longitude: string
  /** Where the new facts come from (required). */
  source: string
  /** YYYY-MM-DD the facts were checked (required, not in the future, China time). */
  verifiedOn: string
}

export const PLACE_EDIT_LABELS: Record<keyof PlaceEditForm, string> = {
  name: '名称',
  address: '地址',
  phones: '电话',
  hours: '开放时间',
  hoursNote: '时间说明',
  closed: '已停业',
  latitude: '纬度',
  longitude: '经度',
  source: '信息来源',
  verifiedOn: '核实日期'
}

/** The form filled from the stored place (source and date left for the admin to give anew). */
export function editFormOf(place: Place, today: string): PlaceEditForm {
  return {
    name: place.name,
    address: place.address ?? '',
    phones: place.phones.join('；'),
    hours: place.hours ? formatHours(place.hours) : '',
    hoursNote: place.hoursNote ?? '',
    closed: place.closed === true,
    latitude: place.location ? String(place.location.latitude) : '',
    longitude: place.location ? String(place.location.longitude) : '',
    source: '',
    verifiedOn: today
  }
}

/** The checked values of an edit, ready to apply to the stored place. */
export interface PlaceEdit {
  name: string
  address?: string
  phones: string[]
  hours?: Place['hours']
  hoursNote?: string
  closed: boolean
  /** Undefined: keep the stored point. */
  location?: Place['location']
  source: string
  verifiedOn: string
}

const text = (v: unknown): string => (typeof v === 'string' ? visibleText(v) : '')

/** Checks an edit by the import's rules; `today` is China's date (chinaDate). */
export function validatePlaceEdit(raw: unknown, today: string): Checked<PlaceEdit> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '没有要保存的内容' }] }
  const errors: FieldError[] = []
  const err = (field: keyof PlaceEditForm, message: string) => errors.push({ field, message })
  const name = text(raw.name)
  const nameProblem = checkPlaceName(name || undefined)
  if (nameProblem) err('name', nameProblem.replace('（institution_name）', ''))
  const address = text(raw.address)
  if (charCount(address) > CORRECTION_LIMITS.address) err('address', `地址最多 ${CORRECTION_LIMITS.address} 个字`)
  const phones = parsePhones(text(raw.phones))
  if (phones.errors.length) err('phones', phones.errors.join('；'))
  const hoursText = text(raw.hours)
  const hours = hoursText ? parseHours(hoursText) : undefined
  if (hours && !hours.ok) err('hours', `开放时间格式有误：${hours.errors.join('；')}`)
  const hoursNote = text(raw.hoursNote)
  if (charCount(hoursNote) > CORRECTION_LIMITS.hoursNote)
    err('hoursNote', `时间说明最多 ${CORRECTION_LIMITS.hoursNote} 个字`)
  if (raw.closed !== undefined && typeof raw.closed !== 'boolean') err('closed', '“已停业”应为是或否')
  const lat = text(raw.latitude)
  const lng = text(raw.longitude)
  let location: Place['location'] | undefined
  if (lat || lng) {
    const reasons: string[] = []
    location = readLocation({ lat, lng }, reasons)
    if (reasons.length) err('latitude', reasons.join('；'))
  }
  const source = text(raw.source)
  if (!source) err('source', '请写明信息来源（如：电话核实、机构公告、备案名录）')
  else if (charCount(source) > CORRECTION_LIMITS.source) err('source', `信息来源最多 ${CORRECTION_LIMITS.source} 个字`)
  const dateText = text(raw.verifiedOn)
  const date = dateText ? readDate(dateText, '核实日期') : { error: '请选择核实日期' }
  if (date.error) err('verifiedOn', date.error)
  else if (date.value && date.value > today) err('verifiedOn', `核实日期不能晚于今天（${today}）`)
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    value: {
      name,
      ...(address ? { address } : {}),
      phones: phones.phones,
      ...(hours?.ok ? { hours: hours.hours } : {}),
      ...(hoursNote ? { hoursNote } : {}),
      closed: raw.closed === true,
      ...(location ? { location } : {}),
      source,
      verifiedOn: date.value as string
    }
  }
}

/** The stored place with the edit applied, and the labels of what changed. */
export function applyPlaceEdit(place: Place, edit: PlaceEdit, at: string): { place: Place; changed: string[] } {
  // The form shows the stored point: given back unchanged, it keeps what it was (e.g. 大致位置).
  const moved =
    edit.location &&
    !(edit.location.latitude === place.location?.latitude && edit.location.longitude === place.location?.longitude)
  const next: Place = {
    ...place,
    name: edit.name,
    address: edit.address,
    phones: edit.phones,
    hours: edit.hours,
    hoursNote: edit.hoursNote,
    closed: edit.closed || undefined,
    location: moved ? edit.location : place.location,
    source: edit.source,
    verifiedAt: edit.verifiedOn,
    updatedAt: at
  }
  for (const key of Object.keys(next) as Array<keyof Place>) if (next[key] === undefined) delete next[key]
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
  const fields: Array<[keyof Place, keyof PlaceEditForm]> = [
    ['name', 'name'],
    ['address', 'address'],
    ['phones', 'phones'],
    ['hours', 'hours'],
    ['hoursNote', 'hoursNote'],
    ['closed', 'closed'],
    ['location', 'latitude']
  ]
  const changed = fields
    .filter(([key]) => !same(place[key], next[key]))
    .map(([key, form]) => (key === 'location' ? '位置' : PLACE_EDIT_LABELS[form]))
  return { place: next, changed }
}
