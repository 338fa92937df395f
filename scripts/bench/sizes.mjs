// Sizes of the app's builds against a bare Taro + React app built in the same run.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BIN, ROOT, run } from '../lib.mjs'

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
  return rows
}
