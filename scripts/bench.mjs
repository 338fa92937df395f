// `npm run bench`: every figure with its goal and ✔/✖, most of them against a baseline measured in
// the same run, and next to the figure of the last saved run (bench/results.json), so that a
// regression says how much worse it got. Exits 1 when a goal is missed, a figure regressed past
// its tolerance, or a part failed to run.
//   sizes        weapp main package and total vs a bare Taro+React app, H5 initial JS, cloud
//                function bundles (each ≤ 150 KB, the cold-start limit)
//   pages        each tab page of dist/weapp in miniprogram-simulate with 10k places: node count,
//                setData sizes; the JS work of the WeChat launch (built first unless sizes just did)
//   lighthouse   Lighthouse 12 mobile on the production H5 build served by the local backend
//   search       policy Q&A search per query (median) vs a plain substring scan
//   places       nearest-20 / within-radius over 1k–100k places (kdbush) vs a linear scan;
//                the map's marker update with 10k places
//   suggestions  submissions/s and p99 against the local backend vs its health endpoint under the
//                same load, interleaved; rows stored vs distinct ids (0 lost, 0 duplicated)
//   inbox        the staff inbox over 100k suggestions in SQLite (filters + paging) vs a full
//                scan; export time for 10k rows
//   mixed        a minute of citizens submitting, staff handling and the purge at once against the
//                local backend: 0 errors beyond rate limits, 0 lost, consistent after
//   audio        a 60 s recording at the recorder's settings vs 1 MB, the upload limit and
//                uncompressed PCM; its upload to the local backend vs a 1 s clip
// Run some: npm run bench -- search places. Keep the figures: npm run bench -- --save (writes
// bench/results.json; commit it with the change that moved them).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { BIN, ROOT, run } from './lib.mjs'
import { benchSizes } from './bench/sizes.mjs'
import figures from './bench/figures.cjs'

const { compare, format, goalText } = figures
const SECTIONS = ['sizes', 'pages', 'lighthouse', 'search', 'places', 'suggestions', 'mixed', 'inbox', 'audio']
const RESULTS = join(ROOT, 'bench/results.json')

const args = process.argv.slice(2)
const save = args.includes('--save')
const wanted = args.filter((a) => !a.startsWith('--'))
for (const w of wanted)
  if (!SECTIONS.includes(w)) throw new Error(`unknown bench part ${w}: one of ${SECTIONS.join(', ')}`)
const on = (name) => wanted.length === 0 || wanted.includes(name)

const work = mkdtempSync(join(tmpdir(), 'yimi-bench-'))
process.env.BENCH_FIGURES = join(work, 'figures.jsonl')
writeFileSync(process.env.BENCH_FIGURES, '')

const failed = []
async function part(name, cmd, argv, options) {
  const code = await run(cmd, argv, options)
  if (code !== 0) failed.push(`${name} (exit ${code})`)
  return code === 0
}

if (on('sizes')) {
  try {
    await benchSizes()
  } catch (e) {
    console.error(e)
    failed.push('sizes')
  }
}
if (on('pages')) {
  const built =
    on('sizes') ||
    (await part('pages: weapp build', BIN('taro'), ['build', '--type', 'weapp', '--mode', 'check'], {
      stdio: ['ignore', 'ignore', 'inherit']
    }))
  if (built) await part('pages', BIN('jest'), ['-c', 'scripts/bench/jest.pages.config.js', '--silent'])
}
if (on('lighthouse')) {
  // The production browser build: sizes has just made it, else it is made here.
  const built =
    on('sizes') ||
    (await part('lighthouse: h5 build', BIN('taro'), ['build', '--type', 'h5'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' }
    }))
  if (built) await part('lighthouse', process.execPath, ['scripts/bench/lighthouse.mjs'])
}
for (const [name, file] of [
  ['search', 'scripts/bench/policy-search.ts'],
  ['places', 'scripts/bench/places.ts'],
  ['suggestions', 'scripts/bench/suggestions.ts'],
  ['mixed', 'scripts/bench/mixed-load.ts'],
  ['inbox', 'scripts/bench/inbox.ts'],
  ['audio', 'scripts/bench/audio.ts']
]) {
  if (on(name)) await part(name, BIN('tsx'), [file])
}

// ---- every figure with its goal, next to the saved one ----
const measured = readFileSync(process.env.BENCH_FIGURES, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
rmSync(work, { recursive: true, force: true })
const saved = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : { figures: {} }

const color = process.stdout.isTTY || process.env.FORCE_COLOR
const paint = (code) => (s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s)
const red = paint('1;31')
const green = paint('32')
const dim = paint('2')

let missed = 0
let regressed = 0
console.log(
  `\n${'='.repeat(100)}\ngoals (✔ met, ✖ missed) and the last saved run (bench/results.json${saved.savedAt ? `, ${saved.savedAt.slice(0, 10)} ${saved.commit ?? ''}` : ''})`
)
let section = ''
for (const f of measured) {
  if (f.section !== section) console.log(`\n${(section = f.section)}`)
  const c = compare(f, saved.figures?.[f.id])
  if (!f.met) missed += 1
  if (c.regressed) regressed += 1
  const mark = f.met && !c.regressed ? green('✔') : red('✖')
  const value = format(f.value, f.unit).padStart(11)
  const goal = `goal ${goalText(f)}`.padEnd(18)
  let was = dim('new figure')
  if (c.previous !== null) {
    const before = format(c.previous, f.unit)
    if (c.regressed)
      was = red(
        `was ${before}: WORSE by ${Number.isFinite(c.worse) ? `${(c.worse * 100).toFixed(0)}%` : 'from 0'} (noise allowed ${(f.tolerance * 100).toFixed(0)}%)`
      )
    else if (c.worse < 0) was = `was ${before}, ${(-c.worse * 100).toFixed(0)}% better`
    else was = dim(`was ${before}`)
  }
  const label = `${f.label}${f.basis ? ` (${f.basis})` : ''}`
  console.log(`  ${mark} ${label.padEnd(52)} ${f.met ? value : red(value)}  ${goal} ${was}`)
}
const ran = new Set(measured.map((f) => f.section))
const lost = figures.notMeasured(saved.figures ?? {}, measured)
for (const f of lost) console.log(red(`  ✖ ${f.label}: saved but not measured this run`))

console.log(
  `\n${measured.length} figures: ${missed ? red(`${missed} goal(s) missed`) : green('every goal met')}, ${regressed ? red(`${regressed} regression(s) against the saved run`) : 'no regression against the saved run'}${failed.length ? red(`; failed to run: ${failed.join(', ')}`) : ''}`
)

if (save) {
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    } catch {
      return null
    }
  })()
  const at = new Date().toISOString()
  const keep = Object.fromEntries(Object.entries(saved.figures ?? {}).filter(([, f]) => !ran.has(f.section)))
  const out = {
    savedAt: at,
    commit,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    sections: { ...(saved.sections ?? {}), ...Object.fromEntries([...ran].map((s) => [s, { savedAt: at, commit }])) },
    figures: {
      ...keep,
      ...Object.fromEntries(
        measured.map((f) => [
          f.id,
          { section: f.section, label: f.label, value: f.value, unit: f.unit, goal: f.goal, met: f.met }
        ])
      )
    }
  }
  writeFileSync(RESULTS, `${JSON.stringify(out, null, 2)}\n`)
  console.log(`saved ${measured.length} figures to bench/results.json`)
}
process.exit(missed || regressed || failed.length ? 1 : 0)
