// Validating import rows into Places. Every row is checked on its own and every problem is
// named (in Chinese, for the data keeper), so one bad row never hides another; the write side
// (cloudfunctions/places/upsert.ts) then writes each accepted place whole, or not at all.
//
// Identity: the unified social credit code (统一社会信用代码); the place id is "cc-<code>", so a
// re-import of the same centre updates it. Rows without a code may carry our own `id` instead
// (places that are not in the registry, e.g. children's homes). Assumptions about the registry
// listing: every row is a childcare provider unless institution_type says 儿童之家; a row with
// a finished_time counts as registered (备案) unless our `registered` column says otherwise.
import { findCommunity, findStreet, STREETS } from '../streets'
import { readChildcareFacts } from './childcare-facts-form'
import { checkCreditCode } from './credit-code'
import { isInsideYuzhong, toGcj02FromWgs84 } from './geo'
import { decodeImportBytes, type TextEncodingName } from './encoding'
import { parseHours } from './hours'
import { readAgeRange, readBoolean, readDate, readInteger, readList, readNumber } from './import-cells'
import { parseImportText, rowsFromObjects, type InputRow, type ParsedInput, type RawRow } from './import-parse'
import {
  CARE_TYPES,
  FACILITIES,
  PLACE_CATEGORIES,
  QUALITY_GRADES,
  type ChildcareInfo,
  type Place,
  type PlaceCategory
} from './model'
import { parsePhones } from './phone'

export interface ImportOptions {
  /** China date (YYYY-MM-DD) the import runs: verifiedAt of rows that give none. */
  today: string
  /** Where the rows come from, e.g. "全国托育机构备案信息（2026年11月导出）". */
  source?: string
}

export interface ImportedPlace {
  row: number
  place: Place
  /** Accepted, but worth a second look (e.g. a credit code registered outside Yuzhong). */
  notes?: string[]
}

export interface RejectedRow {
  row: number
  name?: string
  code?: string
  reasons: string[]
}

export interface ImportValidation {
  places: ImportedPlace[]
  rejected: RejectedRow[]
  /** File-level notes (ignored columns) and errors (unreadable file). */
  warnings: string[]
  errors: string[]
  /** The encoding the file was read in, when it came as bytes. */
  encoding?: TextEncodingName
}

export const DEFAULT_IMPORT_SOURCE = '托育机构备案名录导入'
const OWN_ID = /^[a-z0-9][a-z0-9-]{2,63}$/
const CHILDCARE_COLUMNS: Array<[keyof RawRow, string]> = [
  ['care_types', '托育类型'],
  ['age_months', '月龄'],
  ['age_min_months', '最小月龄'],
  ['age_max_months', '最大月龄'],
  ['capacity', '托位'],
  ['public_benefit', '普惠'],
  ['registered', '备案'],
  ['quality_grade', '质量等级'],
  ['fees', '收费'],
  ['care_hours', '托育时间'],
  ['meals', '餐食'],
  ['free_places', '余位'],
  ['free_places_on', '余位确认日期']
]

/** Drops undefined fields so stored records and comparisons stay clean. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function readCategory(cells: RawRow, hasCode: boolean): { value?: PlaceCategory; error?: string } {
  const text = cells.category
  if (text) {
    const found = PLACE_CATEGORIES.find((c) => c.key === text || c.label === text || c.shortLabel === text)
    return found
      ? { value: found.key }
      : { error: `类别“${text}”无法识别（可用：${PLACE_CATEGORIES.map((c) => c.label).join('、')}）` }
  }
  if (cells.institution_type?.includes('儿童之家')) return { value: 'children_home' }
  if (cells.institution_type || hasCode) return { value: 'childcare' }
  return { error: '缺少类别（category 列，如 托育机构）' }
}

function readArea(cells: RawRow, reasons: string[]): { street?: string; community?: string } {
  let street: string | undefined
  let community: string | undefined
  const zoning = cells.zoning_code?.replace(/\s/g, '')
  if (zoning) {
    if (!/^500103\d*$/.test(zoning)) reasons.push(`区划代码“${zoning}”不在渝中区（应以 500103 开头）`)
    // Only the 11 current streets count; a district-level or outdated code leaves it empty.
    street = findStreet(zoning.slice(0, 9))?.code
    community = findCommunity(zoning)?.community.code
  }
  if (cells.street) {
    const s = STREETS.find(
      (x) => x.code === cells.street || x.name === cells.street || `${x.name}街道` === cells.street
    )
    if (s) street = s.code
    else reasons.push(`街道“${cells.street}”无法识别（填 11 个街道之一的名称或代码）`)
  }
  if (cells.community) {
    const byCode = findCommunity(cells.community)
    const inStreet = STREETS.filter((s) => !street || s.code === street).flatMap((s) => s.communities)
    const found =
      byCode?.community ?? inStreet.find((c) => c.name === cells.community || `${c.name}社区` === cells.community)
    if (found) {
      community = found.code
      street = found.code.slice(0, 9)
    } else reasons.push(`社区“${cells.community}”不在已知社区列表中（可留空）`)
  }
  return { street, community }
}

/**
 * How long the text of a place's fields may be, as the import and the edit page take them (a
 * name; phones and hours as their cells are written; a coordinate in degrees).
 */
