// Shared by the e2e layer and scripts: where Chromium is, and where screenshots go.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p)
)

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null
}

export const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots')
export const H5_DIST = resolve(__dirname, '../../dist/h5')
export const STATE_FILE = resolve(__dirname, '../../.e2e-state.json')
