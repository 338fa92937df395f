/** The token check must refuse a colour written into a style file, and only that. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')

function styles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-scss-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
const check = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/check-scss-tokens.mjs'), dir], { encoding: 'utf8' })

describe('check-scss-tokens', () => {
  const dirs: string[] = []
  const tree = (files: Record<string, string>) => {
    const dir = styles(files)
    dirs.push(dir)
    return dir
  }
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  const TOKENS = '@mixin colors-light {\n  --color-text: #2b2b2b;\n  --color-shadow: rgba(0, 0, 0, 0.12);\n}\n'

  it('passes tokens, variables, transparent and colour words that are not values', () => {
    const dir = tree({
      'components/ui/tokens.scss': TOKENS,
      'components/Card/index.scss': `@use '../ui/tokens' as *;
// A comment may say #fff or white.
/* and so may #000 in a block comment */
.card {
  color: var(--color-text);
  border: 3px solid transparent;
  white-space: nowrap;
  background: url('/assets/white.png');
  mask: url(/assets/red.svg);
  &--green { background: var(--color-tint-green); }
  @each $tone in good, bad { &--#{$tone} { color: var(--tone-#{$tone}-fg); } }
}
#main { color: currentColor; }
`
    })
    const run = check(dir)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('refuses hex, colour functions and named colours outside the tokens file, with file and line', () => {
    const dir = tree({
      'components/ui/tokens.scss': TOKENS,
      'pages/home/index.scss': `.home {
  color: #fff;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  background:
    linear-gradient(hsl(20 50% 50%), transparent);
  border-color: White;
}
$accent: #c2410c;
`
    })
    const run = check(dir)
    expect(run.status).toBe(1)
    const lines = run.stderr
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.trim().replace(/^.*pages\/home\/index\.scss/, 'home'))
    expect(lines).toEqual(['home:2  #fff', 'home:3  rgba(…)', 'home:5  hsl(…)', 'home:6  White', 'home:8  #c2410c'])
  })

  it('refuses a colour in a second tokens-like file: only components/ui/tokens.scss may hold them', () => {
    const dir = tree({ 'styles/tokens.scss': TOKENS })
    const run = check(dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('styles/tokens.scss:2  #2b2b2b')
  })

  it('passes the project as it is', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-scss-tokens.mjs')], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
