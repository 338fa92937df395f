// Small helpers shared by the project's scripts (test, bench, start).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
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

export function findChromium() {
  return (
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ??
    null
  )
}

export const CHROMIUM_HINT =
  'install Chromium for the browser tests: sudo apt-get install -y chromium (or set CHROMIUM_PATH)'
