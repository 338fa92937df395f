// The structure checks of `npm test` refuse what they are there to refuse: an import circle
// (scripts/check-circles.mjs) and product or deployable code importing test support (ESLint's
// no-restricted-imports, eslint.config.mjs).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const ROOT = join(__dirname, '..')

// The checker is an ES module run by node; jest (CommonJS) reaches it through a child process.
function circlesIn(files: Record<string, string>): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'circles-'))
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    const script = `import(${JSON.stringify(join(ROOT, 'scripts/check-circles.mjs'))}).then(async (m) => {
      process.stdout.write(JSON.stringify(await m.findCircles(${JSON.stringify(dir)}, ['src/**/*.ts'])))
    })`
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the import circle check', () => {
  it('finds a circle made of type-only imports', () => {
    const circles = circlesIn({
      'src/a.ts': "import type { B } from './b'\nexport interface A { b?: B }\n",
      'src/b.ts': "import type { A } from './a'\nexport interface B { a?: A }\n",
      'src/c.ts': "import type { A } from './a'\nexport type C = A\n"
    })
    expect(circles).toEqual([['src/a.ts', 'src/b.ts']])
  })

  it('finds a circle that only the WeChat build resolves (x.weapp.ts before x.ts)', () => {
    const circles = circlesIn({
      'src/a.ts': "import { p } from './p'\nexport const a = () => p\n",
      'src/p.h5.ts': 'export const p = 1\n',
      'src/p.weapp.ts': "import { a } from './a'\nexport const p = () => a\n"
    })
    expect(circles).toEqual([['src/a.ts', 'src/p.weapp.ts']])
  })

  it('finds none in a tree without one', () => {
    expect(
      circlesIn({
        'src/a.ts': "import { b } from './b'\nexport const a = b\n",
        'src/b.ts': 'export const b = 1\n'
      })
    ).toEqual([])
  })
})

describe('test support stays out of product and deployable folders', () => {
  const IMPORT = "import { tempRepo } from '../tests/server/test-repo'\nexport const repo = tempRepo\n"
  // Lints the same text as if it were each of these files, in one ESLint run.
  function restricted(paths: string[]): Record<string, boolean> {
    const script = `import('eslint').then(async ({ ESLint }) => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} })
      const out = {}
      for (const filePath of ${JSON.stringify(paths)}) {
        const [r] = await eslint.lintText(${JSON.stringify(IMPORT)}, { filePath })
        out[filePath] = r.messages.some((m) => m.ruleId === 'no-restricted-imports' && /test support/.test(m.message))
      }
      process.stdout.write(JSON.stringify(out))
    })`
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }))
  }

  it('refuses the import in src/, server/, cloudfunctions/, config/ and scripts/, allows it in tests', () => {
    const product = [
      'src/domain/places/x.ts',
      'src/services/x.ts',
      'src/stores/x.ts',
      'src/pages/x/index.tsx',
      'src/hooks/x.ts',
      'server/adapters/x.ts',
      'server/services/x.ts',
      'server/function.ts',
      'server/local/x.ts',
      'cloudfunctions/staff/x.ts',
      'config/x.ts',
      'scripts/x.ts'
    ]
    const tests = ['src/domain/places/x.test.ts', 'cloudfunctions/staff/x.test.ts', 'server/adapters/x.test.ts']
    const verdict = restricted([...product, ...tests])
    for (const p of product) expect([p, verdict[p]]).toEqual([p, true])
    for (const p of tests) expect([p, verdict[p]]).toEqual([p, false])
  })
})
