// Citizens submitting, staff handling (reply with 已受理, then 办理中 → 已答复 → 已办结) and the
// scheduled purge, all at once against the local backend (its HTTP server and group commit, in
// this process) for a while: `npm run bench -- mixed` for a minute, tests/cloud/mixed-load.test.ts
// for a few seconds. Afterwards: no error but rate limits, every accepted submission stored once
// with its words and contact, every reply on its row once, and the purge took the personal data of
// the rows retention made due (seeded years old) and nothing of the new ones.
//   npx tsx scripts/bench/mixed-load.ts [seconds]
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { runPurge } from '../../cloudfunctions/purge/run'
import { createLocalBackend } from '../../server/local/app'
import { seedDemoData } from '../../server/local/seed'
import { localFileStorage } from '../../server/adapters/file-storage'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { DAY_MS } from '../../src/domain/clock'
import { CONSENT_VERSION } from '../../src/domain/suggestions/consent'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { childBase } from '../../tests/fixtures/validation-cases'

const STREET = '500103003'
const COMMUNITY = '500103003019' // 大井巷: worker A's community
const CITIZENS = 8
const STAFF = 2
const OLD_ROWS = 200
const CONTACT = { name: '妈妈', phone: '13900139000' }

export interface MixedLoadReport {
  seconds: number
  submits: number
  rateLimited: number
  staffSteps: number
  purgeRuns: number
  /** Answers that were neither ok nor a rate limit, with the first few. */
  errors: number
  firstErrors: string[]
  /** Accepted submissions not stored (or stored without their words or contact). */
  lost: number
  /** Rows stored more than once, replies on a row more or fewer times than answered, rows the purge took too much of. */
  inconsistent: string[]
  /** Old rows retention made due whose personal data is still there after the last purge. */
  notPurged: number
}

