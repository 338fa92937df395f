// npm run restore -- backups/<time>: a backup made by npm run backup into the local backend's
// data folder (.local-data, or --data DIR), which must be empty (a new folder): the whole backup
// is checked against its manifest first, and a damaged or partial one is refused with nothing
// written. Stop the local server first.
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { SqliteRepository } from '../server/adapters/sqlite'
import { readBackup, restore } from './backup-lib'

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const from = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--data')
  if (!from) throw new Error('请给出要恢复的备份目录，例如 npm run restore -- backups/2026-12-06T03-00-00.000Z')
  const dir = resolve(from)
  // Checked before the target is even opened: a refused backup creates no database file.
  readBackup(dir)
  const dataDir = resolve(flag('data') ?? process.env.LOCAL_CLOUD_DATA ?? '.local-data')
  if (existsSync(join(dataDir, 'cloud.sqlite')))
    throw new Error(`${dataDir} 里已经有数据库，没有恢复任何数据：请用 --data 指定一个新的目录`)
  mkdirSync(dataDir, { recursive: true })
  const repo = new SqliteRepository(join(dataDir, 'cloud.sqlite'))
  try {
    const manifest = await restore(repo, join(dataDir, 'files'), dir)
    console.log(`已从 ${dir}（${manifest.createdAt}）恢复到 ${dataDir}`)
  } finally {
    repo.close()
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
