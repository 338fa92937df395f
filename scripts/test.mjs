// `npm test`: every test layer, in the order that fails fastest.
//   0. lint: ESLint (layering rules included, test support kept out of product code), Prettier,
//      no import circle (scripts/check-circles.mjs), and colours only from the style tokens
//   1. typecheck (tsc, strict): as the browser build and jest resolve files (.h5), then as the
//      WeChat build does (.weapp, tsconfig.weapp.json)
//   2. unit + cloud + pages (jest)
//   3. WeChat build (taro build --type weapp --mode check: no cloud environment), then the weapp layer (wcc/wcsc, the device floor,
//      miniprogram-simulate)
//   4. browser build (taro build --type h5 --mode e2e), then the e2e layer in headless Chromium
// Without Chromium the e2e layer is skipped with a hint, except under CI=true where it fails.
// Ends with one line: "summary: N passed, N failed, N skipped".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIN, CHROMIUM_HINT, findChromium, run } from './lib.mjs'

const ci = process.env.CI === 'true' || process.env.CI === '1'
const totals = { passed: 0, failed: 0, skipped: 0 }
const tmp = mkdtempSync(join(tmpdir(), 'yimi-test-'))

function finish(code, note) {
  if (note) console.log(note)
  console.log(`summary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  rmSync(tmp, { recursive: true, force: true })
  process.exit(code)
}

async function step(title, cmd, args, env) {
  console.log(`\n▶ ${title}`)
  const code = await run(cmd, args, env ? { env: { ...process.env, ...env } } : {})
  if (code !== 0) {
    totals.failed += 1
    finish(code, `✖ ${title} failed`)
  }
}

async function jest(title, projects) {
  const out = join(tmp, `${projects.join('-')}.json`)
  console.log(`\n▶ ${title}`)
  const code = await run(BIN('jest'), ['--selectProjects', ...projects, '--json', '--outputFile', out])
  let report = null
  try {
    report = JSON.parse(readFileSync(out, 'utf8'))
  } catch {
    // jest failed before writing a report (e.g. a config error): counted as one failure below.
  }
  // A suite that fails to run (syntax or import error, a throw outside a test) has no tests in
  // numFailedTests: it counts as one failure by itself.
  const failed = report ? report.numFailedTests + report.numRuntimeErrorTestSuites : 0
  if (report) {
    totals.passed += report.numPassedTests
    totals.failed += failed
    totals.skipped += report.numPendingTests + report.numTodoTests
  }
  if (code !== 0) {
    // Jest failed with nothing counted (no report, or a failure outside any suite): one failure.
    if (failed === 0) totals.failed += 1
    finish(code, `✖ ${title} failed`)
  }
}

await step('lint (ESLint with the layering rules, Prettier)', BIN('eslint'), ['.', '--max-warnings', '0'])
await step('format (Prettier)', BIN('prettier'), ['--check', '.', '--log-level', 'warn'])
await step('import circles (dpdm)', process.execPath, ['scripts/check-circles.mjs'])
await step('style tokens (no colour literal outside src/components/ui/tokens.scss)', process.execPath, [
  'scripts/check-scss-tokens.mjs'
])
await step('typecheck', BIN('tsc'), ['--noEmit', '-p', 'tsconfig.json'])
await step('WeChat typecheck (.weapp files first)', BIN('tsc'), ['--noEmit', '-p', 'tsconfig.weapp.json'])
await jest('unit, cloud and page tests', ['unit', 'cloud', 'pages'])
await step('WeChat build (check mode)', BIN('taro'), ['build', '--type', 'weapp', '--mode', 'check'])
await jest('WeChat build tests (wcc/wcsc, miniprogram-simulate)', ['weapp'])

const chromium = findChromium()
if (!chromium) {
  if (ci) {
    totals.failed += 1
    finish(1, `✖ CI=true and no Chromium: ${CHROMIUM_HINT}`)
  }
  totals.skipped += 1
  finish(0, `⚠ browser tests skipped: ${CHROMIUM_HINT}`)
}
await step('browser build (H5, e2e mode)', BIN('taro'), ['build', '--type', 'h5', '--mode', 'e2e'])
await jest('end-to-end tests in headless Chromium', ['e2e'])
finish(0)
