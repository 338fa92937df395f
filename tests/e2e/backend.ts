// Starts the real local backend (server/local/main.ts) on a free loopback port, serving the built
// H5 app on the same origin, with a fresh SQLite database in a temp folder: the one every e2e file
// shares (global-setup.ts), or a private one a journey controls (its clock: `--dev-clock`).
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { H5_DIST } from './env'

export interface StartedBackend {
  baseUrl: string
  pid: number
  dataDir: string
  child: ChildProcess
}

export async function startBackend(extraArgs: string[] = []): Promise<StartedBackend> {
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
      H5_DIST,
      ...extraArgs
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: false }
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
  child.stdout!.removeAllListeners('data')
  child.stdout!.resume()
  child.removeAllListeners('exit')
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid!, dataDir, child }
}

/** Stops a private backend and deletes its data. */
export async function stopBackend(b: StartedBackend): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const exited = new Promise((r) => b.child.once('exit', r))
  b.child.kill('SIGTERM')
  await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))])
  clearTimeout(timer)
  if (b.child.exitCode === null) b.child.kill('SIGKILL')
  b.child.stdout?.destroy()
  rmSync(b.dataDir, { recursive: true, force: true })
}
