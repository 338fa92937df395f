// Staff inbox at scale: 100k suggestions in SQLite, the real `staff` function (filters, paging,
// text search) against the same queries on a copy of the database without the suggestions
// indexes (a full table scan, measured in the same run); then exports of 10k rows against
// merely reading those rows. Goals: every inbox query ≤ 5 ms (median) at 100k rows; an export
// of 10k rows ≤ 3× (CSV) and ≤ 5× (Open311, whose JSON is 2.5 times larger) merely reading them.
// Run: npx tsx scripts/bench/inbox.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { staffFunction } from '../../cloudfunctions/staff/handler'
import { DEMO_STAFF } from '../../server/local/seed'
import { dispatch } from '../../server/function'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { contextFor } from '../../tests/server/test-context'
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import { STREETS } from '../../src/domain/streets'
import { AGE_GROUPS, TOPICS, type Status, type Suggestion } from '../../src/domain/suggestions/model'
import { figure, line, type Figure } from './figures.cjs'

const ROWS = 100_000
const RUNS = 15

// Deterministic, so two runs measure the same data.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(20261128)
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]

const STATUS_MIX: Status[] = [
  'submitted',
  'submitted',
  'accepted',
  'in_progress',
  'in_progress',
  'answered',
  'adopted',
  'rejected',
  'closed',
  'closed'
]
const WORDS = [
  '滑梯',
  '秋千',
  '路口',
  '红绿灯',
  '公园',
  '厕所',
  '饮水机',
  '图书馆',
  '长椅',
  '树荫',
  '人行道',
  '斑马线',
  '沙坑',
  '篮球场',
  '儿科',
  '台阶',
  '扶手',
  '路灯'
]
const COMMUNITIES = STREETS.flatMap((s) => s.communities.map((c) => ({ street: s.code, community: c.code })))
const START = Date.parse('2025-01-01T00:00:00Z')
const SPAN = Date.parse('2026-11-28T00:00:00Z') - START

function make(i: number): Suggestion {
  const at = new Date(START + Math.floor(random() * SPAN)).toISOString()
  const child = random() < 0.6
  const place = random() < 0.75 ? pick(COMMUNITIES) : random() < 0.6 ? { street: pick(STREETS).code } : {}
  const text = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(WORDS)).join('，') + `。第 ${i} 条`
  return {
    _id: `bench-${i.toString(36).padStart(5, '0')}`,
    mode: child ? 'child' : 'adult',
    topic: pick(TOPICS).key,
    title: child ? '' : `关于${pick(WORDS)}的建议`,
    text,
    photoFileIds: random() < 0.15 ? ['cloud://env/photos/p.jpg'] : [],
    onBehalfOfChild: false,
    ...(child ? { ageGroup: pick(AGE_GROUPS).key } : {}),
    ...place,
    authorId: `o-${Math.floor(random() * 20_000)}`,
    visibility: random() < 0.05 ? 'pending_review' : 'visible',
    status: pick(STATUS_MIX),
    history: [{ status: 'submitted', at, by: 'author' }],
    replies: [],
    // Most suggestions get little support, a few a lot.
    supportCount: Math.floor(1 / (random() + 0.01)) - 1,
    createdAt: at,
    updatedAt: at
  }
}

// Chinese characters take two columns in a terminal: pad by display width, not length.
const width = (s: string) => Array.from(s).reduce((n, c) => n + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0)
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)))

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function time(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(samples)
}

async function call(repo: SqliteRepository, openid: string, body: Record<string, unknown>) {
  const r = await dispatch(staffFunction, body, await contextFor(repo, openid, () => new Date('2026-11-28T02:00:00Z')))
  if (!r.ok) throw new Error(`${JSON.stringify(body)}: ${r.error.message}`)
  return r.data as { items?: unknown[]; next?: string | null; content?: string; rows?: number }
}

