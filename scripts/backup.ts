// npm run backup: the local backend (.local-data, or --data DIR) to backups/<time>/ (or --out DIR):
// every collection and stored file, with a manifest of counts and checksums (backup-lib.ts).
// The database is first copied with SQLite's online backup, so a running server's writes during
// the backup do not leave collections from different moments.
//
// npm run backup -- --cloudbase: a CloudBase environment through its own tools (manager-node's
// database export into the environment's storage, then downloads; credentials as for deploy,
// scripts/deploy-env.ts). Not run against a real environment by the tests: see README, 备份.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SqliteRepository } from '../server/adapters/sqlite'
import { backUp, backupFolderName } from './backup-lib'
import { backUpCloudBase } from './backup-cloudbase'

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main() {
  const at = new Date()
  const out = resolve(flag('out') ?? 'backups', backupFolderName(at))
  if (process.argv.includes('--cloudbase')) {
    await backUpCloudBase(out, at)
    return
  }
  const dataDir = resolve(flag('data') ?? process.env.LOCAL_CLOUD_DATA ?? '.local-data')
  if (!existsSync(join(dataDir, 'cloud.sqlite'))) throw new Error(`${dataDir} 里没有本地后端的数据库，没有可备份的数据`)
  const live = new SqliteRepository(join(dataDir, 'cloud.sqlite'))
  const tmp = mkdtempSync(join(tmpdir(), 'yimi-backup-'))
  try {
    await live.db.backup(join(tmp, 'copy.sqlite'))
    live.close()
    const copy = new SqliteRepository(join(tmp, 'copy.sqlite'))
    const manifest = await backUp(copy, join(dataDir, 'files'), out, at)
    copy.close()
    const docs = Object.values(manifest.collections).reduce((n, c) => n + c.count, 0)
    console.log(`已备份 ${docs} 条数据、${Object.keys(manifest.files).length} 个文件到 ${out}`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
