/**
 * What the WeChat build leaves out of Taro's runtime stays out: the HTML parser that
 * dangerouslySetInnerHTML would need (config/index.ts, mini.runtime.enableInnerHTML false and
 * config/plugins/no-inner-html), ~10 KB of the main package that no page uses.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtFiles } from './built-files'
import { assertFreshBuild } from './freshness'

const ROOT = join(__dirname, '../..')
assertFreshBuild(ROOT, join(ROOT, 'dist/weapp'))

const scripts = builtFiles('.js')
const naming = (text: string) => scripts.filter(([, source]) => source.includes(text)).map(([file]) => file)

describe("Taro's runtime in the WeChat package", () => {
  it('carries no HTML parser (its token names are nowhere)', () => {
    // Literals of @tarojs/runtime's dom-external/inner-html/parser.js, which minification keeps.
    expect(naming('"tag-start"')).toEqual([])
    expect(naming('"tag-end"')).toEqual([])
  })

  it('carries the stand-in that says why HTML shows nothing', () => {
    const stub = readFileSync(join(ROOT, 'config/plugins/no-inner-html/html.js'), 'utf8')
    expect(stub).toContain('innerHTML is off in the WeChat build')
    expect(naming('innerHTML is off in the WeChat build')).toHaveLength(1)
  })
})
