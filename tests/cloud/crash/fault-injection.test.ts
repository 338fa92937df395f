// Crash-safe by test: every write action of every cloud function (scenarios.ts), run once clean
// counting its storage calls, then for each call i: (a) call i fails, (b) call i succeeds and the
// function dies right after it; then the client's retry (the same request) runs clean. The
// state left must equal the clean run's: every collection, and the files in local storage.
//
// Normalised before comparing, because they differ between two clean runs too: random ids
// (newClientId's random part: audit entries that are not revision claims, notifications, media
// check trace ids, upload tokens, template ids) and anything that names them. Timestamps are not
// normalised: the clock is fixed, so a write made by the failed attempt and one made by the retry
// carry the same time, and a doubled one shows up as such.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runPurge } from '../../../cloudfunctions/purge/run'
import { localFileStorage } from '../../../server/adapters/file-storage'
import { dispatch } from '../../../server/function'
import { SqliteRepository } from '../../../server/adapters/sqlite'
import { contextFor } from '../../server/test-context'
import { ok } from '../../../src/domain/errors'
import { FaultyRepository, type Injection } from './faulty-repo'
import { SCENARIOS, world, type Scenario } from './scenarios'
import { filesIn, restoreSnapshot, snapshot, type Snapshot } from './state'

interface Prepared {
  snap: Snapshot
  filesDir: string
  at: Date
  event: Record<string, unknown>
}

interface Outcome {
  state: Record<string, unknown>
  calls: number
  log: string[]
  first: unknown
  retry: unknown
}

const RANDOM_PARTS: Array<[RegExp, string]> = [
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>'],
  [/\b[0-9a-f]{32}\b/g, '<token>'],
  // newClientId: <prefix>-<time in base 36>-<12 random base-36 characters>
  [/(-[0-9a-z]{6,9}-)[0-9a-z]{12}\b/g, '$1<random>'],
  // A council representative's invitation code (random by design).
  [/("inviteCode":")[2-9A-Z]{8}"/g, '$1<code>"']
]

function normalise(value: unknown): unknown {
  let text = JSON.stringify(value)
  for (const [pattern, by] of RANDOM_PARTS) text = text.replace(pattern, by)
  return JSON.parse(text)
}

function comparable(s: Scenario, snap: Snapshot, files: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { files }
  for (const [name, docs] of Object.entries(snap)) {
    const skip = s.perRun?.filter((a) => a.collection === name) ?? []
    let rows = (docs as unknown as Array<Record<string, unknown>>)
      .filter((d) => !skip.some((a) => a.where(d)))
      .map((d) => JSON.stringify(normalise(d)))
    const once = s.atLeastOnce?.filter((a) => a.collection === name) ?? []
    if (once.length)
      rows = rows.filter(
        (r, i) => rows.indexOf(r) === i || !once.some((a) => a.where(JSON.parse(r) as Record<string, unknown>))
      )
    out[name] = rows.sort().map((r) => JSON.parse(r))
  }
  return out
}

async function prepare(s: Scenario, root: string): Promise<Prepared> {
  const repo = new SqliteRepository(':memory:')
  const filesDir = join(root, 'prepared')
  mkdirSync(filesDir)
  const w = world(repo, filesDir)
  await s.setup(w)
  const event = await s.event(w)
  const snap = await snapshot(repo)
  repo.close()
  return { snap, filesDir, at: new Date(w.clock.getTime() + (s.laterMs ?? 60_000)), event }
}

let runs = 0
/** One invocation of the action against `repo` (a new one each time, as a retried call is). */
async function invoke(s: Scenario, p: Prepared, repo: FaultyRepository, filesDir: string, injection: Injection | null) {
  repo.reset()
  const ctx = await contextFor(repo, s.who, () => p.at, filesDir)
  repo.injection = injection
  repo.armed = true
  try {
    if (s.fn === 'purge') return ok(await runPurge(repo, localFileStorage(repo, filesDir), p.at))
    return await dispatch(s.fn, p.event, ctx)
  } catch (e) {
    return { thrown: String(e) }
  } finally {
    repo.armed = false
  }
}

async function run(s: Scenario, p: Prepared, root: string, injection: Injection | null): Promise<Outcome> {
  const inner = new SqliteRepository(':memory:')
  await restoreSnapshot(inner, p.snap)
  const filesDir = join(root, `run-${++runs}`)
  cpSync(p.filesDir, filesDir, { recursive: true })
  const repo = new FaultyRepository(inner)
  try {
    const first = await invoke(s, p, repo, filesDir, injection)
    const calls = repo.calls
    const log = [...repo.log]
    const retry = injection ? await invoke(s, p, repo, filesDir, null) : null
    const state = comparable(s, await snapshot(inner), filesIn(filesDir))
    return { state, calls, log, first, retry }
  } finally {
    inner.close()
    rmSync(filesDir, { recursive: true, force: true })
  }
}

/** Collections whose content differs, with the documents only one side has. */
function differences(clean: Record<string, unknown>, faulted: Record<string, unknown>) {
  const out: Record<string, { missing: unknown[]; extra: unknown[] }> = {}
  for (const key of Object.keys(clean)) {
    const a = clean[key]
    const b = faulted[key]
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    const as = key === 'files' ? Object.entries(a as object) : (a as unknown[])
    const bs = key === 'files' ? Object.entries(b as object) : (b as unknown[])
    const aj = as.map((x) => JSON.stringify(x))
    const bj = bs.map((x) => JSON.stringify(x))
    out[key] = {
      missing: aj.filter((x) => !bj.includes(x)).map((x) => JSON.parse(x)),
      extra: bj.filter((x) => !aj.includes(x)).map((x) => JSON.parse(x))
    }
  }
  return out
}

describe('crash-safe by test: a failed or crashed storage call, then the client’s retry, leaves one clean run’s state', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'yimi-crash-'))
    // INTERNAL answers log their cause; here every one of them is on purpose.
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    jest.restoreAllMocks()
  })

  const cases = (known: boolean) => SCENARIOS.filter((s) => Boolean(s.known) === known).map((s) => [s.name, s] as const)
  const check = async (_name: string, s: Scenario) => {
    const p = await prepare(s, mkdtempSync(join(root, 'p-')))
    const clean = await run(s, p, root, null)
    expect(clean.first).toMatchObject({ ok: true })
    expect(clean.calls).toBeGreaterThan(0)
    const broken: string[] = []
    for (let at = 1; at <= clean.calls; at++)
      for (const mode of ['fail', 'crash'] as const) {
        const faulted = await run(s, p, root, { at, mode })
        const diff = differences(clean.state, faulted.state)
        if (Object.keys(diff).length)
          broken.push(
            `${mode} at call ${faulted.log[at - 1] ?? at}; retry answered ${JSON.stringify(faulted.retry)}: ${JSON.stringify(diff)}`
          )
      }
    expect(broken).toEqual([])
  }
  it.each(cases(false))('%s', check)
  // Found by this test, not fixed yet (each says what goes wrong, in scenarios.ts): expected to fail.
  it.failing.each(cases(true))('known: %s', check)
})
