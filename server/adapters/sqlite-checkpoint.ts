// WAL checkpoints off the request path. By default SQLite checkpoints inside the commit that
// takes the WAL past 1,000 pages: that commit copies every page back into the database file and
// syncs it while every caller waits (the submissions bench's p99 came from those). A server
// repository (group commit) checkpoints from a worker thread with its own connection instead,
// every CHECKPOINT_EVERY_MS, which copies and syncs on the other core while writers keep
// appending (PASSIVE never blocks them). Should the worker fall behind, the connection still
// checkpoints itself once the WAL passes FALLBACK_PAGES.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export const CHECKPOINT_EVERY_MS = 100
export const FALLBACK_PAGES = 10_000

// Plain CommonJS evaluated in the worker (no TypeScript there); better-sqlite3 is resolved by the
// main thread so the worker loads the same copy.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
let db
try {
  // Never creates one: the repository made it; if it is gone already (closed and removed), done.
  db = new Database(workerData.file, { fileMustExist: true })
} catch {
  process.exit(0)
}
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch {
    // The database is busy or going away: the next turn tries again.
  }
}, workerData.everyMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export class BackgroundCheckpoints {
  private worker: Worker

  constructor(file: string, everyMs = CHECKPOINT_EVERY_MS) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: createRequire(__filename).resolve('better-sqlite3'), file, everyMs }
    })
    // It never keeps a process alive that has nothing else to do.
    this.worker.unref()
    this.worker.on('error', (e) => console.error('[sqlite] checkpoint worker', e))
  }

  /** Closes the worker's connection; resolves when the worker has exited. */
  stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()))
    this.worker.postMessage('stop')
    return exited
  }
}
