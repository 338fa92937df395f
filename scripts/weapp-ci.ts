// npm run upload:weapp [-- --version 1.2.0 --desc "说明"]   uploads dist/weapp as a development version
// npm run preview:weapp [-- --page pages/home/index]        prints a preview QR code in the terminal
//
// Through miniprogram-ci with the code-upload key. miniprogram-ci weighs about 275 MB installed,
// so it is not a dependency: this script re-runs itself under a pinned `npx` the first time.
// AppID and key path come from the environment; the key must live outside the repository.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join, relative, resolve as resolvePath } from 'node:path'
import { APP_ID, UPLOAD_KEY, resolve, type Env } from './deploy-env'

export const MINIPROGRAM_CI = 'miniprogram-ci@2.1.42'
const ROOT = join(__dirname, '..')
const DIST = join(ROOT, 'dist/weapp')

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function folderSize(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const s = statSync(p)
    total += s.isDirectory() ? folderSize(p) : s.size
  }
  return total
}

/** Local sizes of the main package and each subpackage of dist/weapp, before upload. */
export function localSizes(dist = DIST): Array<[string, number]> {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const sub = roots.map((root): [string, number] => [root, folderSize(join(dist, root))])
  const main = folderSize(dist) - sub.reduce((n, [, size]) => n + size, 0)
  return [['主包', main], ...sub]
}

/** What must be in place before anything is sent; each problem in words. */
export function preflight(env: Env): { problems: string[]; appid?: string; keyPath?: string } {
  const creds = resolve(env, { appid: APP_ID, keyPath: UPLOAD_KEY }, 'upload:weapp / preview:weapp')
  const problems: string[] = []
  if (!creds.ok) problems.push(creds.message)
  const keyPath = creds.ok ? resolvePath(creds.values.keyPath) : undefined
  if (keyPath && !existsSync(keyPath)) problems.push(`找不到上传密钥文件：${keyPath}`)
  if (keyPath && !relative(ROOT, keyPath).startsWith('..'))
    problems.push('上传密钥在仓库目录里：请移到仓库之外（密钥从不提交）')
  if (!existsSync(join(DIST, 'app.json'))) problems.push('没有 dist/weapp：先运行 npm run build:weapp')
  else {
    const problem = buildRecordProblem(readRecord(join(DIST, '..', 'weapp-build.json')))
    if (problem) problems.push(problem)
  }
  return { problems, appid: creds.ok ? creds.values.appid : undefined, keyPath }
}

function readRecord(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/**
 * Why dist/weapp must not be sent, from the record the build wrote beside it
 * (config/plugins/build-record.js), or null: only a production build that names its cloud
 * environment goes to WeChat, never the tests' check build.
 */
export function buildRecordProblem(record: unknown): string | null {
  const r = (record ?? {}) as { mode?: unknown; watch?: unknown; cloudEnv?: unknown }
  if (r.mode === 'production' && r.watch === false && r.cloudEnv === true) return null
  return 'dist/weapp 不是可上传的正式构建（测试用的 check 构建、开发构建，或没有云开发环境）：先运行 npm run build:weapp'
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

type Ci = {
  Project: new (o: Record<string, unknown>) => unknown
  upload(o: Record<string, unknown>): Promise<{ subPackageInfo?: Array<{ name: string; size: number }> }>
  preview(o: Record<string, unknown>): Promise<{ subPackageInfo?: Array<{ name: string; size: number }> }>
}

/** miniprogram-ci from this project, or from the npx folder on PATH; null when neither. */
function loadCi(): Ci | null {
  const places = [
    join(ROOT, 'package.json'),
    ...(process.env.PATH ?? '').split(delimiter).map((p) => join(p, '..', '..', 'package.json'))
  ]
  for (const from of places) {
    try {
      return createRequire(from)('miniprogram-ci') as Ci
    } catch {
      // next place
    }
  }
  return null
}

async function main(args: string[]): Promise<number> {
  const command = args[0]
  if (command !== 'upload' && command !== 'preview') {
    console.error('用法：npm run upload:weapp | npm run preview:weapp')
    return 1
  }
  const { problems, appid, keyPath } = preflight(process.env)
  if (problems.length) {
    console.error(problems.join('\n'))
    return 1
  }
  const ci = loadCi()
  if (!ci) {
    if (process.env.YIMI_WEAPP_CI_NPX) {
      console.error(`npx 没有装好 ${MINIPROGRAM_CI}`)
      return 1
    }
    console.log(`通过 npx 运行 ${MINIPROGRAM_CI}（首次约 1 分钟）…`)
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const r = spawnSync(
      'npx',
      [
        '--yes',
        '-p',
        MINIPROGRAM_CI,
        '-c',
        [tsx, __filename, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
      ],
      { stdio: 'inherit', env: { ...process.env, YIMI_WEAPP_CI_NPX: '1' } }
    )
    return r.status ?? 1
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const version = flag(args, 'version') ?? pkg.version
  console.log(`${command === 'upload' ? '上传' : '预览'} ${appid}，版本 ${version}；本地包大小：`)
  for (const [name, size] of localSizes()) console.log(`  ${name}: ${kb(size)}`)
  const project = new ci.Project({ appid, type: 'miniProgram', projectPath: DIST, privateKeyPath: keyPath })
  // Taro has already compiled and minified; WeChat's own pass would only repeat it.
  const setting = { es6: false, minify: false }
  const result =
    command === 'upload'
      ? await ci.upload({ project, version, desc: flag(args, 'desc') ?? `v${version}`, setting, robot: 1 })
      : await ci.preview({
          project,
          version,
          desc: flag(args, 'desc') ?? `preview ${version}`,
          setting,
          robot: 1,
          qrcodeFormat: 'terminal',
          pagePath: flag(args, 'page')
        })
  console.log('微信后台收到的包大小：')
  for (const p of result.subPackageInfo ?? [])
    console.log(`  ${p.name === '__FULL__' ? '整包' : p.name === '__APP__' ? '主包' : p.name}: ${kb(p.size)}`)
  return 0
}

if (/weapp-ci\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`失败：${(e as Error).message}`)
      process.exit(1)
    }
  )
}
