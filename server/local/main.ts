// Starts the local cloud backend: `npm run backend` (or as part of `npm start`).
// Options (flags win over environment):
//   --port N     / LOCAL_CLOUD_PORT   (default 7788; 0 picks a free port)
//   --data DIR   / LOCAL_CLOUD_DATA   (default .local-data; git-ignored)
//   --static DIR                       serve a built H5 app on the same origin
//   --dev-clock [ISO]                  a clock scripts may set (starting at ISO), and the timers on
//                                      request (dev-clock.ts); migrations and the demo data use it too
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runMigrations } from '../services/migrations'
import { SqliteRepository } from '../adapters/sqlite'
import { createLocalBackend } from './app'
import { devClock } from './dev-clock'
import { seedDemoData } from './seed'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.LOCAL_CLOUD_PORT ?? 7788)
  const dataDir = resolve(flag('data') ?? process.env.LOCAL_CLOUD_DATA ?? '.local-data')
  const staticDir = flag('static')
  const clockFlag = process.argv.indexOf('--dev-clock')
  const clockStart = clockFlag >= 0 ? process.argv[clockFlag + 1] : undefined
  const clock =
    clockFlag < 0 ? undefined : devClock(clockStart && !clockStart.startsWith('--') ? new Date(clockStart) : undefined)
  if (clock && Number.isNaN(clock.now().getTime())) throw new Error(`--dev-clock 的时间无效：${clockStart}`)
  const now = () => clock?.now() ?? new Date()
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${port}`)
  mkdirSync(dataDir, { recursive: true })
  // Many callers at once: their writes share commits, and checkpoints stay off their path.
  const repo = new SqliteRepository(join(dataDir, 'cloud.sqlite'), { groupCommit: true, checkpointInBackground: true })
  // Before seeding: a new database gets the marker while empty, so current data is never remapped.
  for (const id of Object.keys(await runMigrations(repo, now()))) console.log(`[local-cloud] 数据迁移：${id}`)
  if (await seedDemoData(repo, now())) console.log(`[local-cloud] 新数据库，已写入示例数据：${dataDir}`)
  const server = createLocalBackend({
    repo,
    staticDir: staticDir ? resolve(staticDir) : undefined,
    filesDir: join(dataDir, 'files'),
    devClock: clock
  })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actual = typeof address === 'object' && address ? address.port : port
    // Scripts read this line to learn the port when started with --port 0.
    console.log(`[local-cloud] listening on http://127.0.0.1:${actual} (data: ${dataDir})`)
    if (clock) console.log('[local-cloud] dev clock on: POST /cloud/_dev/clock {at}, POST /cloud/_dev/timers')
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
