/**
 * The repository stands on its own: no file refers to a path outside it (a sibling folder such
 * as the team's shared notes, or a relative path that climbs above the root). What the project
 * needs is copied into it (data/sources/).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const ROOT = resolve(__dirname, '..')

// Built from parts so this file does not match itself.
const SIBLING = ['..', 'shared'].join('/')
const PARENT = dirname(ROOT)

/**
 * The folders beside the checkout, written as absolute paths (e.g. the shared notes beside it).
 * Only existing sibling folders count: the parent alone may be /tmp or /, which tests name freely.
 */
function siblingFolders(): string[] {
  try {
    return readdirSync(PARENT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && join(PARENT, e.name) !== ROOT)
      .map((e) => join(PARENT, e.name))
  } catch {
    return []
  }
}
const SIBLINGS = siblingFolders()
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const mentions = (text: string, folder: string) => new RegExp(`${escape(folder)}(?![\\w.-])`).test(text)

/** Files allowed to name an outside path, and why. */
const ALLOWED: Record<string, string> = {
  // Its no-restricted-imports rule forbids importing the sibling folder, so it has to name it.
  'eslint.config.mjs': 'the lint rule against reading the sibling folder',
  // Its fixtures are page files linted as if they lived in src/pages/…: their imports climb from there.
  'scripts/data-door.test.ts': 'lint fixtures written as src/ files'
}

// The git-ignored output and data folders, for the fallback walk.
const SKIP_DIRS = new Set([
  '.git',
  'node_modules',
  'dist',
  'dist-h5',
  '.local-data',
  '.bench',
  'coverage',
  'screenshots'
])

/** Tracked files plus new ones not ignored, so a reference is caught before it is committed. */
function listFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    return out.toString('utf8').split('\0').filter(Boolean)
  } catch {
    return walk(ROOT)
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(join(dir, e.name))
    return e.isFile() ? [relative(ROOT, join(dir, e.name)).split(sep).join('/')] : []
  })
}

function readText(file: string): string | null {
  const abs = join(ROOT, file)
  try {
    if (!statSync(abs).isFile()) return null
  } catch {
    return null // deleted in the work tree but still in the index
  }
  const bytes = readFileSync(abs)
  return bytes.subarray(0, 8000).includes(0) ? null : bytes.toString('utf8')
}

const CLIMB = /(?:\.\.\/)+[\w.@*-]*/g

/** Every mention in `text` (of `file`) of a path outside the repository. */
export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = []
  if (text.includes(SIBLING)) found.push(SIBLING)
  for (const folder of SIBLINGS) if (mentions(text, folder)) found.push(folder)
  const here = dirname(join(ROOT, file))
  for (const m of text.matchAll(CLIMB)) {
    const target = resolve(here, m[0])
    if (target !== ROOT && !target.startsWith(ROOT + sep)) found.push(m[0])
  }
  return [...new Set(found)]
}

describe('the repository is self-contained', () => {
  it('no file mentions a path outside the repository', () => {
    const files = listFiles()
    expect(files.length).toBeGreaterThan(100)
    const offenders = files
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => {
        const text = readText(f)
        const refs = text === null ? [] : outsideReferences(f, text)
        return refs.length ? [`${f}: ${refs.join(', ')}`] : []
      })
    expect(offenders).toEqual([])
  })

  it('catches a sibling folder, a climb above the root and an absolute path', () => {
    expect(outsideReferences('src/domain/x.ts', `readFileSync('${SIBLING}/data/x.md')`)).toContain(SIBLING)
    const up = (n: number, rest: string) => [...Array(n).fill('..'), rest].join('/')
    expect(outsideReferences('src/domain/x.ts', `import '${up(3, 'elsewhere/y')}'`)).toEqual([up(3, 'elsewhere')])
    expect(outsideReferences('src/domain/x.ts', `import '${up(2, 'server/adapters/x')}'`)).toEqual([])
    expect(outsideReferences('data/sources/x.md', `the seed in ${up(1, 'seed/')}`)).toEqual([])
    for (const folder of SIBLINGS.slice(0, 1)) {
      expect(outsideReferences('README.md', `see ${folder}/notes`)).toEqual([folder])
      expect(outsideReferences('README.md', `see ${folder}-other/notes`)).toEqual([])
    }
  })

  it('reads the sources from data/sources', () => {
    expect(readText('data/sources/yuzhong-facts.md')).toContain('500103013 化龙桥')
    expect(readText('data/sources/yuzhong-child-friendly-plan-2024-2026-interpretation.txt')).toContain(
      '发布机构 渝中区政府办公室'
    )
  })
})
