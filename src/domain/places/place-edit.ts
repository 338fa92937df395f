// The edit of a place after a 纠错 (corrections.ts): which fields a district admin may change,
// checked by the import's own rules (import.ts, phone.ts, hours.ts), so a record fixed by hand is
// never something the import would have refused; `source` and `verifiedOn` (a date, not in the
// future in China) are required on every save.
import type { FieldError } from '../suggestions/validate'
import { charCount, visibleTextOf } from '../text'
import type { Checked } from '../suggestions/validate'
import { CORRECTION_LIMITS } from './correction-words'
import { formatHours, parseHours } from './hours'
import { checkPlaceName, readLocation } from './import'
import { readDate } from './import-cells'
import { CARE_TYPES, type CareType, type ChildcareInfo, type Place, type PlaceCategory } from './model'
import {
  CHILDCARE_FACT_LABELS,
  childcareFactsForm,
  readChildcareFacts,
  type ChildcareFacts,
  type ChildcareFactsForm
} from './childcare-facts-form'
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
  /** A childcare centre's care types and the facts a parent decides on (childcare-facts.ts). */
  childcare?: ChildcareEditForm
}

export interface ChildcareEditForm extends ChildcareFactsForm {
  careTypes: CareType[]
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
  verifiedOn: '核实日期',
  childcare: '托育信息'
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
    verifiedOn: today,
    ...(place.category === 'childcare'
      ? { childcare: { careTypes: place.childcare?.careTypes ?? [], ...childcareFactsForm(place.childcare) } }
      : {})
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
  /** Present when the form asked the childcare facts: they replace the stored ones. */
  childcare?: { careTypes: CareType[] } & ChildcareFacts
}

/** Checks an edit by the import's rules; `today` is China's date (chinaDate). */
export function validatePlaceEdit(raw: unknown, today: string): Checked<PlaceEdit> {
  if (!isObj(raw)) return { ok: false, errors: [{ field: 'form', message: '没有要保存的内容' }] }
  const errors: FieldError[] = []
  const err = (field: keyof PlaceEditForm, message: string) => errors.push({ field, message })
  const name = visibleTextOf(raw.name)
  const nameProblem = checkPlaceName(name || undefined)
  if (nameProblem) err('name', nameProblem.replace('（institution_name）', ''))
  const address = visibleTextOf(raw.address)
  if (charCount(address) > CORRECTION_LIMITS.address) err('address', `地址最多 ${CORRECTION_LIMITS.address} 个字`)
  const phones = parsePhones(visibleTextOf(raw.phones))
  if (phones.errors.length) err('phones', phones.errors.join('；'))
  const hoursText = visibleTextOf(raw.hours)
  const hours = hoursText ? parseHours(hoursText) : undefined
  if (hours && !hours.ok) err('hours', `开放时间格式有误：${hours.errors.join('；')}`)
  const hoursNote = visibleTextOf(raw.hoursNote)
  if (charCount(hoursNote) > CORRECTION_LIMITS.hoursNote)
    err('hoursNote', `时间说明最多 ${CORRECTION_LIMITS.hoursNote} 个字`)
  if (raw.closed !== undefined && typeof raw.closed !== 'boolean') err('closed', '“已停业”应为是或否')
  const lat = visibleTextOf(raw.latitude)
  const lng = visibleTextOf(raw.longitude)
  let location: Place['location'] | undefined
  if (lat || lng) {
    const reasons: string[] = []
    location = readLocation({ lat, lng }, reasons)
    // The import's words name its columns (lat, lng); the form's fields are 纬度 and 经度.
    const formWords = (r: string) =>
      r
        .replace('缺少坐标（lat 纬度、lng 经度）', '纬度和经度都要填写')
        .replace(/^坐标不是数字（lat “(.*)”，lng “(.*)”）$/, '纬度“$1”和经度“$2”应为数字')
    if (reasons.length) err('latitude', reasons.map(formWords).join('；'))
  }
  const source = visibleTextOf(raw.source)
  if (!source) err('source', '请写明信息来源（如：电话核实、机构公告、备案名录）')
  else if (charCount(source) > CORRECTION_LIMITS.source) err('source', `信息来源最多 ${CORRECTION_LIMITS.source} 个字`)
  const dateText = visibleTextOf(raw.verifiedOn)
  const date = dateText ? readDate(dateText, '核实日期') : { error: '请选择核实日期' }
  if (date.error) err('verifiedOn', date.error)
  else if (date.value && date.value > today) err('verifiedOn', `核实日期不能晚于今天（${today}）`)
  let childcare: PlaceEdit['childcare']
  if (raw.childcare !== undefined) {
    const c = raw.childcare
    const careTypes = isObj(c) && Array.isArray(c.careTypes) ? c.careTypes : null
    if (!isObj(c) || !careTypes || !careTypes.every((t) => CARE_TYPES.some((k) => k.key === t)))
      err('childcare', '托育信息格式不正确')
    else {
      const facts = readChildcareFacts(c as unknown as ChildcareFactsForm, today)
      for (const e of facts.errors) errors.push({ field: `childcare.${e.field}`, message: e.message })
      childcare = { careTypes: [...new Set(careTypes as CareType[])], ...facts.value }
    }
  }
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
      verifiedOn: date.value as string,
      ...(childcare ? { childcare } : {})
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
    updatedAt: at,
    childcare: edit.childcare ? withChildcareEdit(place.childcare, edit.childcare) : place.childcare
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
  const careKeys: Array<[keyof NonNullable<PlaceEdit['childcare']>, string]> = [
    ['careTypes', '托育类型'],
    ['fees', CHILDCARE_FACT_LABELS.fees],
    ['careHours', CHILDCARE_FACT_LABELS.careHours],
    ['meals', CHILDCARE_FACT_LABELS.meals],
    ['freePlaces', CHILDCARE_FACT_LABELS.freePlaces]
  ]
  for (const [key, label] of careKeys) if (!same(place.childcare?.[key], next.childcare?.[key])) changed.push(label)
  return { place: dropStalePinyin(place, next), changed }
}

