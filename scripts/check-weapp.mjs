// Checks the WeChat build in dist/weapp the way the platform will judge it:
//   - every page in app.json (main package and subpackages) resolves to .js, .json and .wxml files;
//   - every tabBar icon exists and is a PNG (the tabBar cannot use anything else) under 40 KB;
//   - the main package and each subpackage stay under WeChat's 2 MB limit, and the main package
//     within the app's own budget of 450 KB (what every launch downloads and runs; issue 25,
//     npm run bench -- sizes prints it beside the bare Taro app);
//   - every dark-mode @variable used in app.json is defined in theme.json for light and dark;
//   - every JS and WXSS file runs on the device floor (scripts/floor.mjs, package.json browserslist).
// Prints the sizes; exits 1 with the reasons when something is off.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { FLOOR, floorProblems } from './floor.mjs'
import { ROOT } from './lib.mjs'

const DIST = resolve(ROOT, process.argv[2] ?? 'dist/weapp')
const LIMIT = 2 * 1024 * 1024
const MAIN_BUDGET = 450 * 1024
const ICON_LIMIT = 40 * 1024
const problems = []

if (!existsSync(join(DIST, 'app.json'))) {
  console.error(
    `✖ ${relative(ROOT, DIST)}/app.json not found: run npm run build:weapp (or build:weapp:check, for the tests) first`
  )
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
const subPackages = app.subPackages ?? app.subpackages ?? []

for (const page of app.pages ?? []) checkPage(page)
for (const sub of subPackages) for (const page of sub.pages) checkPage(`${sub.root}/${page}`)

function checkPage(route) {
  for (const ext of ['.js', '.json', '.wxml']) {
    if (!existsSync(join(DIST, route + ext))) problems.push(`page ${route}: missing ${route}${ext}`)
  }
}

for (const item of app.tabBar?.list ?? []) {
  if (!(app.pages ?? []).includes(item.pagePath))
    problems.push(`tabBar ${item.text}: ${item.pagePath} is not a main-package page`)
  for (const key of ['iconPath', 'selectedIconPath']) {
    const icon = item[key]
    if (!icon) {
      problems.push(`tabBar ${item.text}: no ${key}`)
      continue
    }
    const file = join(DIST, icon)
    if (!existsSync(file)) problems.push(`tabBar ${item.text}: ${icon} not found`)
    else {
      const head = readFileSync(file).subarray(0, 8).toString('hex')
      if (head !== '89504e470d0a1a0a') problems.push(`tabBar ${item.text}: ${icon} is not a PNG`)
      if (statSync(file).size > ICON_LIMIT) problems.push(`tabBar ${item.text}: ${icon} is over 40 KB`)
    }
  }
}

// Dark mode: every @variable in app.json must be defined for both themes in theme.json.
const themeVars = [...JSON.stringify({ window: app.window, tabBar: app.tabBar }).matchAll(/"@(\w+)"/g)].map((m) => m[1])
if (themeVars.length) {
  const themeFile = join(DIST, app.themeLocation ?? 'theme.json')
  if (!app.darkmode) problems.push('app.json uses @theme variables but darkmode is not on')
  if (!existsSync(themeFile)) problems.push(`${app.themeLocation ?? 'theme.json'} not found`)
  else {
    const theme = JSON.parse(readFileSync(themeFile, 'utf8'))
    for (const mode of ['light', 'dark']) {
      for (const v of themeVars) if (!theme[mode]?.[v]) problems.push(`theme.json: ${mode}.${v} is not defined`)
    }
  }
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

// Files WeChat DevTools does not upload.
const IGNORED = /(\.LICENSE\.txt|\.map|project\.config\.json|project\.private\.config\.json)$/
const sizes = new Map([['(main)', 0], ...subPackages.map((s) => [s.root, 0])])
for (const file of walk(DIST)) {
  const rel = relative(DIST, file).split(sep).join('/')
  if (IGNORED.test(rel)) continue
  const sub = subPackages.find((s) => rel.startsWith(`${s.root.replace(/\/$/, '')}/`))
  const key = sub ? sub.root : '(main)'
  sizes.set(key, sizes.get(key) + statSync(file).size)
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
let total = 0
console.log('WeChat package sizes (limit 2048 KB each):')
for (const [name, size] of sizes) {
  total += size
  console.log(`  ${name.padEnd(12)} ${kb(size).padStart(10)}`)
  if (size > LIMIT) problems.push(`${name} is ${kb(size)}, over the 2 MB limit`)
}
const main = sizes.get('(main)')
if (main > MAIN_BUDGET) {
  problems.push(
    `(main) is ${kb(main)}, over its budget of ${kb(MAIN_BUDGET)}: move what only subpackages use out of the modules the tabs import`
  )
}
console.log(`  ${'total'.padEnd(12)} ${kb(total).padStart(10)}`)
console.log(
  `pages: ${(app.pages ?? []).length} main, ${subPackages.reduce((n, s) => n + s.pages.length, 0)} in ${subPackages.length} subpackage(s); tabBar icons: ${(app.tabBar?.list ?? []).length * 2}`
)

console.log(`device floor: ${FLOOR.join(', ')} (package.json browserslist)`)
for (const p of await floorProblems(DIST)) problems.push(`below the device floor: ${p}`)

if (problems.length) {
  console.error(`✖ weapp check failed:\n  - ${problems.join('\n  - ')}`)
  process.exit(1)
}
console.log('✔ weapp check passed')
