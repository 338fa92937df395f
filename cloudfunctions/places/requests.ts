// Checks what a client sent before any query runs: the payload is whatever arrived over the
// wire, whatever the TypeScript contract says. Each failure names its field in Chinese.
import type { CloudError } from '../../src/domain/errors'
import { cloudError } from '../../src/domain/errors'
import {
  DEFAULT_NEARBY,
  DEFAULT_PAGE_SIZE,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ROWS,
  MAX_NEARBY,
  MAX_PAGE_SIZE,
  MAX_RADIUS_M,
  type ImportPlacesRequest
} from '../../src/domain/places/api'
import { CHILDCARE_FACT_LIMITS } from '../../src/domain/places/childcare-facts'
import { base64ToBytes } from '../../src/domain/places/encoding'
import type { PlaceFilter } from '../../src/domain/places/filters'
import {
  CARE_TYPES,
  isPlaceCategory,
  type CareType,
  type LatLng,
  type PlaceCategory
} from '../../src/domain/places/model'
import { findStreet } from '../../src/domain/streets'
import { jsonBoundsProblem } from '../../src/domain/json-bounds'

export type Checked<T> = { ok: true; value: T } | { ok: false; error: CloudError }

const bad = (message: string, field: string): { ok: false; error: CloudError } => ({
  ok: false,
  error: cloudError('VALIDATION', message, field)
})

type Obj = Record<string, unknown>
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max

function categories(value: unknown, field: string): Checked<PlaceCategory[] | undefined> {
  if (value === undefined) return { ok: true, value: undefined }
  if (!Array.isArray(value) || value.length > 20 || !value.every(isPlaceCategory)) return bad('地点类别不正确', field)
  return { ok: true, value: value as PlaceCategory[] }
}

function street(value: unknown, field: string): Checked<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined }
  if (typeof value !== 'string' || !findStreet(value)) return bad('街道代码不正确（应为渝中区 11 个街道之一）', field)
  return { ok: true, value }
}

export function checkList(
  request: unknown
): Checked<{ street?: string; community?: string; categories?: PlaceCategory[]; page: number; pageSize: number }> {
  const req = request as Obj
  const s = street(req.street, 'street')
  if (!s.ok) return s
  if (req.community !== undefined && (typeof req.community !== 'string' || !/^\d{12}$/.test(req.community)))
    return bad('社区代码应为 12 位数字', 'community')
  const c = categories(req.categories, 'categories')
  if (!c.ok) return c
  const page = req.page ?? 1
  const pageSize = req.pageSize ?? DEFAULT_PAGE_SIZE
  if (!isInt(page, 1, 10000)) return bad('页码应为正整数', 'page')
  if (!isInt(pageSize, 1, MAX_PAGE_SIZE)) return bad(`每页数量应为 1–${MAX_PAGE_SIZE}`, 'pageSize')
  return {
    ok: true,
    value: { street: s.value, community: req.community as string | undefined, categories: c.value, page, pageSize }
  }
}

function filter(value: unknown): Checked<PlaceFilter> {
  if (value === undefined) return { ok: true, value: {} }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('筛选条件格式不正确', 'filter')
  const f = value as Obj
  const c = categories(f.categories, 'filter.categories')
  if (!c.ok) return c
  const s = street(f.street, 'filter.street')
  if (!s.ok) return s
  const careKeys = CARE_TYPES.map((t) => t.key) as string[]
  if (
    f.careTypes !== undefined &&
    !(Array.isArray(f.careTypes) && f.careTypes.every((t) => careKeys.includes(t as string)))
  )
    return bad('托育类型不正确', 'filter.careTypes')
  if (f.ageMonths !== undefined && !isInt(f.ageMonths, 0, 72)) return bad('月龄应为 0–72 的整数', 'filter.ageMonths')
  if (f.maxMonthlyFee !== undefined && !isInt(f.maxMonthlyFee, 0, CHILDCARE_FACT_LIMITS.maxFeeYuan))
    return bad(`月费上限应为 0–${CHILDCARE_FACT_LIMITS.maxFeeYuan} 的整数`, 'filter.maxMonthlyFee')
  for (const key of ['openNow', 'publicBenefit', 'registered', 'freePlaces'] as const) {
    if (f[key] !== undefined && typeof f[key] !== 'boolean') return bad('筛选条件格式不正确', `filter.${key}`)
  }
  return {
    ok: true,
    value: {
      categories: c.value,
      street: s.value,
      openNow: f.openNow as boolean | undefined,
      careTypes: f.careTypes as CareType[] | undefined,
      ageMonths: f.ageMonths as number | undefined,
      publicBenefit: f.publicBenefit as boolean | undefined,
      registered: f.registered as boolean | undefined,
      maxMonthlyFee: f.maxMonthlyFee as number | undefined,
      freePlaces: f.freePlaces as boolean | undefined
    }
  }
}

