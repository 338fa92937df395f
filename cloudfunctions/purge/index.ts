// WeChat entry of the scheduled `purge` function (bundled to index.js by `npm run build:cloud`).
// Triggered by the timer in config.json. The mini-program could also call it by name, so a call
// that carries a user's OPENID is refused: only the timer (no user) runs it.
import cloud from 'wx-server-sdk'
import { fail, ok } from '../../src/domain/errors'
import { CloudBaseRepository, type CloudBaseDb } from '../../server/runtime/cloudbase'
import { purgeChildContacts } from './handler'

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const repo = new CloudBaseRepository(cloud.database() as unknown as CloudBaseDb)

export async function main(event: { Type?: string; TriggerName?: string } = {}) {
  const { OPENID } = cloud.getWXContext()
  if (OPENID) return fail('FORBIDDEN', '仅供定时任务调用')
  const result = await purgeChildContacts(repo, new Date())
  console.log(
    `[purge] ${event.TriggerName ?? 'manual'}: purged ${result.purged}, busy ${result.busy}, done ${result.done}`
  )
  return ok(result)
}
