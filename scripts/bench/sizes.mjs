// Sizes of the app's builds against a bare Taro + React app built in the same run, and of each
// cloud function's bundle. Goals: the main package ≤ 450 KB and ≤ 1.5× the bare app's, the whole
// package ≤ 1 MB, the browser's first JS ≤ 2× the bare app's (gzip), each function ≤ 150 KB
// (its cold start compiles the whole bundle).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BIN, ROOT, run } from '../lib.mjs'
import figures from './figures.cjs'

const { figure, line } = figures

const IGNORED = /(\.LICENSE\.txt|\.map|project\.config\.json)$/

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** Main-package and total bytes of a weapp build (what WeChat counts). */
export function weappSizes(dist) {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => `${s.root.replace(/\/$/, '')}/`)
  let main = 0
  let total = 0
  for (const file of walk(dist)) {
    const rel = relative(dist, file).split(sep).join('/')
    if (IGNORED.test(rel)) continue
    const size = statSync(file).size
    total += size
    if (!roots.some((r) => rel.startsWith(r))) main += size
  }
  return { main, total }
}

/**
 * The JS the browser loads before first render: the scripts index.html references. The gzip
 * figure is what the local backend transfers (server/local/static.ts gzips at level 9 too).
 */
export function h5InitialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''))
  let raw = 0
  let gzip = 0
  for (const src of srcs) {
    const buf = readFileSync(join(dist, src))
    raw += buf.length
    gzip += gzipSync(buf, { level: 9 }).length
  }
  return { raw, gzip, files: srcs.length }
}

// The app's WeChat build in check mode: the production code, with no cloud environment to name.
async function build(cwd, type) {
  const mode = cwd === ROOT && type === 'weapp' ? ['--mode', 'check'] : []
  const code = await run(BIN('taro'), ['build', '--type', type, ...mode], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' }
  })
  if (code !== 0) throw new Error(`taro build --type ${type} failed in ${cwd}`)
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const KB = (n) => Math.round((n / 1024) * 10) / 10

/** Each cloud function bundled as build:cloud does, into a temp folder: name → bytes. */
async function cloudBundles() {
  const out = mkdtempSync(join(tmpdir(), 'yimi-bench-cloud-'))
  try {
    const code = await run(process.execPath, [join(ROOT, 'scripts/build-cloudfunctions.mjs'), '--out', out], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
    if (code !== 0) throw new Error('build-cloudfunctions failed')
    return readdirSync(out).map((name) => [name, statSync(join(out, name, 'index.js')).size])
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
const ratio = (a, b) => `${(a / b).toFixed(2)}×`

export async function benchSizes() {
  const baseline = join(ROOT, 'bench/baseline')
  console.log('building the app and the baseline (weapp + h5, production)…')
  for (const [cwd, type] of [
    [ROOT, 'weapp'],
    [baseline, 'weapp'],
    [ROOT, 'h5'],
    [baseline, 'h5']
  ])
    await build(cwd, type)
  if (!existsSync(join(baseline, 'dist/h5/index.html'))) throw new Error('baseline h5 build missing')
  const app = { weapp: weappSizes(join(ROOT, 'dist/weapp')), h5: h5InitialJs(join(ROOT, 'dist/h5')) }
  const base = { weapp: weappSizes(join(baseline, 'dist/weapp')), h5: h5InitialJs(join(baseline, 'dist/h5')) }
  const rows = [
    ['weapp main package', app.weapp.main, base.weapp.main],
    ['weapp total', app.weapp.total, base.weapp.total],
    ['h5 initial JS (raw)', app.h5.raw, base.h5.raw],
    ['h5 initial JS (gzip)', app.h5.gzip, base.h5.gzip]
  ]
  console.log('\nsizes                     app        baseline   ratio')
  for (const [name, a, b] of rows)
    console.log(`  ${name.padEnd(22)} ${kb(a).padStart(10)} ${kb(b).padStart(10)}   ${ratio(a, b)}`)
  const section = 'sizes'
  const goals = [
    figure({
      id: 'sizes.weapp.main',
      section,
      label: 'weapp main package',
      value: KB(app.weapp.main),
      unit: 'KB',
      goal: { op: '<=', value: 450 }
    }),
    figure({
      id: 'sizes.weapp.main-vs-bare',
      section,
      label: 'weapp main package ÷ bare Taro app',
      value: app.weapp.main / base.weapp.main,
      unit: '×',
      goal: { op: '<=', value: 1.5 },
      tolerance: 0.01
    }),
    figure({
      id: 'sizes.weapp.total',
      section,
      label: 'weapp total (main + subpackages)',
      value: KB(app.weapp.total),
      unit: 'KB',
      goal: { op: '<=', value: 1024 }
    }),
    figure({
      id: 'sizes.h5.initial-gzip-vs-bare',
      section,
      label: 'h5 initial JS (gzip) ÷ bare Taro app',
      value: app.h5.gzip / base.h5.gzip,
      unit: '×',
      goal: { op: '<=', value: 2 },
      tolerance: 0.01
    })
  ]
  console.log('\ncloud function bundles (esbuild, as build:cloud)')
  for (const [name, bytes] of await cloudBundles())
    goals.push(
      figure({
        id: `sizes.cloud.${name}`,
        section,
        label: `cloud function ${name}`,
        value: KB(bytes),
        unit: 'KB',
        goal: { op: '<=', value: 150 }
      })
    )
  for (const f of goals) console.log(line(f))
  return rows
}
