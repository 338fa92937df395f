// Bundles each cloud function (cloudfunctions/<name>/index.ts) with esbuild into a
// self-contained cloudfunctions/<name>/index.js: src/domain and server/ (adapters, services, function.ts) are inlined,
// wx-server-sdk stays external (WeChat installs it from the folder's package.json).
import { build } from 'esbuild'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './lib.mjs'

const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions')
// A function's cold start loads and compiles its whole bundle: keep each one small.
const BUNDLE_LIMIT = 150 * 1024
// --out DIR writes DIR/<name>/index.js instead (tests build into a temp folder).
const outIndex = process.argv.indexOf('--out')
const outRoot = outIndex >= 0 ? process.argv[outIndex + 1] : null
const only = process.argv.slice(2).filter((a, i, all) => a !== '--out' && all[i - 1] !== '--out')
const names = readdirSync(FUNCTIONS_DIR).filter(
  (name) =>
    statSync(join(FUNCTIONS_DIR, name)).isDirectory() &&
    existsSync(join(FUNCTIONS_DIR, name, 'index.ts')) &&
    existsSync(join(FUNCTIONS_DIR, name, 'package.json')) &&
    (only.length === 0 || only.includes(name))
)

for (const name of names) {
  const outfile = join(outRoot ?? FUNCTIONS_DIR, name, 'index.js')
  const result = await build({
    entryPoints: [join(FUNCTIONS_DIR, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    legalComments: 'none',
    // Bytes are cold-start time: whitespace and syntax are minified, names kept, so a stack trace
    // in the cloud console still names the function and module it came from.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    // Chinese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): Node reads
    // every source file as UTF-8, and the messages, street names and labels are much of a bundle.
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning'
  })
  const inputs = Object.keys(result.metafile.inputs)
  const bad = inputs.filter((p) =>
    /src\/(services|stores|pages|components)\/|better-sqlite3|@tarojs\/|chinese-days/.test(p)
  )
  if (bad.length) {
    console.error(`✖ ${name} bundles code that must not reach the cloud: ${bad.join(', ')}`)
    process.exit(1)
  }
  const size = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes
  if (size > BUNDLE_LIMIT) {
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 5)
      .map(([path, v]) => `${path} ${(v.bytesInOutput / 1024).toFixed(1)} KB`)
    console.error(
      `✖ ${name}: ${(size / 1024).toFixed(1)} KB, over ${BUNDLE_LIMIT / 1024} KB; largest: ${inputs.join(', ')}`
    )
    process.exit(1)
  }
  console.log(`✔ ${name}: ${outfile} (${(size / 1024).toFixed(1)} KB, ${inputs.length} modules)`)
}
if (names.length === 0) console.log('no cloud functions found')