export const PLACE_TEXT_LIMITS = { name: 100, phones: 100, hours: 200, coordinate: 20 } as const

/** A place's name as the import and the edit page accept it; the reason when not. */
export function checkPlaceName(name: string | undefined): string | undefined {
  if (!name) return '缺少机构名称（institution_name）'
  if (name.length > PLACE_TEXT_LIMITS.name) return `机构名称超过 ${PLACE_TEXT_LIMITS.name} 个字`
  return undefined
}

/** lat / lng (and coord_type, approximate) cells → a GCJ-02 point inside 渝中区, or reasons. */
export function readLocation(cells: RawRow, reasons: string[]): Place['location'] {
  const lat = readNumber(cells.lat)
  const lng = readNumber(cells.lng)
  if (lat === undefined || lng === undefined) {
    reasons.push('缺少坐标（lat 纬度、lng 经度）')
    return undefined
  }
  if (Number.isNaN(lat) || Number.isNaN(lng)) {
    reasons.push(`坐标不是数字（lat “${cells.lat}”，lng “${cells.lng}”）`)
    return undefined
  }
  const datum = (cells.coord_type ?? 'gcj02').toLowerCase().replace(/[-\s]/g, '')
  if (datum !== 'gcj02' && datum !== 'wgs84') {
    reasons.push(`坐标系“${cells.coord_type}”无法识别（填 gcj02 或 wgs84）`)
    return undefined
  }
  const point = toGcj02FromWgs84({ latitude: lat, longitude: lng, datum })
  if (!isInsideYuzhong(point.latitude, point.longitude)) {
    const swapped = isInsideYuzhong(lng, lat) ? '（纬度和经度是否写反了？）' : ''
    reasons.push(`坐标（${lat}, ${lng}）不在渝中区范围内${swapped}`)
    return undefined
  }
  const approximate = readBoolean(cells.approximate, '大致位置')
  if (approximate.error) reasons.push(approximate.error)
  return { latitude: point.latitude, longitude: point.longitude, approximate: approximate.value ?? false }
}

function readChildcare(cells: RawRow, code: string | undefined, today: string, reasons: string[]): ChildcareInfo {
  const pick = <T>(cell: { value?: T; error?: string }) => {
    if (cell.error) reasons.push(cell.error)
    return cell.value
  }
  const grade = cells.quality_grade?.toUpperCase()
  if (grade && !(QUALITY_GRADES as readonly string[]).includes(grade))
    reasons.push(`质量等级“${cells.quality_grade}”应为 A、B、C 或 D`)
  const registered = pick(readBoolean(cells.registered, '备案'))
  const facts = readChildcareFacts(
    {
      fees: cells.fees ?? '',
      careHours: cells.care_hours ?? '',
      meals: cells.meals ?? '',
      freePlaces: cells.free_places ?? '',
      freePlacesOn: cells.free_places_on ?? ''
    },
    today
  )
  for (const e of facts.errors) reasons.push(e.message)
  return compact({
    careTypes: pick(readList(cells.care_types, '托育类型', CARE_TYPES)) ?? [],
    ageMonths: pick(readAgeRange(cells.age_months, cells.age_min_months, cells.age_max_months)),
    capacity: pick(readInteger(cells.capacity, '托位', 1, 2000)),
    publicBenefit: pick(readBoolean(cells.public_benefit, '普惠')),
    registered: registered ?? (cells.finished_time ? true : undefined),
    registryCode: code,
    registryType: cells.institution_type || undefined,
    registeredAt: cells.finished_time || undefined,
    qualityGrade:
      grade && (QUALITY_GRADES as readonly string[]).includes(grade)
        ? (grade as ChildcareInfo['qualityGrade'])
        : undefined,
    ...facts.value
  })
}

