// Paths of the e2e layer, and Chromium found the one way `npm test` finds it.
import { resolve } from 'node:path'

export { CHROMIUM_HINT, findChromium } from '../../scripts/chromium.cjs'

export const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots')
export const H5_DIST = resolve(__dirname, '../../dist/h5')
export const STATE_FILE = resolve(__dirname, '../../.e2e-state.json')
