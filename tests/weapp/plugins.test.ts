/**
 * Plugins in the built package: a plugin is used through requirePlugin(name) only after app.json
 * (or the subpackage) declares it under that name, and the WechatSI speech plugin is declared only
 * when TARO_APP_SPEECH_PLUGIN is configured, so without it its name must not ship at all.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/plugin/using.html
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { assertFreshBuild } from './freshness'

const ROOT = join(__dirname, '../..')
const DIST = join(ROOT, 'dist/weapp')
assertFreshBuild(ROOT, DIST)

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
const scripts = walk(DIST).filter((f) => f.endsWith('.js'))

interface AppJson {
  plugins?: Record<string, unknown>
  subPackages?: Array<{ root: string; plugins?: Record<string, unknown> }>
}
const app: AppJson = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
const declared = new Set([
  ...Object.keys(app.plugins ?? {}),
  ...(app.subPackages ?? []).flatMap((s) => Object.keys(s.plugins ?? {}))
])

describe('plugins in the WeChat package', () => {
  it('every requirePlugin names a plugin app.json declares', () => {
    const undeclared = scripts.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/requirePlugin\(\s*(["'`])([^"'`]+)\1/g)]
        .map((m) => m[2])
        .filter((name) => !declared.has(name))
        .map((name) => `${relative(DIST, file)}: requirePlugin("${name}")`)
    )
    expect(undeclared).toEqual([])
  })

  it('without TARO_APP_SPEECH_PLUGIN (the check build, .env.check), WechatSI is named nowhere in the package', () => {
    expect(declared.has('WechatSI')).toBe(false)
    const naming = scripts.filter((f) => readFileSync(f, 'utf8').includes('WechatSI')).map((f) => relative(DIST, f))
    expect(naming).toEqual([])
  })
})
