// Launch: Lighthouse 12 (mobile: a mid-range phone on slow 4G, simulated) on the production H5
// build (dist/h5, built by the bench first) served by the local backend, with the project's own
// Chromium. The median of RUNS runs by performance score; goals (issue 26): performance ≥ 95,
// LCP ≤ 2.5 s, TBT ≤ 150 ms. Also prints what the main thread did and the long tasks, so a
// regression says where it came from.
//   node scripts/bench/lighthouse.mjs   (after npx taro build --type h5)
// Plain Node, not tsx: Lighthouse sends functions to the page as source text, and tsx's
// transform adds helpers (__name) the page does not have.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import chromium from '../chromium.cjs'
import figures from './figures.cjs'

const { CHROMIUM_HINT, findChromium } = chromium
const { figure, line } = figures

const RUNS = 3
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DIST = join(ROOT, 'dist/h5')
// As the e2e tests start it (README, "Tests"): no network beyond this machine.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

async function startBackend(dataDir) {
  const backend = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/local/main.ts', '--port', '0', '--data', dataDir, '--static', DIST],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const port = await new Promise((ok, fail) => {
    let out = ''
    backend.stdout.on('data', (c) => {
      out += c.toString()
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) ok(Number(m[1]))
    })
    backend.on('exit', (code) => fail(new Error(`backend exited ${code}: ${out}`)))
  })
  return {
    port,
    async stop() {
      backend.removeAllListeners('exit')
      backend.kill('SIGTERM')
      await new Promise((r) => backend.once('exit', r))
    }
  }
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/h5 missing: npx taro build --type h5 first')
  const chromePath = findChromium()
  if (!chromePath) throw new Error(CHROMIUM_HINT)
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-lh-'))
  const backend = await startBackend(join(dir, 'data'))
  const url = `http://127.0.0.1:${backend.port}/`
  const runs = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: [...CHROME_FLAGS, `--user-data-dir=${join(dir, `profile-${i}`)}`],
        userDataDir: false
      })
      try {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' })
        const { lhr } = result
        const audits = lhr.audits
        runs.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
          tbt: audits['total-blocking-time'].numericValue ?? NaN,
          audits
        })
      } finally {
        await chrome.kill()
      }
    }
  } finally {
    await backend.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  runs.sort((a, b) => a.score - b.score)
  const median = runs[Math.floor(runs.length / 2)]
  console.log(`\nlighthouse 12, mobile, production H5 build on the local backend (median of ${RUNS} by score)`)
  console.log(
    `  runs: ${runs.map((r) => `${r.score} (LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms)`).join(', ')}`
  )
  const a = median.audits
  for (const id of ['first-contentful-paint', 'speed-index', 'interactive', 'bootup-time', 'mainthread-work-breakdown'])
    console.log(`  ${id.padEnd(26)} ${((a[id]?.numericValue ?? 0) / 1000).toFixed(2)} s`)
  for (const item of (a['bootup-time']?.details?.items ?? []).slice(0, 4))
    console.log(
      `    script ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}: ${Number(item.scripting).toFixed(0)} ms scripting, ${Number(item.scriptParseCompile).toFixed(0)} ms parse/compile`
    )
  for (const item of (a['long-tasks']?.details?.items ?? []).slice(0, 8))
    console.log(
      `    long task at ${Number(item.startTime).toFixed(0)} ms: ${Number(item.duration).toFixed(0)} ms (${String(item.url).replace(/^https?:\/\/[^/]+/, '')})`
    )
  const section = 'lighthouse'
  for (const f of [
    figure({
      id: 'lighthouse.performance',
      section,
      label: 'Lighthouse mobile performance',
      value: median.score,
      unit: 'score',
      goal: { op: '>=', value: 95 }
    }),
    figure({
      id: 'lighthouse.lcp',
      section,
      label: 'largest contentful paint',
      value: Math.round(median.lcp),
      unit: 'ms',
      goal: { op: '<=', value: 2500 },
      tolerance: 0.2
    }),
    figure({
      id: 'lighthouse.tbt',
      section,
      label: 'total blocking time',
      value: Math.round(median.tbt),
      unit: 'ms',
      goal: { op: '<=', value: 150 },
      tolerance: 0.5
    })
  ])
    console.log(line(f))
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