function validateRow(input: InputRow, options: ImportOptions, seen: Map<string, number>): ImportedPlace | RejectedRow {
  const { cells, row } = input
  const reasons = [...input.problems]
  const notes: string[] = []
  const name = cells.institution_name?.trim() || undefined
  const code = cells.credit_code?.replace(/\s/g, '').toUpperCase() || undefined
  const nameProblem = checkPlaceName(name)
  if (nameProblem) reasons.push(nameProblem)
  let id: string | undefined
  if (code) {
    const checked = checkCreditCode(code)
    if (!checked.ok) reasons.push(checked.reason)
    else if (checked.note) notes.push(checked.note)
    id = `cc-${code}`
  } else if (cells.id) {
    if (!OWN_ID.test(cells.id)) reasons.push(`id“${cells.id}”只能用小写字母、数字和连字符（3–64 位）`)
    id = cells.id
  } else reasons.push('缺少统一社会信用代码（credit_code），非备案地点请填 id 列')
  if (id) {
    const first = seen.get(id)
    if (first !== undefined) reasons.push(`${code ? '统一社会信用代码' : 'id'}与第 ${first} 行重复`)
    else seen.set(id, row)
  }
  const category = readCategory(cells, Boolean(code))
  if (category.error) reasons.push(category.error)
  const area = readArea(cells, reasons)
  const location = readLocation(cells, reasons)
  const phones = parsePhones(cells.phone ?? '')
  reasons.push(...phones.errors)
  const hours = cells.hours ? parseHours(cells.hours) : undefined
  if (hours && !hours.ok) reasons.push(`营业时间格式有误：${hours.errors.join('；')}`)
  const facilities = readList(cells.facilities, '设施', FACILITIES)
  if (facilities.error) reasons.push(facilities.error)
  const free = readBoolean(cells.free, '免费')
  const demo = readBoolean(cells.demo, '示例')
  const verifiedAt = readDate(cells.verified_at, '核实日期')
  for (const cell of [free, demo, verifiedAt]) if (cell.error) reasons.push(cell.error)
  let childcare: ChildcareInfo | undefined
  if (category.value === 'childcare') childcare = readChildcare(cells, code, options.today, reasons)
  else {
    const stray = CHILDCARE_COLUMNS.filter(([column]) => cells[column]).map(([, label]) => label)
    if (stray.length) reasons.push(`只有托育机构可填写${stray.join('、')}（类别为“${category.value ?? '未知'}”）`)
  }
  if (reasons.length) return compact({ row, name, code, reasons })
  const place: Place = compact({
    id: id as string,
    name: name as string,
    alias: cells.institution_other_name || undefined,
    category: category.value as PlaceCategory,
    street: area.street,
    community: area.community,
    address: cells.address || undefined,
    location,
    phones: phones.phones,
    hours: hours && hours.ok ? hours.hours : undefined,
    hoursNote: cells.hours_note || undefined,
    free: free.value,
    facilities: facilities.value ?? [],
    childcare,
    source: cells.source || options.source || DEFAULT_IMPORT_SOURCE,
    verifiedAt: verifiedAt.value ?? options.today,
    demo: demo.value
  })
  return notes.length ? { row, place, notes } : { row, place }
}

function validateImportRows(input: ParsedInput, options: ImportOptions): ImportValidation {
  const seen = new Map<string, number>()
  const result: ImportValidation = { places: [], rejected: [], warnings: input.warnings, errors: input.errors }
  for (const row of input.rows) {
    const checked = validateRow(row, options, seen)
    if ('place' in checked) result.places.push(checked)
    else result.rejected.push(checked)
  }
  return result
}

/** A file's bytes (any supported encoding), CSV/JSON text or parsed objects → places and rejections. */
export function validateImport(
  input: Uint8Array | string | unknown[],
  options: ImportOptions & { format?: 'csv' | 'json' }
): ImportValidation {
  if (input instanceof Uint8Array) {
    const decoded = decodeImportBytes(input)
    if (!decoded.ok) return { places: [], rejected: [], warnings: [], errors: [decoded.error] }
    return { ...validateImport(decoded.text, options), encoding: decoded.encoding }
  }
  const parsed = typeof input === 'string' ? parseImportText(input, options.format) : rowsFromObjects(input)
  return validateImportRows(parsed, options)
}
