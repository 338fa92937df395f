// Every collection of a repository (and the files of a local files folder) as one plain value:
// to copy a prepared state into a fresh database, and to compare the states two runs left.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTION_NAMES, type CollectionName } from '../../../src/domain/collections'
import type { Doc, Repository } from '../../../server/adapters/repository'

export type Snapshot = Record<CollectionName, Doc[]>

const PAGE = 1000

export async function snapshot(repo: Repository): Promise<Snapshot> {
  const out = {} as Snapshot
  for (const name of COLLECTION_NAMES) {
    const docs: Doc[] = []
    for (;;) {
      const page = await repo.collection(name).find({}, { orderBy: [['_id', 'asc']], skip: docs.length, limit: PAGE })
      docs.push(...page)
      if (page.length < PAGE) break
    }
    out[name] = docs
  }
  return out
}

export async function restoreSnapshot(repo: Repository, snap: Snapshot): Promise<void> {
  for (const name of COLLECTION_NAMES) for (const doc of snap[name]) await repo.collection(name).put(doc)
}

/** File name → sha256 of every file in the folder. */
export function filesIn(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort())
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex')
  return out
}
