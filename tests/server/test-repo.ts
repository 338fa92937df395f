// Test helper: a real SQLite database file in a fresh temp folder, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteRepository } from '../../server/adapters/sqlite'

export function tempRepo(): { repo: SqliteRepository; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-db-'))
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  return {
    repo,
    dir,
    cleanup() {
      repo.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