export function checkNearby(
  request: unknown
): Checked<{ origin: LatLng; radiusM?: number; limit: number; filter: PlaceFilter }> {
  const req = request as Obj
  const o = req.origin as Obj | undefined
  const lat = o?.latitude
  const lng = o?.longitude
  if (typeof lat !== 'number' || typeof lng !== 'number' || !(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180))
    return bad('位置不正确（需要 GCJ-02 的 latitude、longitude）', 'origin')
  const radiusM = req.radiusM
  if (radiusM !== undefined && !(typeof radiusM === 'number' && radiusM > 0 && radiusM <= MAX_RADIUS_M))
    return bad(`搜索半径应为 1–${MAX_RADIUS_M} 米`, 'radiusM')
  const limit = req.limit ?? DEFAULT_NEARBY
  if (!isInt(limit, 1, MAX_NEARBY)) return bad(`数量应为 1–${MAX_NEARBY}`, 'limit')
  const f = filter(req.filter)
  if (!f.ok) return f
  return {
    ok: true,
    value: { origin: { latitude: lat, longitude: lng }, radiusM: radiusM as number | undefined, limit, filter: f.value }
  }
}

export function checkGet(request: unknown): Checked<string> {
  const req = request as Obj
  if (typeof req.id !== 'string' || !req.id || req.id.length > 100) return bad('缺少地点 id', 'id')
  return { ok: true, value: req.id }
}

const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4

function fileBytes(base64: unknown): Checked<Uint8Array> {
  if (typeof base64 !== 'string') return bad('base64 应为文件内容的 base64 文本', 'base64')
  if (base64.length > MAX_BASE64_CHARS)
    return bad(`文件超过 ${MAX_IMPORT_BYTES / 1024} KB，请分成几个文件导入（每个文件保留表头）`, 'base64')
  const bytes = base64ToBytes(base64)
  return bytes ? { ok: true, value: bytes } : bad('文件内容不是有效的 base64', 'base64')
}

export function checkImport(
  request: unknown
): Checked<{ input: Uint8Array | string | unknown[]; format?: 'csv' | 'json'; source?: string; dryRun: boolean }> {
  const req = request as Obj
  const { text, rows, base64, format, source, dryRun } = req as ImportPlacesRequest & Obj
  if ([text, rows, base64].filter((v) => v !== undefined).length !== 1)
    return bad('请提供 base64（文件内容）、text（CSV/JSON 文本）或 rows 其中之一', 'text')
  let bytes: Uint8Array | undefined
  if (base64 !== undefined) {
    const file = fileBytes(base64)
    if (!file.ok) return file
    bytes = file.value
  }
  if (text !== undefined && (typeof text !== 'string' || text.length > MAX_IMPORT_CHARS))
    return bad(`导入文本应不超过 ${MAX_IMPORT_CHARS} 个字符，请分批导入`, 'text')
  if (rows !== undefined && (!Array.isArray(rows) || rows.length > MAX_IMPORT_ROWS))
    return bad(`rows 应为不超过 ${MAX_IMPORT_ROWS} 行的数组，请分批导入`, 'rows')
  const tooBig = rows === undefined ? null : jsonBoundsProblem(rows)
  if (tooBig) return bad(`导入的行无法读取：${tooBig}`, 'rows')
  if (format !== undefined && format !== 'csv' && format !== 'json') return bad('format 应为 csv 或 json', 'format')
  if (source !== undefined && (typeof source !== 'string' || source.length > 200))
    return bad('来源说明应不超过 200 字', 'source')
  if (dryRun !== undefined && typeof dryRun !== 'boolean') return bad('dryRun 应为 true 或 false', 'dryRun')
  return {
    ok: true,
    value: {
      input: bytes ?? ((text ?? rows) as string | unknown[]),
      format,
      source: source || undefined,
      dryRun: dryRun ?? false
    }
  }
}
