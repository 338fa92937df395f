// Small helpers shared by the project's scripts (test, bench, start).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BIN = (name) => join(ROOT, 'node_modules', '.bin', name)

/** Runs a command, streaming its output; resolves with its exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', (e) => {
      console.error(e.message)
      resolve(1)
    })
  })
}

export { CHROMIUM_HINT, findChromium } from './chromium.cjs'
