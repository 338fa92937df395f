// 联系我的社区: the district's community and street offices (社区居委会, 街道办事处) with their
// address, phones, office hours and position, entered by street and district admins — each save
// with its source and the date it was checked, as any place fix (place-edit.ts, whose rules
// these fields follow). Nothing is ever guessed: an office nobody has entered shows 暂无.
import { findCommunity, findStreet } from '../streets'
import type { Checked, FieldError } from '../suggestions/validate'
import { describeHours, formatHours } from './hours-text'
import type { OpeningHours, PlaceLocation } from './model'
import { validatePlaceEdit, type PlaceEditForm } from './place-edit'

export type OfficeKind = 'street' | 'community'

export interface OfficeRecord {
  /** The street's (9 digits) or community's (12 digits) division code. */
  _id: string
  kind: OfficeKind
  /** The street it belongs to (itself for a street office): the list is read per street. */
  street: string
  address?: string
  phones: string[]
  hours?: OpeningHours
  hoursNote?: string
  location?: PlaceLocation
  source: string
  verifiedOn: string
  updatedAt: string
  updatedBy: string
  updatedByName: string
}

/** The office of a division code, by its official name; undefined for a code not in Yuzhong. */
export function officeOf(
  code: string
): { kind: OfficeKind; name: string; street: string; streetName: string } | undefined {
  const street = findStreet(code)
  if (street)
    return {
      kind: 'street',
      name: `${street.officialName}办事处`,
      street: street.code,
      streetName: street.officialName
    }
  const found = findCommunity(code)
  return found
    ? {
        kind: 'community',
        name: found.community.officialName,
        street: found.street.code,
        streetName: found.street.officialName
      }
    : undefined
}

/** The codes of a street's offices, the street's own first, then its communities in order. */
export function officeCodes(street: string): string[] {
  const s = findStreet(street)
  return s ? [s.code, ...s.communities.map((c) => c.code)] : []
}

/** What an admin enters: a place edit's fields without a name (the official one) or 停业. */
export type OfficeForm = Omit<PlaceEditForm, 'name' | 'closed'>

export type OfficeEdit = Pick<
  OfficeRecord,
  'address' | 'phones' | 'hours' | 'hoursNote' | 'location' | 'source' | 'verifiedOn'
>

/** The form filled from a stored office (source and date left for the admin to give anew). */
export function officeFormOf(r: OfficeRecord | undefined, today: string): OfficeForm {
  return {
    address: r?.address ?? '',
    phones: r?.phones.join('；') ?? '',
    hours: r?.hours ? formatHours(r.hours) : '',
    hoursNote: r?.hoursNote ?? '',
    latitude: r?.location ? String(r.location.latitude) : '',
    longitude: r?.location ? String(r.location.longitude) : '',
    source: '',
    verifiedOn: today
  }
}

/** Checked by the place edit's own rules (phones, hours, a point in Yuzhong, source, date). */
export function validateOffice(code: unknown, raw: unknown, today: string): Checked<OfficeEdit & { code: string }> {
  const office = typeof code === 'string' ? officeOf(code) : undefined
  if (!office) return { ok: false, errors: [{ field: 'code', message: '请选择一个渝中区的街道或社区' }] }
  const form = typeof raw === 'object' && raw !== null ? raw : {}
  const checked = validatePlaceEdit({ ...form, name: office.name, closed: false }, today)
  if (!checked.ok) return { ok: false, errors: checked.errors.filter((e: FieldError) => e.field !== 'name') }
  const { name: _name, closed: _closed, ...edit } = checked.value
  // A point given by an admin is where the office is (not 大致位置).
  const location = edit.location ? { ...edit.location, approximate: false } : undefined
  return { ok: true, value: { code: code as string, ...edit, ...(location ? { location } : {}) } }
}

export const OFFICE_EGRESS = {
  public: 'the directory anyone reads (places.offices)',
  staff: 'the staff directory page, who saved each office (places.offices for staff, saveOffice)'
} as const
export type OfficeEgress = keyof typeof OFFICE_EGRESS

export const OFFICE_FIELDS = {
  _id: ['public', 'staff'],
  kind: ['public', 'staff'],
  street: ['public', 'staff'],
  address: ['public', 'staff'],
  phones: ['public', 'staff'],
  hours: ['public', 'staff'],
  hoursNote: ['public', 'staff'],
  location: ['public', 'staff'],
  source: ['public', 'staff'],
  verifiedOn: ['public', 'staff'],
  updatedAt: ['staff'],
  updatedBy: [],
  updatedByName: ['staff']
} as const satisfies Record<keyof OfficeRecord, readonly OfficeEgress[]>

/** One office as the directory shows it; `entered` false: nobody has entered it yet (all 暂无). */
export interface PublicOffice {
  code: string
  kind: OfficeKind
  name: string
  streetName: string
  entered: boolean
  address: string | null
  phones: string[]
  /** The hours in words, one line a rule (describeHours). */
  hours: string[]
  hoursNote: string | null
  location: PlaceLocation | null
  source: string | null
  verifiedOn: string | null
}

export interface StaffOffice extends PublicOffice {
  updatedAt: string | null
  updatedByName: string | null
  /** The stored office as the edit form holds it. */
  form: OfficeForm
}

export function toPublicOffice(code: string, r: OfficeRecord | undefined): PublicOffice | null {
  const office = officeOf(code)
  if (!office) return null
  return {
    code,
    kind: office.kind,
    name: office.name,
    streetName: office.streetName,
    entered: Boolean(r),
    address: r?.address ?? null,
    phones: r ? [...r.phones] : [],
    hours: r?.hours ? describeHours(r.hours) : [],
    hoursNote: r?.hoursNote ?? null,
    location: r?.location ?? null,
    source: r?.source ?? null,
    verifiedOn: r?.verifiedOn ?? null
  }
}

export function toStaffOffice(code: string, r: OfficeRecord | undefined, today: string): StaffOffice | null {
  const shown = toPublicOffice(code, r)
  return shown
    ? {
        ...shown,
        updatedAt: r?.updatedAt ?? null,
        updatedByName: r?.updatedByName ?? null,
        form: officeFormOf(r, today)
      }
    : null
}
