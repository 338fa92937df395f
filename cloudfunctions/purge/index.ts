// WeChat entry of the scheduled `purge` function (bundled to index.js by `npm run build:cloud`).
// Triggered by the timer in config.json. The mini-program could also call it by name, so a call
// that carries a user's OPENID is refused: only the timer (no user) runs it, or a test run from the
// console (云端测试, no user), which is how pending data migrations run right after a deploy.
import cloud from 'wx-server-sdk'
import { fail, ok } from '../../src/domain/errors'
import { CloudBaseRepository, type CloudBaseDb } from '../../server/adapters/cloudbase'
import { wechatFileStorage } from '../../server/adapters/file-storage'
import { wechatNotifier } from '../../server/adapters/notifier'
import { runPurge } from './run'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const repo = new CloudBaseRepository(cloud.database() as unknown as CloudBaseDb)
// The same storage service the other functions get (server/adapters/wechat.ts), for the timer.
const files = wechatFileStorage(
  cloud as unknown as Parameters<typeof wechatFileStorage>[0],
  repo,
  () => cloud.getWXContext().ENV || process.env.TCB_ENV || ''
)

// 督办 notices to staff (server/services/escalation.ts); cloud.openapi is an untyped proxy.
const notifier = wechatNotifier((cloud as unknown as { openapi: Parameters<typeof wechatNotifier>[0] }).openapi)

export async function main(event: { Type?: string; TriggerName?: string } = {}) {
  const { OPENID } = cloud.getWXContext()
  if (OPENID) return fail('FORBIDDEN', '仅供定时任务调用')
  const run = await runPurge(repo, files, new Date(), notifier)
  for (const [id, report] of Object.entries(run.migrations)) console.log(`[purge] ${id}: ${JSON.stringify(report)}`)
  console.log(
    `[purge] ${event.TriggerName ?? 'manual'}: purged ${run.purged}, busy ${run.busy}, ` +
      `files deleted ${run.filesDeleted}, failed ${run.filesFailed}, done ${run.done}, ` +
      `rate slots deleted ${run.rateSlotsDeleted}, correction reporters dropped ${run.correctionReporters}, ` +
      `supports made anonymous ${run.supportsAnonymized}, ` +
      `unclaimed uploads deleted ${run.orphanUploads.deleted} (failed ${run.orphanUploads.failed}), ` +
      `escalated ${run.escalation.escalated} (busy ${run.escalation.busy}, done ${run.escalation.done})`
  )
  return ok(run)
}
