// The device floor: every shipped file of a WeChat build checked against the oldest engines the
// app supports, package.json's browserslist (the one list Babel, autoprefixer and cssnano also
// read; README, "Supported phones"). On iOS the logic layer is the system's JavaScriptCore, so
// code the floor cannot parse is a syntax error for its whole chunk, and every page that
// requires that chunk stays blank.
//   - JavaScript: es-check parses each file at the floor's ECMAScript version and checks the
//     features it knows against the floor's browsers (class static blocks, Array.prototype.at …);
//     eslint-plugin-escompat adds the RegExp syntax es-check does not look at (lookbehind, named
//     groups, the s and v flags), in a literal and in a string or template handed to RegExp.
//     Its rules are keyed on Safari versions, not iOS ones: that is why the browserslist names
//     `safari` beside `ios` (the same JavaScriptCore releases).
//   - WXSS: doiuse (caniuse data) for every property and value the floor lacks or only partly
//     supports, less the features in IGNORED_CSS, each with its reason.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import browserslist from 'browserslist'
import { feature, features } from 'caniuse-lite'
import doiuse from 'doiuse'
import esCheck from 'es-check'
import { ESLint } from 'eslint'
import escompat from 'eslint-plugin-escompat'
import postcss from 'postcss'
import { ROOT } from './lib.mjs'

/** The floor as written in package.json. */
export const FLOOR = browserslist.loadConfig({ path: ROOT })

// doiuse reports every use of a feature some floor browser lacks in part; these lack nothing a
// page needs on the floor's phones.
export const IGNORED_CSS = {
  // "Partial" is the `clip` value and the two-value shorthand; doiuse reports every overflow,
  // overflow-x and overflow-y declaration, and the app uses neither (hidden, auto, scroll).
  'css-overflow': 'overflow: clip and the two-value shorthand are the partial part; not used',
  // Hiding a scroll bar is cosmetic: where ::-webkit-scrollbar is ignored, the bar shows.
  'css-scrollbar': 'cosmetic: an engine without it shows the scroll bar',
  // A mouse pointer's shape; phones have none.
  'css3-cursors-grab': 'mouse cursor: no pointer on a phone',
  // resize: none on a textarea; touch screens have no resize handle to hide.
  'css-resize': 'no resize handle on a touch screen',
  // Desktop Safari (named in the floor for its JavaScriptCore version) has no touch input; iOS
  // Safari supports touch-action from 13.
  'css-touch-action': 'desktop Safari only; iOS supports it from 13',
  // "Partial" before Safari 15.4 is interpolation without premultiplied alpha: a fade to
  // `transparent` passes through grey. The app's gradients are hard stops (the map's 1px grid
  // lines), which have no fade.
  'css-gradients': 'no premultiplied fade before iOS 15.4; only hard-stop gradients are used'
}

/** Whether every browser of the floor supports a caniuse feature in full. */
function floorSupports(name) {
  const { stats } = feature(features[name])
  return browserslist(FLOOR).every((b) => {
    const [id, version] = b.split(' ')
    return /^y/.test(stats[id]?.[version] ?? '')
  })
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })

function esCheckProblems(files, rel) {
  if (!files.length) return []
  const result = esCheck.runChecks(
    [{ ecmaVersion: 'checkBrowser', files, checkFeatures: true, browserslistQuery: FLOOR.join(', ') }],
    { logger: null }
  )
  return result.errors.map((e) => `${rel(e.file)}: ${e.err?.message ?? String(e.err).split('\n')[0]}`)
}

/** A lookbehind in a string a RegExp call builds by concatenation (escompat sees only a literal). */
const LOOKBEHIND_IN_BUILT_PATTERN = {
  selector:
    ':matches(NewExpression, CallExpression)[callee.name="RegExp"] > :not(Literal, TemplateLiteral) Literal[value=/\\(\\?<[=!]/]',
  message: 'RegExp lookbehinds are not supported on the floor (caniuse js-regexp-lookbehind)'
}

async function escompatProblems(files, rel) {
  if (!files.length) return []
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        ...escompat.configs['flat/recommended'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        rules: {
          ...escompat.configs['flat/recommended'].rules,
          ...(floorSupports('js-regexp-lookbehind')
            ? {}
            : { 'no-restricted-syntax': ['error', LOOKBEHIND_IN_BUILT_PATTERN] })
        }
      }
    ]
  })
  const problems = []
  for (const file of files) {
    // escompat reads the browserslist from the linted file's folder upwards: name the file as if
    // it were in the repository, so a build checked from elsewhere meets the same floor.
    const [result] = await eslint.lintText(readFileSync(file, 'utf8'), { filePath: join(ROOT, 'floor', rel(file)) })
    for (const m of result.messages) problems.push(`${rel(file)}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`)
  }
  return problems
}

async function cssProblems(files, rel) {
  const problems = []
  const plugin = doiuse({
    browsers: FLOOR,
    ignore: Object.keys(IGNORED_CSS),
    onFeatureUsage: ({ feature: name, featureData, usage }) => {
      const at = usage.source?.start
      const what = usage.type === 'decl' ? `${usage.prop}: ${usage.value}` : (usage.selector ?? usage.toString())
      const lacks = [
        featureData.missing && `not supported by ${featureData.missing}`,
        featureData.partial && `partly supported by ${featureData.partial}`
      ].filter(Boolean)
      problems.push(
        `${rel(usage.source?.input.file ?? '')}${at ? `:${at.line}:${at.column}` : ''}: ${what}: ${featureData.title} ${lacks.join(', ')} (${name})`
      )
    }
  })
  for (const file of files) await postcss([plugin]).process(readFileSync(file, 'utf8'), { from: file })
  return problems
}

/** What in a WeChat build (default dist/weapp) the floor cannot run; empty when all is well. */
export async function floorProblems(dist) {
  const rel = (file) => relative(dist, file).split(sep).join('/')
  const files = walk(dist)
  const js = files.filter((f) => f.endsWith('.js'))
  const css = files.filter((f) => f.endsWith('.wxss'))
  return [...esCheckProblems(js, rel), ...(await escompatProblems(js, rel)), ...(await cssProblems(css, rel))]
}

// `node scripts/floor.mjs [dist]`: the floor check alone (npm run check:weapp runs it too).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(ROOT, process.argv[2] ?? 'dist/weapp')
  const problems = await floorProblems(dist)
  if (problems.length) {
    console.error(`✖ below the device floor (${FLOOR.join(', ')}):\n  - ${problems.join('\n  - ')}`)
    process.exit(1)
  }
  console.log(`✔ every JS and WXSS file meets the device floor (${FLOOR.join(', ')})`)
}
