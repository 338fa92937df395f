// Starts the local backend every e2e file shares (backend.ts), and writes where it is for them.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startBackend } from './backend'
import { CHROMIUM_HINT, H5_DIST, STATE_FILE, findChromium } from './env'

export default async function globalSetup(): Promise<void> {
  if (!findChromium()) throw new Error(`Chromium not found: ${CHROMIUM_HINT}`)
  if (!existsSync(join(H5_DIST, 'index.html')))
    throw new Error('dist/h5 is missing: npm test builds it (taro build --type h5 --mode e2e)')
  const { baseUrl, pid, dataDir, child } = await startBackend()
  writeFileSync(STATE_FILE, JSON.stringify({ pid, baseUrl, dataDir }))
  // Not waited on: teardown stops it by pid, and jest must not hold on to its pipes.
  child.unref()
  ;(child.stdout as unknown as { unref?: () => void }).unref?.()
}
