// The edit of a place after a 纠错 (corrections.ts): which fields a district admin may change,
// checked by the import's own rules (import.ts, phone.ts, hours.ts), so a record fixed by hand is
// never something the import would have refused; `source` and `verifiedOn` (a date, not in the
// future in China) are required on every save.
import type { FieldError } from '../suggestions/validate'
import { charCount, visibleText } from '../text'
import type { Checked } from '../suggestions/validate'
import { CORRECTION_LIMITS } from './corrections'
import { formatHours, parseHours } from './hours'
import { checkPlaceName, readLocation } from './import'
import { readDate } from './import-cells'
import type { Place } from './model'
import { parsePhones } from './phone'
import { dropStalePinyin } from './search'
import { isObj } from '../wire'

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
  return { place: dropStalePinyin(place, next), changed }
}
