/** The weapp output check must fail for the mistakes it exists to catch. */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const ICON = join(ROOT, 'src/assets/tabbar/home.png')

function fakeDist(app: object, files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-dist-'))
  writeFileSync(join(dir, 'app.json'), JSON.stringify(app))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
const page = (route: string) => ({ [`${route}.js`]: '', [`${route}.json`]: '{}', [`${route}.wxml`]: '<view/>' })
const check = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check-weapp.mjs'), dir], { encoding: 'utf8' })

describe('check-weapp', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  const app = {
    pages: ['pages/a/index'],
    subPackages: [{ root: 'pkg', pages: ['b/index'] }],
    tabBar: { list: [{ pagePath: 'pages/a/index', text: 'A', iconPath: 'i.png', selectedIconPath: 'i.png' }] }
  }

  it('passes a complete build and prints the sizes', () => {
    const dir = fakeDist(app, { ...page('pages/a/index'), ...page('pkg/b/index') })
    dirs.push(dir)
    cpSync(ICON, join(dir, 'i.png'))
    const r = check(dir)
    expect(r.stdout).toMatch(/\(main\)\s+[\d.]+ KB/)
    expect(r.stdout).toMatch(/pkg\s+[\d.]+ KB/)
    expect(r.status).toBe(0)
  })

  it("fails when the main package outgrows its 450 KB budget, though WeChat's 2 MB would take it", () => {
    const dir = fakeDist(app, {
      ...page('pages/a/index'),
      ...page('pkg/b/index'),
      'common.js': Buffer.alloc(450 * 1024 + 1)
    })
    dirs.push(dir)
    cpSync(ICON, join(dir, 'i.png'))
    const r = check(dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/\(main\) is [\d.]+ KB, over its budget of 450\.0 KB/)
    expect(r.stderr).not.toContain('2 MB')
  })

  it('fails when a dark-mode variable is missing from theme.json', () => {
    const themed = {
      ...app,
      darkmode: true,
      themeLocation: 'theme.json',
      tabBar: { ...app.tabBar, color: '@tabColor' }
    }
    const dir = fakeDist(themed, {
      ...page('pages/a/index'),
      ...page('pkg/b/index'),
      'theme.json': JSON.stringify({ light: { tabColor: '#000' }, dark: {} })
    })
    dirs.push(dir)
    cpSync(ICON, join(dir, 'i.png'))
    const r = check(dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('theme.json: dark.tabColor is not defined')
    expect(r.stderr).not.toContain('light.tabColor')
  })

  it('fails on a missing page file, a missing or non-PNG icon, and an oversized subpackage', () => {
    const dir = fakeDist(app, {
      ...page('pages/a/index'),
      'pkg/b/index.js': '',
      'pkg/b/index.json': '{}',
      'pkg/b/big.bin': Buffer.alloc(2 * 1024 * 1024 + 1),
      'i.png': 'GIF89a not a png'
    })
    dirs.push(dir)
    const r = check(dir)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('missing pkg/b/index.wxml')
    expect(r.stderr).toContain('i.png is not a PNG')
    expect(r.stderr).toContain('over the 2 MB limit')
  })
})
