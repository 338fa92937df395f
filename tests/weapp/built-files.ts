// Reading the built package (dist/weapp) as files, for checks of what it calls and declares;
// nothing here runs the package (the harness does that).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const BUILT = resolve(__dirname, '../../dist/weapp')

export interface BuiltAppJson {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  requiredPrivateInfos?: string[]
  permission?: Record<string, { desc: string }>
  sitemapLocation?: string
}

export function builtAppJson(): BuiltAppJson {
  const file = join(BUILT, 'app.json')
  if (!existsSync(file)) throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first')
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltAppJson
}

/** Every page route of the package, main and subpackages. */
export function builtRoutes(app = builtAppJson()): string[] {
  return [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

/** Every file of the package with this ending, as [path relative to dist/weapp, text]. */
export function builtFiles(ending: string, dir = BUILT): Array<[string, string]> {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return builtFiles(ending, p)
    return p.endsWith(ending) ? [[relative(BUILT, p), readFileSync(p, 'utf8')] as [string, string]] : []
  })
}
