// What an import may change in a stored place, and the report it produces.
//
// Merge rules (an import is a partial statement about a place, never a full replacement):
// 1. A non-empty imported value replaces the stored one: name, alias, category, street,
//    community, address, phones, hours, hoursNote, free, facilities, every childcare field,
//    source, verifiedAt, demo.
// 2. An empty cell never clears anything: what a community worker filled in stays. Clearing a
//    field is a deliberate edit, not something a spreadsheet gap should do.
// 3. An approximate imported location never replaces a precise stored one (a worker who fixed
//    the point on the map knows better than a geocoded address).
// 4. The id never changes; updatedAt is the writer's business and not compared.
import { ENCODING_LABELS, type TextEncodingName } from './encoding'
import type { Place } from './model'
import type { RejectedRow } from './import'
import { dropStalePinyin } from './search'

export type ImportOutcome = 'added' | 'updated' | 'unchanged'

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

function overlay<T extends object>(base: T, incoming: Partial<T>): T {
  const out = { ...base } as Record<string, unknown>
  for (const [key, value] of Object.entries(incoming)) if (!isEmpty(value)) out[key] = value
  return out as T
}

/** JSON with sorted keys: equal facts compare equal whatever order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]])
        )
      : v
  )
}

export function samePlaceFacts(a: Place, b: Place): boolean {
  const { updatedAt: _a, ...restA } = a
  const { updatedAt: _b, ...restB } = b
  void _a
  void _b
  return canonical(restA) === canonical(restB)
}

export function mergeImported(existing: Place | null, incoming: Place): { place: Place; outcome: ImportOutcome } {
  if (!existing) return { place: incoming, outcome: 'added' }
  const { childcare, location, id: _id, ...rest } = incoming
  void _id
  const merged: Place = overlay(existing, rest)
  merged.id = existing.id
  if (location && (!existing.location || !location.approximate || existing.location.approximate))
    merged.location = location
  if (childcare) merged.childcare = existing.childcare ? overlay(existing.childcare, childcare) : childcare
  const place = dropStalePinyin(existing, merged)
  return { place, outcome: samePlaceFacts(existing, place) ? 'unchanged' : 'updated' }
}

export interface ImportChange {
  row: number
  id: string
  name: string
  outcome: ImportOutcome
  /** Accepted, but worth a second look (see ImportedPlace.notes). */
  notes?: string[]
}

export interface ImportReport {
  /** Data rows read from the input. */
  total: number
  added: number
  updated: number
  unchanged: number
  rejected: RejectedRow[]
  changes: ImportChange[]
  warnings: string[]
  /** true: checked only, nothing written. */
  dryRun: boolean
  /** The encoding the file was read in (files sent as bytes). */
  encoding?: TextEncodingName
}

/** The report in Chinese, as the command line prints it and an admin page may show it. */
export function formatImportReport(report: ImportReport): string {
  const lines = [
    `${report.dryRun ? '试运行（未写入）' : '导入完成'}：共 ${report.total} 行，新增 ${report.added}，更新 ${report.updated}，未变 ${report.unchanged}，拒绝 ${report.rejected.length}`
  ]
  if (report.encoding) lines.push(`文件编码：${ENCODING_LABELS[report.encoding]}`)
  for (const w of report.warnings) lines.push(`提示：${w}`)
  const changed = report.changes.filter((c) => c.outcome !== 'unchanged')
  if (changed.length) {
    lines.push(report.dryRun ? '将写入：' : '已写入：')
    for (const c of changed)
      lines.push(`  第 ${c.row} 行 ${c.name}（${c.outcome === 'added' ? '新增' : '更新'}，${c.id}）`)
  }
  const noted = report.changes.filter((c) => c.notes?.length)
  if (noted.length) {
    lines.push('请核对（已接受）：')
    for (const c of noted) lines.push(`  第 ${c.row} 行 ${c.name}：${c.notes?.join('；')}`)
  }
  if (report.rejected.length) {
    lines.push('拒绝（未写入，请修改后重新导入）：')
    for (const r of report.rejected) lines.push(`  第 ${r.row} 行 ${r.name ?? '（无名称）'}：${r.reasons.join('；')}`)
  }
  return lines.join('\n')
}
