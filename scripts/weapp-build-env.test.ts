/**
 * A production WeChat build (taro build --type weapp, what npm run build:weapp makes to upload)
 * with no Cloud Development environment stops before it writes anything, and says what to set.
 * The refusal comes while Taro reads config/index.ts, within seconds; should it ever let the build
 * through, the child is stopped and the test fails.
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')

function taroBuild(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/taro'), ['build', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env }
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done({ code, out })
    })
  })
}

jest.setTimeout(60_000)

describe('the production WeChat build needs its cloud environment', () => {
  it('refuses to build with TARO_APP_CLOUD_ENV empty, and says where to put it', async () => {
    const r = await taroBuild(['--type', 'weapp'], { TARO_APP_CLOUD_ENV: '', NODE_ENV: '' })
    expect(r.out).toContain('A production WeChat build needs TARO_APP_CLOUD_ENV')
    expect(r.out).toContain('.env.production.local')
    expect(r.out).toContain('npm run build:weapp:check')
    expect(r.code).toBe(1)
  })
})
