// Submissions against the local backend over loopback: 10k suggestions from 1,000 users at
// concurrency 50, 10% of them sent twice (a retry after a lost answer), against the health
// endpoint under the same load as the baseline. The two loads alternate in ten slices each, so
// both meet the same machine (two shared cores: whatever else runs slows both alike). Goals
// (issue 26): submissions ≥ 0.5× health's rate, p99 ≤ 1.5× health's p99, and the rows stored
// equal the distinct ids: 0 lost, 0 duplicated, none refused.
//   npx tsx scripts/bench/suggestions.ts [--profile DIR]   (DIR: a CPU profile of the backend)
import { spawn } from 'node:child_process'
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { childBase } from '../../tests/fixtures/validation-cases'
import { figure, line } from './figures.cjs'

const TOTAL = 10_000
const USERS = 1_000
const CONCURRENCY = 50
const RETRY_SHARE = 0.1
const SLICES = 10
const WARM_UP = 500

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

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main() {
  // The backend runs in its own process, as with `npm start`, so the load generator does not
  // steal its event loop (the machine has two cores: one each).
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-'))
  const root = resolve(__dirname, '../..')
  const profile = flag('profile')
  const backend = spawn(
    process.execPath,
    [
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profile)}`] : []),
      '--import',
      'tsx',
      'server/local/main.ts',
      '--port',
      '0',
      '--data',
      dir
    ],
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

  const health = () => async () => void (await post(port, '/cloud/user', '{"action":"health"}', {}))
  const ids = new Set<string>()
  let failures = 0
  // Warm-up ids (from TOTAL on) come from users of their own: each user's hourly limit is for the measured run.
  const userOf = (i: number) => (i < TOTAL ? `dev-bench-${i % USERS}` : `dev-warm-${i % USERS}`)
  const submit = (i: number) => {
    const id = `bench-${i.toString(36).padStart(6, '0')}`
    ids.add(id)
    const body = JSON.stringify({
      action: 'submit',
      suggestion: { ...childBase, id, text: `第 ${i} 条：公园里想要秋千` }
    })
    return async () => {
      const r = await post(port, '/cloud/suggestions', body, { 'x-dev-openid': userOf(i) })
      if (!JSON.parse(r.body).ok) failures += 1
    }
  }
  const submits = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => from + k).flatMap((i) =>
      // The same id again, right behind it: a retry racing the first answer.
      i % Math.round(1 / RETRY_SHARE) === 0 ? [submit(i), submit(i)] : [submit(i)]
    )

  // Warm both paths up (JIT, caches) before measuring; these rows count in the check below.
  await load(Array.from({ length: WARM_UP }, health))
  await load(submits(TOTAL, TOTAL + WARM_UP))

  const healthRun = { seconds: 0, latencies: [] as number[], requests: 0 }
  const submitRun = { seconds: 0, latencies: [] as number[], requests: 0 }
  const per = TOTAL / SLICES
  for (let slice = 0; slice < SLICES; slice++) {
    for (const [run, jobs] of [
      [healthRun, Array.from({ length: per }, health)],
      [submitRun, submits(slice * per, (slice + 1) * per)]
    ] as const) {
      const r = await load(jobs)
      run.seconds += r.seconds
      run.latencies.push(...r.latencies)
      run.requests += jobs.length
    }
  }
  healthRun.latencies.sort((a, b) => a - b)
  submitRun.latencies.sort((a, b) => a - b)

  backend.removeAllListeners('exit')
  backend.kill('SIGTERM')
  await new Promise((r) => backend.once('exit', r))
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  const stored = await repo.collection('suggestions').count()
  const distinct = ids.size

  const rps = submitRun.requests / submitRun.seconds
  const baseRps = healthRun.requests / healthRun.seconds
  const p99 = pct(submitRun.latencies, 0.99)
  const baseP99 = pct(healthRun.latencies, 0.99)
  console.log(`\nsuggestion submissions (loopback, concurrency ${CONCURRENCY}, ${SLICES} slices each, alternating)`)
  console.log(
    `  requests              ${submitRun.requests} (${submitRun.requests - TOTAL} retries of an id already sent)`
  )
  console.log(
    `  submit                ${rps.toFixed(0)} req/s   p50 ${pct(submitRun.latencies, 0.5).toFixed(1)} ms   p99 ${p99.toFixed(1)} ms`
  )
  console.log(
    `  health (baseline)     ${baseRps.toFixed(0)} req/s   p50 ${pct(healthRun.latencies, 0.5).toFixed(1)} ms   p99 ${baseP99.toFixed(1)} ms`
  )
  const lost = distinct - Math.min(stored, distinct)
  const duplicated = Math.max(0, stored - distinct)
  console.log(
    `  rows stored ${stored} / distinct ids ${distinct}: lost ${lost}, duplicated ${duplicated}, refused ${failures}`
  )
  const section = 'suggestions'
  for (const f of [
    figure({
      id: 'suggestions.rate',
      section,
      label: 'submissions/s ÷ health/s',
      value: rps / baseRps,
      unit: '×',
      goal: { op: '>=', value: 0.5 },
      tolerance: 0.3
    }),
    figure({
      id: 'suggestions.p99',
      section,
      label: 'submission p99 ÷ health p99',
      value: p99 / baseP99,
      unit: '×',
      goal: { op: '<=', value: 1.5 },
      tolerance: 0.5
    }),
    figure({ id: 'suggestions.lost', section, label: 'submissions lost', value: lost, goal: { op: '==', value: 0 } }),
    figure({
      id: 'suggestions.duplicated',
      section,
      label: 'submissions stored twice',
      value: duplicated,
      goal: { op: '==', value: 0 }
    }),
    figure({
      id: 'suggestions.refused',
      section,
      label: 'submissions refused',
      value: failures,
      goal: { op: '==', value: 0 }
    })
  ])
    console.log(line(f))

  agent.destroy()
  repo.close()
  rmSync(dir, { recursive: true, force: true })
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
