// Starts the real local backend (server/local/main.ts) on a free loopback port, serving the
// built H5 app on the same origin, with a fresh SQLite database in a temp folder.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CHROMIUM_HINT, H5_DIST, STATE_FILE, findChromium } from './env'

export default async function globalSetup(): Promise<void> {
  if (!findChromium()) throw new Error(`Chromium not found: ${CHROMIUM_HINT}`)
  if (!existsSync(join(H5_DIST, 'index.html')))
    throw new Error('dist/h5 is missing: npm test builds it (taro build --type h5 --mode e2e)')
  const dataDir = mkdtempSync(join(tmpdir(), 'yimi-e2e-'))
  const root = resolve(__dirname, '../..')
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      'server/local/main.ts',
      '--port',
      '0',
      '--data',
      dataDir,
      '--static',
      H5_DIST
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: false
    }
  )
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error('local backend did not start within 20 s')), 20000)
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolvePort(Number(m[1]))
      }
    })
    child.on('exit', (code) => reject(new Error(`local backend exited (${code}): ${out}`)))
  })
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, baseUrl: `http://127.0.0.1:${port}`, dataDir }))
  // Not waited on: teardown stops it by pid, and jest must not hold on to its pipes.
  child.stdout!.removeAllListeners('data')
  child.stdout!.resume()
  child.removeAllListeners('exit')
  child.unref()
  ;(child.stdout as unknown as { unref?: () => void }).unref?.()
}
