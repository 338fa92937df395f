// Starts the local cloud backend: `npm run backend` (or as part of `npm start`).
// Options (flags win over environment):
//   --port N     / LOCAL_CLOUD_PORT   (default 7788; 0 picks a free port)
//   --data DIR   / LOCAL_CLOUD_DATA   (default .local-data; git-ignored)
//   --static DIR                       serve a built H5 app on the same origin
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runMigrations } from '../services/migrations'
import { SqliteRepository } from '../adapters/sqlite'
import { createLocalBackend } from './app'
import { seedDemoData } from './seed'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.LOCAL_CLOUD_PORT ?? 7788)
  const dataDir = resolve(flag('data') ?? process.env.LOCAL_CLOUD_DATA ?? '.local-data')
  const staticDir = flag('static')
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${port}`)
  mkdirSync(dataDir, { recursive: true })
  // Many callers at once: their writes share commits, and checkpoints stay off their path.
  const repo = new SqliteRepository(join(dataDir, 'cloud.sqlite'), { groupCommit: true, checkpointInBackground: true })
  // Before seeding: a new database gets the marker while empty, so current data is never remapped.
  for (const id of Object.keys(await runMigrations(repo, new Date()))) console.log(`[local-cloud] 数据迁移：${id}`)
  if (await seedDemoData(repo)) console.log(`[local-cloud] 新数据库，已写入示例数据：${dataDir}`)
  const server = createLocalBackend({
    repo,
    staticDir: staticDir ? resolve(staticDir) : undefined,
    filesDir: join(dataDir, 'files')
  })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actual = typeof address === 'object' && address ? address.port : port
    // Scripts read this line to learn the port when started with --port 0.
    console.log(`[local-cloud] listening on http://127.0.0.1:${actual} (data: ${dataDir})`)
  })
  const stop = () => {
    server.close()
    repo.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(`[local-cloud] 启动失败：${(e as Error).message}`)
  process.exit(1)
})
