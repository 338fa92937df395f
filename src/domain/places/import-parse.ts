// Reading an import file into rows of text cells keyed by canonical column names. Accepts the
// national childcare registry listing's columns (institution_name, institution_other_name,
// credit_code, institution_type, address, zoning_name, zoning_code, finished_time) plus our
// own (lat, lng, phone, hours, care_types, …), in English or with the Chinese headings a data
// keeper is likely to type. Validation is import.ts's job; this file never rejects a row.
import { parseCsvRecords } from './csv'
import { jsonBoundsProblem } from '../json-bounds'

export const REGISTRY_COLUMNS = [
  'institution_name',
  'institution_other_name',
  'credit_code',
  'institution_type',
  'address',
  'zoning_name',
  'zoning_code',
  'finished_time'
] as const
export const OUR_COLUMNS = [
  'id',
  'category',
  'street',
  'community',
  'lat',
  'lng',
  'coord_type',
  'approximate',
  'phone',
  'hours',
  'hours_note',
  'care_types',
  'age_months',
  'age_min_months',
  'age_max_months',
  'capacity',
  'public_benefit',
  'registered',
  'quality_grade',
  'fees',
  'care_hours',
  'meals',
  'free_places',
  'free_places_on',
  'facilities',
  'free',
  'source',
  'verified_at',
  'demo'
] as const
export type ImportColumn = (typeof REGISTRY_COLUMNS)[number] | (typeof OUR_COLUMNS)[number]

const ALIASES: Record<string, ImportColumn> = {
  name: 'institution_name',
  名称: 'institution_name',
  机构名称: 'institution_name',
  alias: 'institution_other_name',
  别名: 'institution_other_name',
  机构别名: 'institution_other_name',
  统一社会信用代码: 'credit_code',
  信用代码: 'credit_code',
  机构类型: 'institution_type',
  地址: 'address',
  机构地址: 'address',
  区划名称: 'zoning_name',
  区划代码: 'zoning_code',
  备案时间: 'finished_time',
  类别: 'category',
  街道: 'street',
  社区: 'community',
  latitude: 'lat',
  纬度: 'lat',
  longitude: 'lng',
  lon: 'lng',
  经度: 'lng',
  坐标系: 'coord_type',
  大致位置: 'approximate',
  phones: 'phone',
  电话: 'phone',
  联系电话: 'phone',
  营业时间: 'hours',
  开放时间: 'hours',
  时间备注: 'hours_note',
  托育类型: 'care_types',
  月龄: 'age_months',
  最小月龄: 'age_min_months',
  最大月龄: 'age_max_months',
  托位: 'capacity',
  托位数: 'capacity',
  普惠: 'public_benefit',
  备案: 'registered',
  是否备案: 'registered',
  质量等级: 'quality_grade',
  等级: 'quality_grade',
  收费: 'fees',
  收费标准: 'fees',
  各类型时间: 'care_hours',
  托育时间: 'care_hours',
  餐食: 'meals',
  膳食: 'meals',
  余位: 'free_places',
  余位确认日期: 'free_places_on',
  设施: 'facilities',
  免费: 'free',
  来源: 'source',
  核实日期: 'verified_at',
  示例: 'demo'
}
const KNOWN = new Set<string>([...REGISTRY_COLUMNS, ...OUR_COLUMNS])

export type RawRow = Partial<Record<ImportColumn, string>>

export interface InputRow {
  /** CSV: the spreadsheet row (the header is row 1). JSON: the item's position, from 1. */
  row: number
  cells: RawRow
  /** Problems found while reading (e.g. a wrong number of cells). */
  problems: string[]
}

export interface ParsedInput {
  rows: InputRow[]
  /** Why the file could not be read at all. */
  errors: string[]
  /** Things a data keeper should know but that block nothing (ignored columns). */
  warnings: string[]
}

export function canonicalColumn(heading: string): ImportColumn | undefined {
  const h = heading.replace(/^\uFEFF/, '').trim()
  const lower = h.toLowerCase().replace(/[\s-]+/g, '_')
  if (KNOWN.has(lower)) return lower as ImportColumn
  return ALIASES[h] ?? ALIASES[lower]
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(cellText).join('、')
  return String(value).trim()
}

function columnsOf(headings: string[], warnings: string[]): Array<ImportColumn | undefined> {
  const columns = headings.map(canonicalColumn)
  const ignored = headings.filter((h, i) => h.trim() && !columns[i])
  if (ignored.length) warnings.push(`未识别的列（已忽略）：${ignored.join('、')}`)
  return columns
}

/** Rows given as objects (JSON import, or rows sent to the cloud function). */
export function rowsFromObjects(items: unknown[]): ParsedInput {
  const warnings: string[] = []
  const headings = [
    ...new Set(
      items.flatMap((item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : []))
    )
  ]
  const columnList = columnsOf(headings, warnings)
  const columns = new Map(headings.map((h, i) => [h, columnList[i]]))
  const rows = items.map((item, i): InputRow => {
    if (!item || typeof item !== 'object' || Array.isArray(item))
      return { row: i + 1, cells: {}, problems: ['这一条不是一个对象（应为 {"institution_name": …}）'] }
    const cells: RawRow = {}
    for (const [key, value] of Object.entries(item)) {
      const column = columns.get(key)
      if (column) cells[column] = cellText(value)
    }
    return { row: i + 1, cells, problems: [] }
  })
  return { rows, errors: [], warnings }
}

function parseJson(text: string): ParsedInput {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { rows: [], errors: [`JSON 格式有误：${(e as Error).message}`], warnings: [] }
  }
  // Walked by recursive code below: too deep a document is refused with a reason first.
  const tooBig = jsonBoundsProblem(data)
  if (tooBig) return { rows: [], errors: [tooBig], warnings: [] }
  // Registry exports wrap the list in an object now and then: {"data": [...]}.
  const list = Array.isArray(data)
    ? data
    : ['rows', 'data', 'list', 'records'].map((k) => (data as Record<string, unknown>)?.[k]).find(Array.isArray)
  if (!list) return { rows: [], errors: ['JSON 应为数组，或含 rows/data/list 数组的对象'], warnings: [] }
  return rowsFromObjects(list)
}

function parseCsv(text: string): ParsedInput {
  const [headings, ...records] = parseCsvRecords(text.replace(/^\uFEFF/, ''))
  if (!headings || headings.every((h) => !h.trim())) return { rows: [], errors: ['CSV 没有表头'], warnings: [] }
  const warnings: string[] = []
  const columns = columnsOf(headings, warnings)
  if (!columns.includes('institution_name'))
    return { rows: [], errors: ['CSV 缺少名称列（institution_name 或 机构名称）'], warnings }
  const rows: InputRow[] = []
  records.forEach((record, i) => {
    if (record.every((cell) => !cell.trim())) return
    const cells: RawRow = {}
    record.forEach((cell, j) => {
      const column = columns[j]
      if (column) cells[column] = cell.trim()
    })
    const problems =
      record.length === headings.length ? [] : [`该行有 ${record.length} 列，表头有 ${headings.length} 列`]
    rows.push({ row: i + 2, cells, problems })
  })
  return { rows, errors: [], warnings }
}

/** CSV or JSON text (detected from its first character unless `format` says). */
export function parseImportText(text: string, format?: 'csv' | 'json'): ParsedInput {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (!trimmed) return { rows: [], errors: ['文件是空的'], warnings: [] }
  const kind = format ?? (/^[[{]/.test(trimmed) ? 'json' : 'csv')
  return kind === 'json' ? parseJson(trimmed) : parseCsv(trimmed)
}