const W = DEV_IDENTITIES.worker.openid
const S = DEV_IDENTITIES.street.openid
const D = DEV_IDENTITIES.district.openid
const QUERIES: Array<[label: string, openid: string, body: Record<string, unknown>]> = [
  ['worker: own community, newest', W, { action: 'inbox' }],
  ['worker: page 5 (cursor)', W, { action: 'inbox', cursor: 'o' + (80).toString(36) }],
  ['street: 待受理+已受理', S, { action: 'inbox', filter: { status: ['submitted', 'accepted'] } }],
  ['district: everything, newest', D, { action: 'inbox' }],
  ['district: most supported', D, { action: 'inbox', sort: 'supported' }],
  [
    'district: topic + one month',
    D,
    { action: 'inbox', filter: { topic: 'play', from: '2026-10-01', to: '2026-10-31' } }
  ],
  [
    'district: 待受理, page 10',
    D,
    { action: 'inbox', filter: { status: 'submitted' }, cursor: 'o' + (180).toString(36) }
  ],
  [
    'district: children 6–9, street',
    D,
    { action: 'inbox', filter: { mode: 'child', ageGroup: '6to9', street: '500103003' } }
  ],
  ['district: review queue', D, { action: 'inbox', filter: { visibility: 'pending_review' } }],
  ['worker: text search', W, { action: 'inbox', filter: { q: '秋千 路口' } }],
  ['street: text + status', S, { action: 'inbox', filter: { q: '饮水机', status: 'submitted' } }],
  ['district: has photo', D, { action: 'inbox', filter: { hasPhoto: true } }]
]

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-inbox-'))
  try {
    const indexed = new SqliteRepository(join(dir, 'indexed.sqlite'))
    for (const s of DEMO_STAFF) await indexed.collection<StaffRecord>('staff').put(s)
    const t = process.hrtime.bigint()
    indexed.transaction(() => {
      for (let i = 0; i < ROWS; i++) void indexed.collection<Suggestion>('suggestions').insert(make(i))
    })
    const loadS = Number(process.hrtime.bigint() - t) / 1e9
    indexed.db.exec('ANALYZE')

    // The baseline: the same data without the suggestions indexes (after opening, which would create them).
    indexed.db.exec(`VACUUM INTO '${join(dir, 'scan.sqlite')}'`)
    const scan = new SqliteRepository(join(dir, 'scan.sqlite'))
    const names = scan.db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suggestions' AND name LIKE 'suggestions__%'`
      )
      .all() as Array<{ name: string }>
    for (const { name } of names) scan.db.exec(`DROP INDEX "${name}"`)
    scan.db.exec('ANALYZE')

    console.log(
      `\nstaff inbox over ${ROWS.toLocaleString('en')} suggestions (SQLite, loaded in ${loadS.toFixed(1)} s, ${(statSync(join(dir, 'indexed.sqlite')).size / 1e6).toFixed(0)} MB)`
    )
    console.log(`median of ${RUNS} calls through the staff function (caller lookup, count on page 1, 20 rows)\n`)
    console.log(
      `  ${'query'.padEnd(34)} ${'rows'.padStart(4)} ${'indexed'.padStart(10)} ${'full scan'.padStart(10)} ${'speed-up'.padStart(9)}`
    )
    const goals: Figure[] = []
    const slug = (label: string) =>
      label
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()
    for (const [i, [label, openid, body]] of QUERIES.entries()) {
      const a = await call(indexed, openid, body)
      const b = await call(scan, openid, body)
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${label}: indexed and full-scan answers differ`)
      const fast = await time(() => call(indexed, openid, body))
      const slow = await time(() => call(scan, openid, body), 5)
      goals.push(
        figure({
          id: `inbox.q${String(i + 1).padStart(2, '0')}-${slug(label)}`,
          section: 'inbox',
          label: `inbox at 100k: ${label}`,
          value: fast,
          unit: 'ms',
          goal: { op: '<=', value: 5 },
          tolerance: 1
        })
      )
      console.log(
        `  ${padEnd(label, 34)} ${String(a.items?.length ?? 0).padStart(4)} ${`${fast.toFixed(2)} ms`.padStart(10)} ${`${slow.toFixed(1)} ms`.padStart(10)} ${`${(slow / fast).toFixed(0)}×`.padStart(9)}`
      )
    }

    // Export: 10k rows (the cap of one export) against only reading them through the repository.
    const read = await time(async () => {
      for (let skip = 0; skip < 10_000; skip += 1000)
        await indexed.collection('suggestions').find(
          {},
          {
            orderBy: [
              ['createdAt', 'desc'],
              ['_id', 'asc']
            ],
            skip,
            limit: 1000
          }
        )
    }, 5)
    console.log(`\nexport of 10,000 rows (district, newest first; median of 5)\n`)
    console.log(`  ${'read 10k rows (baseline)'.padEnd(34)} ${`${read.toFixed(0)} ms`.padStart(10)}`)
    for (const format of ['csv', 'open311'] as const) {
      const out = await call(indexed, D, { action: 'export', format })
      const ms = await time(() => call(indexed, D, { action: 'export', format }), 5)
      const mb = Buffer.byteLength(out.content ?? '', 'utf8') / 1e6
      goals.push(
        figure({
          id: `inbox.export-${format}`,
          section: 'inbox',
          label: `export of 10k rows (${format}) ÷ reading them`,
          value: ms / read,
          unit: '×',
          goal: { op: '<=', value: format === 'csv' ? 3 : 5 }
        })
      )
      console.log(
        `  ${`export ${format} (${out.rows} rows, ${mb.toFixed(1)} MB)`.padEnd(34)} ${`${ms.toFixed(0)} ms`.padStart(10)} ${`${(ms / read).toFixed(2)}× read`.padStart(12)}`
      )
    }
    console.log('')
    for (const f of goals) console.log(line(f, 44))
    indexed.close()
    scan.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
