// Cloud function deployment settings. Each cloudfunctions/<name>/config.json is the one source:
// WeChat DevTools reads its `permissions` and `triggers`; the CloudBase CLI (tcb) reads the
// same settings from cloudbaserc.json, which is generated from these files
// (`npm run gen:cloudbaserc`; a test checks the checked-in file is current).
//
//   npx tsx scripts/functions-config.ts           writes cloudbaserc.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..')
export const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions')
export const CLOUDBASERC = join(ROOT, 'cloudbaserc.json')

export interface FunctionConfig {
  permissions?: { openapi?: string[] }
  timeout: number
  memorySize: number
  runtime: string
  installDependency: boolean
  envVariables?: Record<string, string>
  triggers?: Array<{ name: string; type: 'timer'; config: string }>
}

// What tcb accepts (its runtime list and SCF's limits: timeout 1–900 s, memory in these steps).
export const RUNTIMES = ['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19']
export const MEMORY_SIZES = [64, 128, 256, 512, 1024, 2048, 3072]
const KNOWN_KEYS = ['permissions', 'timeout', 'memorySize', 'runtime', 'installDependency', 'envVariables', 'triggers']
// The bundle is index.js; sources, tests and local installs stay behind.
const IGNORE = ['*.ts', 'node_modules', 'node_modules/**/*']

export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_DIR)
    .filter((name) => existsSync(join(FUNCTIONS_DIR, name, 'index.ts')))
    .sort()
}

export function readFunctionConfig(name: string): FunctionConfig {
  return JSON.parse(readFileSync(join(FUNCTIONS_DIR, name, 'config.json'), 'utf8')) as FunctionConfig
}

/** Problems with one function's config.json, in words; empty when tcb and DevTools accept it. */
export function checkFunctionConfig(name: string, config: FunctionConfig): string[] {
  const problems: string[] = []
  for (const key of Object.keys(config)) if (!KNOWN_KEYS.includes(key)) problems.push(`${name}: unknown key ${key}`)
  if (!Number.isInteger(config.timeout) || config.timeout < 1 || config.timeout > 900)
    problems.push(`${name}: timeout must be 1–900 seconds`)
  if (!MEMORY_SIZES.includes(config.memorySize)) problems.push(`${name}: memorySize must be one of ${MEMORY_SIZES}`)
  if (!RUNTIMES.includes(config.runtime)) problems.push(`${name}: runtime must be one of ${RUNTIMES}`)
  if (typeof config.installDependency !== 'boolean') problems.push(`${name}: installDependency must be true/false`)
  for (const [key, value] of Object.entries(config.envVariables ?? {}))
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key) || typeof value !== 'string')
      problems.push(`${name}: envVariables.${key} must be a string under a plain name`)
  for (const t of config.triggers ?? []) {
    if (t.type !== 'timer') problems.push(`${name}: trigger ${t.name} must be a timer`)
    // CloudBase timers take a 7-field cron: second minute hour day month weekday year.
    if (t.config.trim().split(/\s+/).length !== 7) problems.push(`${name}: trigger ${t.name} needs a 7-field cron`)
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(t.name)) problems.push(`${name}: trigger name ${t.name}`)
  }
  return problems
}

export function cloudbaseConfig(names = functionNames()): Record<string, unknown> {
  return {
    version: '2.0',
    envId: '{{env.CLOUDBASE_ENV_ID}}',
    functionRoot: './cloudfunctions',
    functions: names.map((name) => {
      const { permissions, ...rest } = readFunctionConfig(name)
      void permissions
      return { name, handler: 'index.main', ignore: IGNORE, ...rest }
    })
  }
}

export const cloudbasercText = () => `${JSON.stringify(cloudbaseConfig(), null, 2)}\n`

if (/functions-config\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const problems = functionNames().flatMap((n) => checkFunctionConfig(n, readFunctionConfig(n)))
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
  writeFileSync(CLOUDBASERC, cloudbasercText())
  console.log(`✔ cloudbaserc.json: ${functionNames().join(', ')}`)
}
