// Lints texts as if they were files at the given paths with the project's ESLint config: the
// rules that keep the codebase's shape (eslint.config.mjs) are tested by refusing what they refuse.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

export interface Message {
  ruleId: string | null
  message: string
}

/**
 * Lints each text as if it were the file at its path (none need exist) with the project's config,
 * in one ESLint process (loading the config is most of the time).
 */
export function lintAll(cases: Record<string, { path: string; text: string }>): Record<string, Message[]> {
  const script = `
    import { ESLint } from 'eslint'
    const cases = JSON.parse(process.env.LINT_CASES)
    const eslint = new ESLint({ cwd: process.cwd() })
    const out = {}
    for (const [name, { path, text }] of Object.entries(cases)) {
      const [result] = await eslint.lintText(text, { filePath: path })
      out[name] = result.messages.map(({ ruleId, message }) => ({ ruleId, message }))
    }
    process.stdout.write(JSON.stringify(out))
  `
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LINT_CASES: JSON.stringify(cases) }
  })
  return JSON.parse(out) as Record<string, Message[]>
}
