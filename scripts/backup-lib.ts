// Backups of the local backend: every collection (through the repository, so the same code backs
// up the CloudBase adapter in the round-trip test) and every stored file, to a dated folder with a
// manifest of counts and sha256 checksums. Restore checks the whole backup before it writes
// anything, and refuses a damaged or partial one, or a target that already holds data.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Doc, Repository } from '../server/adapters/repository'
import { COLLECTION_NAMES, type CollectionName } from '../src/domain/collections'

export const BACKUP_FORMAT = 'yimi-backup-1'
const PAGE = 1000

export interface Manifest {
  format: typeof BACKUP_FORMAT
  createdAt: string
  /** Where it came from: 'local' (SQLite and the files folder) or a CloudBase environment id. */
  source: string
  collections: Record<string, { file: string; count: number; sha256: string }>
  files: Record<string, { sha256: string; bytes: number }>
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/** A folder name for `at` that sorts by time and is valid on every file system. */
export function backupFolderName(at: Date): string {
  return at.toISOString().replace(/:/g, '-')
}

async function allDocs(repo: Repository, name: CollectionName): Promise<Doc[]> {
  const docs: Doc[] = []
  for (;;) {
    const page = await repo.collection(name).find({}, { orderBy: [['_id', 'asc']], skip: docs.length, limit: PAGE })
    docs.push(...page)
    if (page.length < PAGE) return docs
  }
}

/** Writes the backup into `dir` (created; must not exist yet) and returns its manifest. */
export async function backUp(repo: Repository, filesDir: string, dir: string, at: Date, source = 'local') {
  if (existsSync(dir)) throw new Error(`备份目录已存在：${dir}`)
  mkdirSync(join(dir, 'collections'), { recursive: true })
  mkdirSync(join(dir, 'files'))
  const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: at.toISOString(), source, collections: {}, files: {} }
  for (const name of COLLECTION_NAMES) {
    const docs = await allDocs(repo, name)
    const text = docs.map((d) => JSON.stringify(d) + '\n').join('')
    const file = `collections/${name}.jsonl`
    writeFileSync(join(dir, file), text)
    manifest.collections[name] = { file, count: docs.length, sha256: sha256(text) }
  }
  for (const name of existsSync(filesDir) ? readdirSync(filesDir).sort() : []) {
    const bytes = readFileSync(join(filesDir, name))
    copyFileSync(join(filesDir, name), join(dir, 'files', name))
    manifest.files[name] = { sha256: sha256(bytes), bytes: bytes.length }
  }
  // The manifest last: a backup cut short has none, and restore refuses it.
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return manifest
}

export class BackupRefused extends Error {}

/** Every document of a backup, read and checked against its manifest; BackupRefused names the first fault. */
export function readBackup(dir: string): { manifest: Manifest; docs: Map<CollectionName, Doc[]> } {
  const refuse = (why: string): never => {
    throw new BackupRefused(`备份不完整或已损坏，没有恢复任何数据：${why}`)
  }
  const manifestPath = join(dir, 'manifest.json')
  if (!existsSync(manifestPath)) refuse('缺少 manifest.json（备份可能没有做完）')
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  } catch {
    return refuse('manifest.json 无法读取')
  }
  if (manifest.format !== BACKUP_FORMAT) refuse(`不认识的备份格式 ${String(manifest.format)}`)
  const docs = new Map<CollectionName, Doc[]>()
  for (const name of COLLECTION_NAMES) {
    const entry = manifest.collections?.[name]
    if (!entry) refuse(`缺少数据集合 ${name}`)
    const path = join(dir, entry.file)
    if (!existsSync(path)) refuse(`缺少文件 ${entry.file}`)
    const text = readFileSync(path, 'utf8')
    if (sha256(text) !== entry.sha256) refuse(`${entry.file} 的校验值不符`)
    const rows = text.split('\n').filter(Boolean)
    if (rows.length !== entry.count) refuse(`${entry.file} 应有 ${entry.count} 条，实际 ${rows.length} 条`)
    docs.set(
      name,
      rows.map((r) => JSON.parse(r) as Doc)
    )
  }
  for (const [name, f] of Object.entries(manifest.files ?? {})) {
    const path = join(dir, 'files', name)
    if (!existsSync(path)) refuse(`缺少图片或录音文件 ${name}`)
    if (sha256(readFileSync(path)) !== f.sha256) refuse(`文件 ${name} 的校验值不符`)
  }
  return { manifest, docs }
}

/** True when the repository and the files folder hold nothing (where a restore may go). */
export async function isEmpty(repo: Repository, filesDir: string): Promise<boolean> {
  for (const name of COLLECTION_NAMES) if ((await repo.collection(name).count()) > 0) return false
  return !existsSync(filesDir) || readdirSync(filesDir).length === 0
}

/** Restores a checked backup into an empty repository and files folder. */
export async function restore(repo: Repository, filesDir: string, dir: string) {
  const { manifest, docs } = readBackup(dir)
  if (!(await isEmpty(repo, filesDir)))
    throw new BackupRefused('目标数据库或文件夹里已经有数据，没有恢复任何数据：请恢复到一个新的数据目录')
  for (const [name, rows] of docs) for (const doc of rows) await repo.collection(name).insert(doc)
  mkdirSync(filesDir, { recursive: true })
  for (const name of Object.keys(manifest.files)) copyFileSync(join(dir, 'files', name), join(filesDir, name))
  return manifest
}
