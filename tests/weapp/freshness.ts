// The weapp layer tests what is in dist/weapp; a build older than its sources would pass or fail
// for code that no longer exists. The decision is pure (mtimes in), the file walking is not.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface Stamped {
  readonly path: string
  readonly mtimeMs: number
}

export const REBUILD = 'run npm run build:weapp:check (npm test builds it for you)'

/**
 * Why the build cannot be tested, or null when it is fresh. A build counts from its oldest output
 * (Taro empties dist/weapp first), so a source saved while the build ran makes it stale too.
 */
export function buildProblem(outputs: readonly Stamped[], sources: readonly Stamped[]): string | null {
  if (outputs.length === 0) return `dist/weapp is missing; ${REBUILD}`
  const builtAt = Math.min(...outputs.map((o) => o.mtimeMs))
  const newer = sources.filter((s) => s.mtimeMs > builtAt).sort((a, b) => b.mtimeMs - a.mtimeMs)
  if (newer.length === 0) return null
  const more = newer.length > 1 ? ` (and ${newer.length - 1} more)` : ''
  return `dist/weapp is older than ${newer[0].path}${more}; ${REBUILD}`
}

// Tests next to the sources are not built into the app.
const isTest = (name: string) => /\.test\.[jt]sx?$/.test(name)

function walk(root: string, dir: string): Stamped[] {
  if (!existsSync(join(root, dir))) return []
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return walk(root, path)
    if (!e.isFile() || isTest(e.name)) return []
    return [{ path: path.split(sep).join('/'), mtimeMs: statSync(join(root, path)).mtimeMs }]
  })
}

/**
 * What `taro build --type weapp` reads: src, config, the project and babel config, package.json
 * (its browserslist, the device floor Babel and autoprefixer build for), .env files.
 */
export function listSources(root: string): Stamped[] {
  const files = [
    'project.config.json',
    'babel.config.js',
    'package.json',
    ...readdirSync(root).filter((n) => n.startsWith('.env'))
  ]
  return [
    ...walk(root, 'src'),
    ...walk(root, 'config'),
    ...files
      .filter((f) => existsSync(join(root, f)))
      .map((f) => ({ path: f, mtimeMs: statSync(join(root, f)).mtimeMs }))
  ]
}

/** Throws with what to do when `dist` (relative to `root`) is missing or older than its sources. */
export function assertFreshBuild(root: string, dist: string): void {
  const outputs = walk(root, relative(root, dist))
  const problem = buildProblem(outputs, listSources(root))
  if (problem) throw new Error(problem)
}