/** The stored childcare record with the edited care types and facts; a cleared fact is removed. */
function withChildcareEdit(
  stored: ChildcareInfo | undefined,
  edit: NonNullable<PlaceEdit['childcare']>
): ChildcareInfo | undefined {
  // An empty form on a record that knew nothing leaves it knowing nothing (no empty object).
  if (!stored && !edit.careTypes.length && Object.keys(edit).length === 1) return undefined
  const { fees: _f, careHours: _h, meals: _m, freePlaces: _p, ...kept } = stored ?? { careTypes: [] }
  return { ...kept, ...edit }
}

/** Why an edit cannot apply to this place (the childcare facts belong to childcare only). */
export function editMisfit(place: Pick<Place, 'category'>, edit: PlaceEdit): FieldError | null {
  if (edit.childcare && place.category !== 'childcare')
    return { field: 'childcare', message: '只有托育机构可以填写托育信息' }
  return null
}

/** What an admin's new place is made of besides the edit: its id, category and area. */
export interface NewPlaceInput {
  id: string
  category: PlaceCategory
  street?: string
  community?: string
}

/** Ids of places an admin adds by hand (the client's, so a retried add finds the first). */
export const NEW_PLACE_ID = /^place-[a-z0-9-]{8,57}$/

/** A new place from an admin's form: the edit applied to an empty record of its category. */
export function newPlaceOf(input: NewPlaceInput, edit: PlaceEdit, at: string): Place {
  const empty: Place = {
    id: input.id,
    name: edit.name,
    category: input.category,
    ...(input.street ? { street: input.street } : {}),
    ...(input.community ? { community: input.community } : {}),
    phones: [],
    facilities: [],
    source: edit.source,
    ...(input.category === 'childcare' ? { childcare: { careTypes: [] } } : {})
  }
  return applyPlaceEdit(empty, edit, at).place
}

/** The place form's name for a field the server names inside the request's `update`. */
export const placeFormField = (field: string): string => field.replace(/^update\./, '')

/** Whether a place form (null before it is loaded) shows the field, as placeFormField names it (`childcare.fees` too). */
export const placeFormShows =
  (form: PlaceEditForm | null) =>
  (field: string): boolean =>
    form !== null && field.split('.')[0] in form
