// WeChat entry of the scheduled `purge` function (bundled to index.js by `npm run build:cloud`).
// Triggered by the timer in config.json. The mini-program could also call it by name, so a call
// that carries a user's OPENID is refused: only the timer (no user) runs it, or a test run from the
// console (云端测试, no user), which is how pending data migrations run right after a deploy.
import cloud from 'wx-server-sdk'
import { fail, ok } from '../../src/domain/errors'
import { CloudBaseRepository, type CloudBaseDb } from '../../server/runtime/cloudbase'
import { removeOrphanUploads, wechatFileStorage } from '../../server/runtime/file-storage'
import { runMigrations } from '../../server/runtime/migrations'
import { deleteExpiredRateSlots } from '../../server/runtime/rate-limit'
import { purgeCorrectionReporters } from './corrections'
import { purgeExpired } from './handler'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const repo = new CloudBaseRepository(cloud.database() as unknown as CloudBaseDb)
// The same storage service the other functions get (server/runtime/wechat.ts), for the timer.
const files = wechatFileStorage(
  cloud as unknown as Parameters<typeof wechatFileStorage>[0],
  repo,
  () => cloud.getWXContext().ENV || process.env.TCB_ENV || ''
)

export async function main(event: { Type?: string; TriggerName?: string } = {}) {
  const { OPENID } = cloud.getWXContext()
  if (OPENID) return fail('FORBIDDEN', '仅供定时任务调用')
  // Migrations first: once per database, a marker read when there is nothing to do.
  const migrations = await runMigrations(repo, new Date())
  for (const [id, report] of Object.entries(migrations)) console.log(`[purge] ${id}: ${JSON.stringify(report)}`)
  const result = await purgeExpired(repo, files, new Date())
  const rateSlotsDeleted = await deleteExpiredRateSlots(repo, new Date())
  const correctionReporters = await purgeCorrectionReporters(repo, new Date())
  const orphanUploads = await removeOrphanUploads(repo, files, new Date())
  console.log(
    `[purge] ${event.TriggerName ?? 'manual'}: purged ${result.purged}, busy ${result.busy}, ` +
      `files deleted ${result.filesDeleted}, failed ${result.filesFailed}, done ${result.done}, ` +
      `rate slots deleted ${rateSlotsDeleted}, correction reporters dropped ${correctionReporters}, ` +
      `unclaimed uploads deleted ${orphanUploads.deleted} (failed ${orphanUploads.failed})`
  )
  return ok({ ...result, rateSlotsDeleted, correctionReporters, orphanUploads, migrations })
}
