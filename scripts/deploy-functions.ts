// npm run deploy:functions [-- --dry-run] [name …]
//
// Bundles every cloud function (npm run build:cloud) and deploys each with the CloudBase CLI
// (`tcb fn deploy`), with the settings of its config.json as listed in cloudbaserc.json:
// timeout, memory, runtime, environment variables and the timer trigger of `purge`.
// Environment variables of the functions are filled from this shell's (an unset optional one is
// left out, and said so). --dry-run prints what would be deployed and needs no credentials.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLOUD_ENV, SECRET_ID, SECRET_KEY, resolve, type Env } from './deploy-env'
import {
  CLOUDBASERC,
  ROOT,
  checkFunctionConfig,
  cloudbaseConfig,
  functionNames,
  readFunctionConfig,
  type FunctionConfig
} from './functions-config'

// Set on a function only when the shell has it; what each one switches on.
const OPTIONAL_VARIABLES: Record<string, string> = {
  SUBSCRIBE_TEMPLATE_REPLY: '订阅消息模板 ID（办理进度通知）；未设置则不发送',
  SUBSCRIBE_TEMPLATE_NEW_SUGGESTION: '订阅消息模板 ID（新建议提醒，发给工作人员）；未设置则不发送',
  SUBSCRIBE_TEMPLATE_ACTIVITY: '订阅消息模板 ID（活动变更通知，发给报名的家长）；未设置则不发送',
  SUBSCRIBE_TEMPLATE_ACTIVITY_REMINDER: '订阅消息模板 ID（活动开始提醒，活动前一天 18:00）；未设置则不发送',
  SUBSCRIBE_MINIPROGRAM_STATE: '通知打开的小程序版本 developer | trial | formal；未设置为 formal'
}

type Rendered = FunctionConfig & { name: string }

/** cloudbaserc.json with each "{{env.X}}" replaced from env; unset variables left out. */
export function renderFunctions(env: Env, names: string[]): { functions: Rendered[]; notes: string[] } {
  const notes = new Set<string>()
  const config = cloudbaseConfig() as { functions: Rendered[] }
  const functions = config.functions
    .filter((f) => names.includes(f.name))
    .map((f) => {
      const envVariables: Record<string, string> = {}
      for (const [key, value] of Object.entries(f.envVariables ?? {})) {
        const name = /^\{\{env\.(\w+)\}\}$/.exec(value)?.[1]
        const resolved = name ? env[name]?.trim() : value
        if (resolved) envVariables[key] = resolved
        else notes.add(`${key} 未设置：${OPTIONAL_VARIABLES[key] ?? '该变量不会写入函数配置'}`)
      }
      return { ...f, envVariables }
    })
  return { functions, notes: [...notes] }
}

export function describeFunction(f: Rendered): string {
  const parts = [`${f.timeout} s`, `${f.memorySize} MB`, f.runtime]
  const vars = Object.keys(f.envVariables ?? {})
  if (vars.length) parts.push(`环境变量 ${vars.join(', ')}`)
  for (const t of f.triggers ?? []) parts.push(`定时触发器 ${t.name}（${t.config}）`)
  return `${f.name}：${parts.join('，')}`
}

export function checkDeployFiles(): string[] {
  const problems = functionNames().flatMap((n) => checkFunctionConfig(n, readFunctionConfig(n)))
  const checkedIn = JSON.parse(readFileSync(CLOUDBASERC, 'utf8')) as unknown
  if (JSON.stringify(checkedIn) !== JSON.stringify(cloudbaseConfig()))
    problems.push('cloudbaserc.json 与各函数的 config.json 不一致：运行 npm run gen:cloudbaserc')
  return problems
}

export function runDeployFunctions(args: string[], env: Env): number {
  const dryRun = args.includes('--dry-run')
  const all = functionNames()
  const asked = args.filter((a) => !a.startsWith('--'))
  const unknown = asked.filter((n) => !all.includes(n))
  if (unknown.length) {
    console.error(`没有这些云函数：${unknown.join(', ')}（有：${all.join(', ')}）`)
    return 1
  }
  const names = asked.length ? asked : all
  const problems = checkDeployFiles()
  if (problems.length) {
    console.error(problems.join('\n'))
    return 1
  }
  const creds = resolve(env, { envId: CLOUD_ENV, secretId: SECRET_ID, secretKey: SECRET_KEY }, 'deploy:functions')
  if (!creds.ok && !dryRun) {
    console.error(`${creds.message}\n（不带凭据时可用 npm run deploy:functions -- --dry-run 查看计划）`)
    return 1
  }
  const { functions, notes } = renderFunctions(env, names)
  console.log(dryRun ? '演练（--dry-run）：只打包，不部署。' : `部署到环境 ${creds.ok ? creds.values.envId : ''}`)
  for (const f of functions) console.log(`  ${describeFunction(f)}`)
  for (const note of notes) console.log(`  注意：${note}`)

  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cloudfunctions.mjs'), ...names], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  if (build.status !== 0) return build.status ?? 1
  if (dryRun || !creds.ok) {
    for (const f of functions) console.log(`  将运行：tcb fn deploy ${f.name} --force --yes -e <环境 ID>`)
    return 0
  }

  const dir = mkdtempSync(join(tmpdir(), 'yimi-tcb-'))
  try {
    // The rendered settings go to a temporary file: the real values never land in the repository.
    const configFile = join(dir, 'cloudbaserc.json')
    writeFileSync(configFile, JSON.stringify({ ...cloudbaseConfig(), envId: creds.values.envId, functions }, null, 2))
    const tcb = join(ROOT, 'node_modules/.bin/tcb')
    for (const f of functions) {
      console.log(`\n→ ${f.name}`)
      const r = spawnSync(
        tcb,
        ['fn', 'deploy', f.name, '--force', '--yes', '-e', creds.values.envId, '--config-file', configFile],
        { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } }
      )
      if (r.status !== 0) {
        console.error(
          `✖ ${f.name} 部署失败（上面是 tcb 的输出）；修正后可只部署它：npm run deploy:functions -- ${f.name}`
        )
        return r.status ?? 1
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(
    `\n✔ 已部署 ${functions.length} 个云函数。首次部署后在控制台对 purge 云端测试一次（空事件），运行待执行的数据迁移。`
  )
  return 0
}

if (/deploy-functions\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  process.exit(runDeployFunctions(process.argv.slice(2), process.env))
}
