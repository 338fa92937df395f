import { existsSync, readFileSync, rmSync } from 'node:fs'
import { STATE_FILE } from './env'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return
  const { pid, dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number; dataDir: string }
  if (alive(pid)) {
    process.kill(pid, 'SIGTERM')
    for (let i = 0; i < 60 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50))
    if (alive(pid)) process.kill(pid, 'SIGKILL')
  }
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(STATE_FILE, { force: true })
}
