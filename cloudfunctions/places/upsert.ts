// Writes an import: the one function behind the `import` action and scripts/import-places.ts.
// Validation and merge rules live in src/domain/places (import.ts, merge.ts); this file only
// reads the stored records, applies the merge and writes. Each accepted row becomes one whole
// `put` of its record: a row either lands completely or not at all, and a failing write is
// reported as that row's rejection while the other rows go on.
import { MAX_IMPORT_ROWS } from '../../src/domain/places/api'
import { chinaDate } from '../../src/domain/clock'
import { validateImport } from '../../src/domain/places/import'
import { mergeImported, type ImportChange, type ImportReport } from '../../src/domain/places/merge'
import { fromPlaceDoc, toPlaceDoc, type PlaceDoc } from '../../src/domain/places/model'
import type { Repository } from '../../server/adapters/repository'

export interface ImportRunOptions {
  now: Date
  source?: string
  format?: 'csv' | 'json'
  dryRun?: boolean
}

export type ImportRun = { ok: true; report: ImportReport } | { ok: false; errors: string[] }

// Reads in batches of ids; writes a few at a time (CloudBase limits concurrent requests).
const READ_BATCH = 100
const WRITE_CONCURRENCY = 8

async function preload(repo: Repository, ids: string[]): Promise<Map<string, PlaceDoc | null>> {
  const known = new Map<string, PlaceDoc | null>()
  const places = repo.collection<PlaceDoc>('places')
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const batch = ids.slice(i, i + READ_BATCH)
    try {
      const found = await places.find({ _id: { $in: batch } }, { limit: batch.length })
      for (const id of batch) known.set(id, null)
      for (const doc of found) known.set(doc._id, doc)
    } catch (e) {
      // Those rows read their record one by one below, inside their own error handling.
      console.error('[places.import] preload failed', e)
    }
  }
  return known
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

export async function importPlaces(
  repo: Repository,
  input: Uint8Array | string | unknown[],
  options: ImportRunOptions
): Promise<ImportRun> {
  const checked = validateImport(input, {
    today: chinaDate(options.now.getTime()),
    source: options.source,
    format: options.format
  })
  if (checked.errors.length) return { ok: false, errors: checked.errors }
  const total = checked.places.length + checked.rejected.length
  if (total === 0) return { ok: false, errors: ['文件中没有数据行'] }
  if (total > MAX_IMPORT_ROWS)
    return { ok: false, errors: [`一次最多导入 ${MAX_IMPORT_ROWS} 行（本次 ${total} 行），请分批导入`] }

  const places = repo.collection<PlaceDoc>('places')
  const known = await preload(
    repo,
    checked.places.map((p) => p.place.id)
  )
  const rejected = [...checked.rejected]
  const changes: ImportChange[] = []
  const updatedAt = options.now.toISOString()

  await inPool(checked.places, WRITE_CONCURRENCY, async ({ row, place, notes }) => {
    try {
      const stored = known.has(place.id) ? (known.get(place.id) ?? null) : await places.get(place.id)
      const { place: merged, outcome } = mergeImported(stored ? fromPlaceDoc(stored) : null, place)
      if (outcome !== 'unchanged' && !options.dryRun) await places.put(toPlaceDoc({ ...merged, updatedAt }))
      changes.push({ row, id: place.id, name: place.name, outcome, ...(notes ? { notes } : {}) })
    } catch (e) {
      console.error(`[places.import] row ${row} (${place.id})`, e)
      rejected.push({
        row,
        name: place.name,
        code: place.childcare?.registryCode,
        reasons: ['写入数据库失败，这一行没有导入，请稍后重试']
      })
    }
  })

  changes.sort((a, b) => a.row - b.row)
  rejected.sort((a, b) => a.row - b.row)
  const count = (outcome: ImportChange['outcome']) => changes.filter((c) => c.outcome === outcome).length
  return {
    ok: true,
    report: {
      total,
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected,
      changes,
      warnings: checked.warnings,
      dryRun: options.dryRun ?? false,
      ...(checked.encoding ? { encoding: checked.encoding } : {})
    }
  }
}
