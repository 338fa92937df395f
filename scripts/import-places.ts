// Imports a registry listing (CSV or JSON) into the local backend's SQLite database, through
// the same code as the `places` cloud function's import action (cloudfunctions/places/upsert.ts),
// and prints the report in Chinese. scripts/seed-places.ts runs the same command against the
// cloud database (`open` below).
//
//   npx tsx scripts/import-places.ts file.csv [--data .local-data] [--source "说明"] [--dry-run]
//
// Exit code: 0 when every row was imported, 1 when the file could not be read, 2 when some rows
// were rejected (the good ones are written all the same).
import { mkdirSync, readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { importPlaces } from '../cloudfunctions/places/upsert'
import type { Repository } from '../server/adapters/repository'
import { SqliteRepository } from '../server/adapters/sqlite'
import { formatImportReport } from '../src/domain/places/merge'
import type { PlaceDoc } from '../src/domain/places/model'
import { pinyinKey } from '../src/domain/places/pinyin'

export interface ImportCommandResult {
  code: number
  output: string
}

const USAGE =
  '用法：npx tsx scripts/import-places.ts 文件.csv|文件.json [--data .local-data] [--source "来源说明"] [--dry-run]'

/** Where the import writes: a repository, how to name it in the report, how to let it go. */
export interface ImportTarget {
  repo: Repository
  label: string
  close(): void
}

export function openLocal(args: string[]): ImportTarget {
  const i = args.indexOf('--data')
  const dataDir = resolve((i >= 0 ? args[i + 1] : undefined) ?? process.env.LOCAL_CLOUD_DATA ?? '.local-data')
  mkdirSync(dataDir, { recursive: true })
  const repo = new SqliteRepository(join(dataDir, 'cloud.sqlite'))
  return { repo, label: join(dataDir, 'cloud.sqlite'), close: () => repo.close() }
}

export async function runImportCommand(
  args: string[],
  now = new Date(),
  open: (args: string[]) => ImportTarget | string = openLocal,
  usage = USAGE
): Promise<ImportCommandResult> {
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : undefined
  }
  const valued = new Set(['--data', '--source'])
  const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''))
  const file = positional[0]
  if (!file) return { code: 1, output: usage }
  let bytes: Uint8Array
  try {
    // Bytes, not text: the import detects the encoding (a registry export from Excel is GBK).
    bytes = readFileSync(resolve(file))
  } catch (e) {
    return { code: 1, output: `无法读取文件 ${file}：${(e as Error).message}` }
  }
  const target = open(args)
  if (typeof target === 'string') return { code: 1, output: target }
  const { repo } = target
  try {
    const format =
      extname(file).toLowerCase() === '.json' ? 'json' : extname(file).toLowerCase() === '.csv' ? 'csv' : undefined
    const run = await importPlaces(repo, new Uint8Array(bytes), {
      now,
      format,
      source: flag('source'),
      dryRun: args.includes('--dry-run')
    })
    if (!run.ok) return { code: 1, output: `导入失败：${run.errors.join('；')}` }
    if (!run.report.dryRun)
      await addPinyinKeys(
        repo,
        run.report.changes.filter((c) => c.outcome !== 'unchanged')
      )
    const output = `${formatImportReport(run.report)}\n数据库：${target.label}`
    return { code: run.report.rejected.length ? 2 : 0, output }
  } finally {
    target.close()
  }
}

/**
 * The places just added or changed get their names in pinyin for the phone's name search: the
 * reading table is too large for the places function, so the data keepers' import makes the key.
 */
async function addPinyinKeys(repo: Repository, changes: ReadonlyArray<{ id: string }>): Promise<void> {
  const places = repo.collection<PlaceDoc>('places')
  for (const { id } of changes) {
    const doc = await places.get(id)
    if (!doc) continue
    const key = pinyinKey(`${doc.name} ${doc.alias ?? ''}`)
    if (doc.pinyin !== key) await places.put({ ...doc, pinyin: key })
  }
}

// Run only as the command itself, not when a test imports runImportCommand.
if (/import-places\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runImportCommand(process.argv.slice(2)).then(
    ({ code, output }) => {
      console.log(output)
      process.exit(code)
    },
    (e) => {
      console.error(`导入失败：${(e as Error).message}`)
      process.exit(1)
    }
  )
}
