// Submissions against the local backend over loopback: 10k suggestions from 1,000 users at
// concurrency 50, 10% of them sent twice (a retry after a lost answer). Prints requests/s and
// p50/p99 latency, against the health endpoint under the same load as the baseline, and checks
// that the rows stored equal the distinct ids: 0 lost, 0 duplicated.
import { spawn } from 'node:child_process'
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SqliteRepository } from '../../server/runtime/sqlite'
import { childBase } from '../../src/domain/suggestions/validation-cases'

const TOTAL = 10_000
const USERS = 1_000
const CONCURRENCY = 50
const RETRY_SHARE = 0.1

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })

function post(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function load(jobs: Array<() => Promise<void>>): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = []
  let next = 0
  const start = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]
        const t = process.hrtime.bigint()
        await job()
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
    })
  )
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, latencies: latencies.sort((a, b) => a - b) }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

async function main() {
  // The backend runs in its own process, as with `npm start`, so the load generator does not
  // steal its event loop (the machine has two cores: one each).
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-'))
  const root = resolve(__dirname, '../..')
  const backend = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/local/main.ts', '--port', '0', '--data', dir],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const port = await new Promise<number>((ok, fail) => {
    let out = ''
    backend.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) ok(Number(m[1]))
    })
    backend.on('exit', (code) => fail(new Error(`backend exited ${code}: ${out}`)))
  })

  const baseline = await load(
    Array.from({ length: TOTAL }, () => async () => void (await post(port, '/cloud/user', '{"action":"health"}', {})))
  )

  const ids: string[] = []
  const jobs: Array<() => Promise<void>> = []
  let failures = 0
  for (let i = 0; i < TOTAL; i++) {
    const id = `bench-${i.toString(36).padStart(6, '0')}`
    const user = `dev-bench-${i % USERS}`
    const body = JSON.stringify({
      action: 'submit',
      suggestion: { ...childBase, id, text: `第 ${i} 条：公园里想要秋千` }
    })
    ids.push(id)
    const send = async () => {
      const r = await post(port, '/cloud/suggestions', body, { 'x-dev-openid': user })
      if (!JSON.parse(r.body).ok) failures += 1
    }
    jobs.push(send)
    if (i % Math.round(1 / RETRY_SHARE) === 0) jobs.push(send) // the same id again
  }
  const run = await load(jobs)
  backend.removeAllListeners('exit')
  backend.kill('SIGTERM')
  await new Promise((r) => backend.once('exit', r))
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  const stored = await repo.collection('suggestions').count()
  const distinct = new Set(ids).size

  const rps = jobs.length / run.seconds
  const baseRps = TOTAL / baseline.seconds
  console.log('\nsuggestion submissions (loopback, concurrency 50)')
  console.log(`  requests              ${jobs.length} (${jobs.length - TOTAL} retries of an id already sent)`)
  console.log(
    `  submit                ${rps.toFixed(0)} req/s   p50 ${pct(run.latencies, 0.5).toFixed(1)} ms   p99 ${pct(run.latencies, 0.99).toFixed(1)} ms`
  )
  console.log(
    `  health (baseline)     ${baseRps.toFixed(0)} req/s   p50 ${pct(baseline.latencies, 0.5).toFixed(1)} ms   p99 ${pct(baseline.latencies, 0.99).toFixed(1)} ms`
  )
  console.log(`  ratio submit/health   ${(rps / baseRps).toFixed(2)}×`)
  console.log(
    `  rows stored ${stored} / distinct ids ${distinct}: lost ${distinct - Math.min(stored, distinct)}, duplicated ${Math.max(0, stored - distinct)}, refused ${failures}`
  )

  agent.destroy()
  repo.close()
  rmSync(dir, { recursive: true, force: true })
  if (stored !== distinct || failures > 0) process.exit(1)
}

void main()
