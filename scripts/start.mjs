// `npm start`: the local cloud backend and the H5 dev server together. Ctrl-C stops both.
//   LOCAL_CLOUD_PORT  backend port (default 7788)      LOCAL_CLOUD_DATA  data folder (default .local-data)
//   H5_PORT           dev server port (default 10086)
import { spawn } from 'node:child_process'
import { BIN, ROOT } from './lib.mjs'

const env = {
  ...process.env,
  LOCAL_CLOUD_PORT: process.env.LOCAL_CLOUD_PORT || '7788',
  LOCAL_CLOUD_DATA: process.env.LOCAL_CLOUD_DATA || '.local-data',
  H5_PORT: process.env.H5_PORT || '10086'
}

const children = [
  spawn(BIN('tsx'), ['server/local/main.ts'], { cwd: ROOT, env, stdio: 'inherit' }),
  spawn(BIN('taro'), ['build', '--type', 'h5', '--watch'], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'development' },
    stdio: 'inherit'
  })
]

console.log(
  `\n渝中 · 一米高度 — opening http://127.0.0.1:${env.H5_PORT} (local cloud on :${env.LOCAL_CLOUD_PORT}, data in ${env.LOCAL_CLOUD_DATA})\n`
)

let stopping = false
function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 1500).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
// If either dies, stop the other: half an app is more confusing than none.
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