function post(
  port: number,
  fn: string,
  body: object,
  openid: string
): Promise<{ ok: boolean; error?: { code: string; message: string }; data?: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: `/cloud/${fn}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dev-openid': openid }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())))
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

/** A closed row from years ago whose contact, location and link to its author retention has made due. */
function oldRow(i: number, now: Date): Suggestion {
  const ago = (d: number) => new Date(now.getTime() - d * DAY_MS).toISOString()
  return {
    ...childBase,
    _id: `old-row-${String(i).padStart(4, '0')}`,
    street: STREET,
    community: COMMUNITY,
    contact: CONTACT,
    consent: { version: CONSENT_VERSION, acceptedAt: ago(900) },
    location: { latitude: 29.5571, longitude: 106.5772, source: 'current' },
    authorId: `dev-old-${i}`,
    visibility: 'visible',
    status: 'closed',
    history: [
      { status: 'submitted', at: ago(900), by: 'author' },
      { status: 'closed', at: ago(800), by: '工作人员' }
    ],
    replies: [],
    supportCount: 0,
    createdAt: ago(900),
    updatedAt: ago(800),
    closedAt: ago(800)
  } as unknown as Suggestion
}

export async function mixedLoad(seconds: number): Promise<MixedLoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-mixed-'))
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'), { groupCommit: true })
  const filesDir = join(dir, 'files')
  await seedDemoData(repo)
  const start = new Date()
  for (let i = 0; i < OLD_ROWS; i++) await repo.collection<Suggestion>('suggestions').put(oldRow(i, start))
  const server = createLocalBackend({ repo, filesDir })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as AddressInfo).port

  const report: MixedLoadReport = {
    seconds,
    submits: 0,
    rateLimited: 0,
    staffSteps: 0,
    purgeRuns: 0,
    errors: 0,
    firstErrors: [],
    lost: 0,
    inconsistent: [],
    notPurged: 0
  }
  const error = (what: string, r: { error?: { code: string; message: string } }) => {
    report.errors += 1
    if (report.firstErrors.length < 5) report.firstErrors.push(`${what}: ${r.error?.code} ${r.error?.message}`)
  }
  const accepted: string[] = []
  const replied = new Map<string, string>()
  // At least `seconds`, and on a slow machine until every part of the mix has happened: each
  // citizen past an hourly limit, a few rows handled, the purge run a few times (within a minute more).
  const limited = new Set<number>()
  const deadline = Date.now() + seconds * 1000
  const enough = () =>
    (limited.size === CITIZENS && report.staffSteps >= 4 * STAFF * 2 && report.purgeRuns >= 3) ||
    Date.now() > deadline + 60_000
  const running = () => Date.now() < deadline || !enough()
  let n = 0

  const citizen = async (c: number) => {
    for (let user = 0; running(); user++) {
      const openid = `dev-mixed-${c}-${user}`
      // A user's hourly limit runs out after ten: the eleventh is refused, and the next user goes on.
      for (let k = 0; k < 11 && running(); k++) {
        const id = `mixed-${c}-${user}-${k}`
        const body = {
          action: 'submit',
          suggestion: {
            ...childBase,
            id,
            street: STREET,
            community: COMMUNITY,
            text: `第 ${++n} 条：想要秋千`,
            contact: CONTACT,
            consent: { version: CONSENT_VERSION }
          }
        }
        // Every fifth one twice at once: a retry racing the first answer.
        const answers = await Promise.all(
          k % 5 === 0
            ? [post(port, 'suggestions', body, openid), post(port, 'suggestions', body, openid)]
            : [post(port, 'suggestions', body, openid)]
        )
        report.submits += answers.length
        for (const r of answers) {
          if (r.ok) continue
          if (r.error?.code === 'RATE_LIMITED') {
            report.rateLimited += 1
            limited.add(c)
          } else error('submit', r)
        }
        if (answers.some((r) => r.ok)) accepted.push(id)
      }
    }
  }

  const worker = async (w: number) => {
    const who = w === 0 ? 'dev-worker-jiefangbei' : 'dev-street-jiefangbei'
    let next = w
    while (running()) {
      const id = accepted[next]
      if (!id) {
        await new Promise((r) => setTimeout(r, 5))
        continue
      }
      next += STAFF
      const clientId = `reply-${id}`.slice(0, 64)
      const steps: Array<[string, object]> = [
        ['reply', { id, clientId, templateId: 'demo-tpl-received', to: 'accepted' }],
        ['transition', { id, to: 'in_progress' }],
        ['transition', { id, to: 'answered' }],
        ['transition', { id, to: 'closed', note: '已按建议办好，欢迎大家来看看' }]
      ]
      for (const [action, body] of steps) {
        const r = await post(port, 'staff', { action, ...body }, who)
        report.staffSteps += 1
        if (!r.ok) error(`staff.${action} ${id}`, r)
        else if (action === 'reply') replied.set(id, clientId)
      }
    }
  }

  const files = localFileStorage(repo, filesDir)
  const purge = async () => {
    while (running()) {
      await runPurge(repo, files, new Date())
      report.purgeRuns += 1
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  await Promise.all([
    ...Array.from({ length: CITIZENS }, (_, c) => citizen(c)),
    ...Array.from({ length: STAFF }, (_, w) => worker(w)),
    purge()
  ])
  // The next timer run finishes what a busy row made wait.
  await runPurge(repo, files, new Date())
  await new Promise<void>((ok) => server.close(() => ok()))

  const rows = repo.collection<Suggestion>('suggestions')
  for (const id of accepted) {
    const s = await rows.get(id)
    if (!s || !s.text.startsWith('第 ') || !s.contact) report.lost += 1
    else if (s.personalDataPurgedAt) report.inconsistent.push(`${id}: purged while new`)
    const mine = s?.replies.filter((r) => r.id === replied.get(id)).length ?? 0
    if (replied.has(id) && mine !== 1) report.inconsistent.push(`${id}: its reply ${mine} times`)
  }
  const stored = await rows.count({ _id: { $gte: 'mixed-' }, createdAt: { $gte: start.toISOString() } })
  if (stored !== accepted.length) report.inconsistent.push(`${stored} rows stored for ${accepted.length} accepted`)
  for (let i = 0; i < OLD_ROWS; i++) {
    const s = await rows.get(oldRow(i, start)._id)
    if (!s || s.contact || s.location) report.notPurged += 1
  }
  repo.close()
  rmSync(dir, { recursive: true, force: true })
  return report
}

async function main() {
  const { figure, line } = await import('./figures.cjs')
  const seconds = Number(process.argv[2] ?? 60)
  const r = await mixedLoad(seconds)
  console.log(`\nmixed load (${seconds} s): citizens submitting, staff handling, the purge running`)
  console.log(
    `  ${r.submits} submissions (${r.rateLimited} over the hourly limit), ${r.staffSteps} staff steps, ${r.purgeRuns} purge runs`
  )
  for (const e of [...r.firstErrors, ...r.inconsistent.slice(0, 5)]) console.log(`  ${e}`)
  const section = 'mixed'
  for (const f of [
    figure({
      id: 'mixed.errors',
      section,
      label: 'errors besides rate limits',
      value: r.errors,
      goal: { op: '==', value: 0 }
    }),
    figure({
      id: 'mixed.lost',
      section,
      label: 'accepted submissions lost',
      value: r.lost,
      goal: { op: '==', value: 0 }
    }),
    figure({
      id: 'mixed.inconsistent',
      section,
      label: 'inconsistencies after',
      value: r.inconsistent.length + r.notPurged,
      goal: { op: '==', value: 0 }
    })
  ])
    console.log(line(f))
}

// Run by the bench (or by hand); the test imports mixedLoad only.
if (/mixed-load\.ts$/.test(process.argv[1] ?? ''))
  void main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
