// npm run smoke:cloud — after a deploy: one call to each cloud function, without a WeChat user
// (calls made with API keys carry no OPENID), through @cloudbase/manager-node's invokeFunction.
// Each must answer with the project's typed result; calls that need a user must refuse.
// The purge call runs the purge once, as the README asks after every deploy (migrations).
import CloudBase from '@cloudbase/manager-node'
import { CLOUD_ENV, SECRET_ID, SECRET_KEY, resolve, type Env } from './deploy-env'

export interface SmokeCall {
  name: string
  params: Record<string, unknown>
  /** ok: the call must succeed; or the error code it must answer with. */
  expect: 'ok' | string
}

export const SMOKE_CALLS: SmokeCall[] = [
  { name: 'user', params: { action: 'health' }, expect: 'ok' },
  { name: 'policy', params: { action: 'latest' }, expect: 'ok' },
  { name: 'places', params: { action: 'list' }, expect: 'ok' },
  { name: 'suggestions', params: { action: 'stats' }, expect: 'ok' },
  { name: 'suggestions', params: { action: 'listMine' }, expect: 'UNAUTHENTICATED' },
  { name: 'staff', params: { action: 'inbox' }, expect: 'UNAUTHENTICATED' },
  { name: 'purge', params: {}, expect: 'ok' }
]

/** Whether one answer (invokeFunction's RetMsg, JSON text) is what the call expects. */
export function judge(call: SmokeCall, retMsg: string): { pass: boolean; summary: string } {
  type Answer = { ok?: boolean; error?: { code?: string }; code?: string } | null
  let answer: Answer
  try {
    answer = JSON.parse(retMsg) as Answer
  } catch {
    return { pass: false, summary: `不是 JSON：${retMsg.slice(0, 120)}` }
  }
  const code = answer?.ok ? 'ok' : (answer?.error?.code ?? answer?.code ?? '?')
  return { pass: code === call.expect, summary: code === 'ok' ? 'ok' : `错误 ${code}` }
}

export async function runSmoke(
  env: Env,
  invoke?: (name: string, params: Record<string, unknown>) => Promise<{ RetMsg: string; ErrMsg?: string }>
): Promise<{ code: number; output: string }> {
  if (!invoke) {
    const creds = resolve(env, { envId: CLOUD_ENV, secretId: SECRET_ID, secretKey: SECRET_KEY }, 'smoke:cloud')
    if (!creds.ok) return { code: 1, output: creds.message }
    const app = new CloudBase(creds.values)
    invoke = (name, params) => app.functions.invokeFunction(name, params)
  }
  const lines: string[] = []
  let failed = 0
  for (const call of SMOKE_CALLS) {
    const label = `${call.name}${call.params.action ? `.${String(call.params.action)}` : ''}`
    try {
      const r = await invoke(call.name, call.params)
      const { pass, summary } = r.ErrMsg ? { pass: false, summary: r.ErrMsg } : judge(call, r.RetMsg)
      if (!pass) failed++
      lines.push(`${pass ? '✔' : '✖'} ${label}: ${summary}${pass ? '' : `（应为 ${call.expect}）`}`)
    } catch (e) {
      failed++
      lines.push(`✖ ${label}: ${(e as Error).message}`)
    }
  }
  lines.push(failed ? `${failed} 项未通过` : `全部 ${SMOKE_CALLS.length} 项通过`)
  return { code: failed ? 1 : 0, output: lines.join('\n') }
}

if (/smoke-cloud\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runSmoke(process.env).then(
    ({ code, output }) => {
      console.log(output)
      process.exit(code)
    },
    (e) => {
      console.error(`smoke:cloud 失败：${(e as Error).message}`)
      process.exit(1)
    }
  )
}
