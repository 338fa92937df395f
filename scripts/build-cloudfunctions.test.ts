/**
 * The deployable bundle itself: build cloudfunctions/user with esbuild into a temp folder, give
 * it a fake wx-server-sdk (identity from getWXContext, a database that answers the staff lookup)
 * and call its exported main as WeChat would.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
// esbuild runs in a child process; give it room on a loaded two-core machine.
jest.setTimeout(30000)

const FAKE_SDK = `
const calls = []
const staff = [
  { _id: 's1', openid: 'o-worker', role: 'community_worker', scope: { communities: ['500103003019'] }, name: '王社工', active: true },
  { _id: 's2', openid: 'o-district', role: 'district_admin', scope: {}, name: '区管理员', active: true }
]
let openid = 'o-worker'
function query(name) {
  let cond = {}
  const q = {
    where(c) { cond = c; calls.push(['where', name, c]); return q },
    orderBy() { return q }, skip() { return q }, limit() { return q },
    async get() { return { data: name === 'staff' ? staff.filter(s => s.openid === cond.openid && s.active === cond.active) : [] } },
    async count() { return { total: 0 } }
  }
  return q
}
module.exports = {
  DYNAMIC_CURRENT_ENV: Symbol('current'),
  init(options) { calls.push(['init', typeof options.env]) },
  getWXContext() { return { OPENID: openid } },
  database() { return { collection: query, command: { in: (values) => ({ $in: values }) } } },
  __calls: calls,
  __setOpenid(o) { openid = o }
}
`

describe('cloud function bundle', () => {
  let out: string
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'yimi-cf-'))
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cloudfunctions.mjs'), '--out', out, 'user', 'places'], {
      cwd: ROOT
    })
    mkdirSync(join(out, 'node_modules/wx-server-sdk'), { recursive: true })
    writeFileSync(join(out, 'node_modules/wx-server-sdk/index.js'), FAKE_SDK)
  })
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('is self-contained except for wx-server-sdk', () => {
    const code = readFileSync(join(out, 'user/index.js'), 'utf8')
    expect(code).toContain('require("wx-server-sdk")')
    expect(code).not.toMatch(/require\("\.{1,2}\//)
    expect(code).not.toContain('better-sqlite3')
  })

  it('answers with the caller taken from getWXContext, never from the event', async () => {
    const fn = require(join(out, 'user/index.js'))

    const sdk = require(join(out, 'node_modules/wx-server-sdk'))
    const worker = await fn.main({ action: 'whoami', userInfo: { appId: 'wx', openId: 'ignored' } })
    expect(worker).toMatchObject({ ok: true, data: { role: 'community_worker', name: '王社工', backend: 'wechat' } })
    sdk.__setOpenid('o-someone')
    const citizen = await fn.main({ action: 'whoami', openid: 'o-worker' })
    expect(citizen).toMatchObject({ ok: true, data: { role: 'citizen' } })
    expect(sdk.__calls).toContainEqual(['init', 'symbol'])
    expect(await fn.main({ action: 'nope' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } })
  })

  it('decodes a GBK import inside the bundle (GB18030 through Node’s ICU, nothing polyfilled away)', async () => {
    const fn = require(join(out, 'places/index.js'))
    const sdk = require(join(out, 'node_modules/wx-server-sdk'))
    sdk.__setOpenid('o-district')
    const base64 = readFileSync(join(ROOT, 'scripts/fixtures/places-sample-gbk.csv')).toString('base64')
    const report = await fn.main({ action: 'import', base64, dryRun: true })
    expect(report).toMatchObject({ ok: true, data: { encoding: 'gbk', total: 9, added: 3, dryRun: true } })
    expect(report.data.changes[0].name).toBe('示例托育中心（导入一）')
  })
})
