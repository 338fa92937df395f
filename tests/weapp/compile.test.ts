/**
 * Every WXML and WXSS file of dist/weapp through WeChat's own compilers (wcc / wcsc for Linux,
 * from miniprogram-compiler): what WeChat DevTools would reject fails here.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { DIST, requireBuild } from './harness'

// The package ships wcsc without its execute bit and sets it itself on first use; so do we.
const wcsc = join(__dirname, '../../node_modules/miniprogram-compiler/bin/linux/wcsc')
chmodSync(wcsc, 0o755)

// One run over all files, as DevTools does, so @import between them resolves. Page and component
// styles (those with a .json beside them) come first and are counted by -pc.
function compileWxss(cwd: string, files: string[]) {
  const isComponent = (f: string) => existsSync(join(cwd, f.replace(/\.wxss$/, '.json')))
  const components = files.filter(isComponent)
  const others = files.filter((f) => !isComponent(f))
  return spawnSync(wcsc, ['-db', '-pc', String(components.length), ...components, ...others], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
}

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : []
  })
}

describe('WeChat compilers accept the build', () => {
  const app = requireBuild()
  const routes = [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

  it('wcc compiles all WXML (with base.wxml and utils.wxs) and knows every page', () => {
    const { wxmlToJs } = require('miniprogram-compiler')
    const code: string = wxmlToJs(DIST)
    const gwx = new Function(code)() as (path: string) => unknown
    expect(typeof gwx).toBe('function')
    for (const route of routes) expect(typeof gwx(`${route}.wxml`)).toBe('function')
  })

  it('wcsc compiles every WXSS file', () => {
    const files = walk(DIST, '.wxss')
    expect(files.length).toBeGreaterThan(3)
    const r = compileWxss(
      DIST,
      files.map((f) => relative(DIST, f))
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    // The output maps each file to its compiled function; every page style must be in it.
    for (const f of files) expect(r.stdout).toContain(relative(DIST, f))
  })

  it('wcsc really rejects broken WXSS (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxss-'))
    writeFileSync(join(dir, 'bad.wxss'), '.a { color: red;\n')
    expect(compileWxss(dir, ['bad.wxss']).status).not.toBe(0)
  })
})
