/**
 * The built WeChat package runs on the declared device floor (README, "Supported phones";
 * package.json browserslist): every JS file parses and only uses what the floor's JavaScriptCore
 * and V8 have, every WXSS file only what their web views have. A lookbehind in a shared chunk
 * blanks every page that requires it on iOS before 16.4.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/env.html
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { assertFreshBuild } from './freshness'

const ROOT = join(__dirname, '../..')
const DIST = join(ROOT, 'dist/weapp')
assertFreshBuild(ROOT, DIST)

jest.setTimeout(120_000)

describe('the WeChat build meets the device floor', () => {
  it('every shipped JS and WXSS file', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/floor.mjs'), DIST], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})
