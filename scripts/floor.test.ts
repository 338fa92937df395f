/**
 * The device floor check (scripts/floor.mjs) refuses what the floor's engines cannot run and
 * lets through what they can: each case is a one-file build in a temp folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function check(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-floor-'))
  dirs.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/floor.mjs'), dir], { encoding: 'utf8' })
  return { status: r.status, out: r.stdout + r.stderr }
}

jest.setTimeout(60_000)

describe('device floor check', () => {
  it('reads the floor from package.json, where Babel and autoprefixer read it', () => {
    const { browserslist } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    const r = check({ 'a.js': 'var a = 1\n' })
    expect(r.out).toContain(`(${browserslist.join(', ')})`)
    expect(r.status).toBe(0)
  })

  it('lets through what iOS 15 and Chrome 86 run: ES2021 syntax, lookahead, flex gap', () => {
    const r = check({
      'pkg/a.js': 'var b = window?.c ?? /(?:^|\\D)1\\d{10}(?!\\d)/gu\nb ||= 1_000\n',
      'pkg/a.wxss': '.row{display:flex;gap:16rpx}.box{position:absolute;top:0;right:0;bottom:0;left:0}\n'
    })
    expect(r.out).toContain('✔')
    expect(r.status).toBe(0)
  })

  it('refuses a regex literal with a lookbehind (a syntax error for the whole chunk on iOS < 16.4)', () => {
    const r = check({ 'pkg/sub-common/x.js': 'var p = [/(?<!\\d)1[3-9]\\d{9}/g]\n' })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/pkg\/sub-common\/x\.js:1:\d+: RegExp lookbehinds are not supported/)
  })

  it('refuses a lookbehind in a string or template handed to RegExp, or built there by concatenation', () => {
    const r = check({
      'string.js': "var a = new RegExp('(?<=我叫)\\\\S{2,3}', 'g')\n",
      'template.js': 'var b = new RegExp(`(?<=(?:我叫))${c}{2,3}`, "g")\n',
      'concat.js': 'var d = RegExp("(?<=(?:我叫))".concat(e, "{2,3}"), "g")\n'
    })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/string\.js:1:\d+: RegExp lookbehinds/)
    expect(r.out).toMatch(/template\.js:1:\d+: RegExp lookbehinds/)
    expect(r.out).toMatch(/concat\.js:1:\d+: RegExp lookbehinds/)
  })

  it('refuses syntax and built-ins newer than the floor (es-check)', () => {
    const r = check({ 'a.js': 'class A { static { A.x = 1 } }\n', 'b.js': 'var c = [1, 2].at(-1)\n' })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/a\.js: .*ClassStaticBlocks/)
    expect(r.out).toMatch(/b\.js: .*ArrayPrototypeAt/)
  })

  it('refuses CSS the floor lacks: inset (Chrome 87)', () => {
    const r = check({ 'pkg/sheet.wxss': '.sheet{position:fixed;inset:0}\n' })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/pkg\/sheet\.wxss:1:\d+: inset: 0: .*Chrome \(86/)
  })
})
