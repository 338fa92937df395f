// A CloudBase environment's backup through its own tools: each collection exported by the
// database's export job (manager-node database.export → DatabaseMigrateExport) into the
// environment's storage under backups/<time>/, then downloaded with the stored files
// (suggestions/). Written from manager-node 5.6.5's types; never run against a real environment
// from here (no credentials in this repository): try it on a test environment first.
// Restoring into CloudBase is the console's 数据库 → 导入 (or database.import) of these files, or
// the console's 回档 for the database itself; npm run restore restores local backups only.
import CloudBase from '@cloudbase/manager-node'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTIONS } from '../src/domain/collections'
import { CLOUD_ENV, SECRET_ID, SECRET_KEY, read } from './deploy-env'

const POLL_MS = 3000

export async function backUpCloudBase(out: string, at: Date): Promise<void> {
  const envId = read(process.env, CLOUD_ENV)
  const secretId = read(process.env, SECRET_ID)
  const secretKey = read(process.env, SECRET_KEY)
  if (!envId || !secretId || !secretKey)
    throw new Error(`需要 ${CLOUD_ENV.name}、${SECRET_ID.name}、${SECRET_KEY.name}（同 npm run deploy:db）`)
  const app = new CloudBase({ envId, secretId, secretKey })
  const prefix = `backups/${out.split(/[\\/]/).pop()}`
  mkdirSync(join(out, 'collections'), { recursive: true })
  const exported: Record<string, string> = {}
  for (const { name } of Object.values(COLLECTIONS)) {
    const cloudPath = `${prefix}/${name}.json`
    const job = (await app.database.export(name, { ObjectKey: cloudPath }, {})) as { JobId: number }
    for (;;) {
      const status = (await app.database.migrateStatus(job.JobId)) as { Status: string; ErrorMsg?: string }
      if (status.Status === 'success') break
      if (status.Status === 'fail') throw new Error(`导出 ${name} 失败：${status.ErrorMsg ?? ''}`)
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
    await app.storage.downloadFile({ cloudPath, localPath: join(out, 'collections', `${name}.json`) })
    exported[name] = `collections/${name}.json`
  }
  await app.storage.downloadDirectory({ cloudPath: 'suggestions/', localPath: join(out, 'files') })
  writeFileSync(
    join(out, 'manifest.json'),
    JSON.stringify({ format: 'yimi-cloudbase-export-1', createdAt: at.toISOString(), source: envId, exported }, null, 2)
  )
  console.log(`已导出 ${Object.keys(exported).length} 个集合和 suggestions/ 下的文件到 ${out}`)
}
