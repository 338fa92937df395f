// Where Debian's Chromium is, for the browser tests. CommonJS on purpose: scripts/lib.mjs (Node
// ESM) and tests/e2e (TypeScript run by jest as CommonJS, which cannot load an .mjs) share it.
const { existsSync } = require('node:fs')

const CHROMIUM_HINT = 'install Chromium for the browser tests: sudo apt-get install -y chromium (or set CHROMIUM_PATH)'

/** The first Chromium found (CHROMIUM_PATH first), or null. */
function findChromium() {
  return (
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ??
    null
  )
}

module.exports = { CHROMIUM_HINT, findChromium }
