// The weapp layer refuses a build older than its sources (pure decision; no build needed here).
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REBUILD, buildProblem, listSources } from './freshness'

const at = (path: string, mtimeMs: number) => ({ path, mtimeMs })
const BUILD = [at('dist/weapp/project.config.json', 1000), at('dist/weapp/app.json', 1030)]

describe('buildProblem', () => {
  it('accepts a build newer than every source', () => {
    expect(buildProblem(BUILD, [at('src/app.ts', 900), at('config/index.ts', 1000)])).toBeNull()
  })

  it('names the newest source saved after the build, and how many more there are', () => {
    const problem = buildProblem(BUILD, [at('src/app.ts', 900), at('src/pages/map/index.tsx', 2000), at('.env', 1500)])
    expect(problem).toBe(`dist/weapp is older than src/pages/map/index.tsx (and 1 more); ${REBUILD}`)
    expect(problem).toContain('run npm run build:weapp:check')
  })

  it('counts the build from its first output: a source saved while it ran makes it stale', () => {
    expect(buildProblem(BUILD, [at('src/app.ts', 1010)])).toBe(`dist/weapp is older than src/app.ts; ${REBUILD}`)
  })

  it('says when there is no build at all', () => {
    expect(buildProblem([], [at('src/app.ts', 900)])).toBe(`dist/weapp is missing; ${REBUILD}`)
  })
})

describe('listSources', () => {
  it('lists src, config, the project and babel config, package.json and .env files, without tests', () => {
    const root = mkdtempSync(join(tmpdir(), 'weapp-fresh-'))
    const files = [
      'src/app.ts',
      'src/pages/home/index.tsx',
      'src/pages/home/index.test.tsx',
      'config/index.ts',
      'project.config.json',
      'babel.config.js',
      'package.json',
      '.env',
      '.env.production.local',
      'README.md',
      'tests/weapp/render.test.ts'
    ]
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true })
      writeFileSync(join(root, f), '')
      utimesSync(join(root, f), 1, 1)
    }
    const sources = listSources(root)
    expect(sources.map((s) => s.path).sort()).toEqual(
      [
        '.env',
        '.env.production.local',
        'babel.config.js',
        'package.json',
        'config/index.ts',
        'project.config.json',
        'src/app.ts',
        'src/pages/home/index.tsx'
      ].sort()
    )
    expect(sources.every((s) => s.mtimeMs === 1000)).toBe(true)
  })
})
