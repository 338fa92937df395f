// Test helpers for the cloud functions: a caller of one function, and for the staff function a
// seeded SQLite database, the demo identities, and suggestions submitted through the real
// suggestions function.
import { DEMO_DEPARTMENTS, DEMO_STAFF, seedDemoData } from '../../server/local/seed'
import { seedStaffDemo } from '../../server/local/seed-staff'
import type { Repository } from '../../server/adapters/repository'
import { dispatch, type CloudFunction } from '../../server/function'
import type { FunctionName } from '../../src/domain/cloud-api'
import { contextFor, recordFixtureUploads } from './test-context'
import { tempRepo } from './test-repo'
import type { CloudResult } from '../../src/domain/errors'
import { DEV_IDENTITIES, type StaffRecord } from '../../src/domain/roles'
import { CONSENT_VERSION, VOICE_CONSENT_VERSION } from '../../src/domain/suggestions/consent'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { Department } from '../../src/domain/staff/routing'
import { adultBase, childBase } from '../fixtures/validation-cases'
import { suggestionsFunction } from '../../cloudfunctions/suggestions/handler'
import { staffFunction } from '../../cloudfunctions/staff/handler'
import { userFunction } from '../../cloudfunctions/user/handler'

export const WHO = {
  anonymous: null,
  citizen: DEV_IDENTITIES.citizen.openid,
  workerA: DEV_IDENTITIES.worker.openid, // 解放碑 · 大井巷 500103003019
  workerB: 'dev-worker-zilixiang', // 解放碑 · 自力巷 500103003018
  street: DEV_IDENTITIES.street.openid, // 解放碑 500103003
  district: DEV_IDENTITIES.district.openid,
  department: DEV_IDENTITIES.department.openid // 交巡警（示例） demo-dept-traffic
} as const
export type Who = keyof typeof WHO

export const COMMUNITY_A = '500103003019'
export const COMMUNITY_B = '500103003018'
export const STREET = '500103003'

/** An adult's suggestion in community A, with a photo (held for review) and a contact. */
export const adultInA = { ...adultBase, id: 'adult-in-a-0001', street: STREET, community: COMMUNITY_A }
/**
 * A child's (6–9) suggestion in community A, with a guardian's contact and consent (and their
 * agreement to a recording, which counts only where one is sent).
 */
export const childInA = {
  ...childBase,
  id: 'child-in-a-0001',
  street: STREET,
  community: COMMUNITY_A,
  contact: { name: '妈妈', phone: '13900139000' },
  consent: { version: CONSENT_VERSION, acceptedAt: '2026-11-28T01:00:00Z' },
  voiceConsent: { version: VOICE_CONSENT_VERSION }
}

/**
 * Calls one function as `who` (null: no user, as its timer) on the repository `repo()` gives (a
 * test's fresh one) at the time `clock()` tells: `call` answers the result, `data` its data (or
 * fails the test with the error).
 */
export function functionCaller(fn: CloudFunction<FunctionName>, repo: () => Repository, clock: () => Date) {
  const call = async (who: string | null, action: string, body: Record<string, unknown> = {}) =>
    (await dispatch(fn, { action, ...body }, await contextFor(repo(), who, clock))) as CloudResult<any>
  const data = async (who: string | null, action: string, body: Record<string, unknown> = {}) => {
    const r = await call(who, action, body)
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`)
    return r.data
  }
  return { call, data }
}

/**
 * Inside a describe: each test gets a fresh SQLite database seeded as the local backend is, a
 * clock starting at `start`, and a caller of `fn` (functionCaller).
 */
export function seededFunction(fn: CloudFunction<FunctionName>, start: string) {
  let t: ReturnType<typeof tempRepo>
  let clock = new Date(start)
  beforeEach(async () => {
    t = tempRepo()
    clock = new Date(start)
    await seedDemoData(t.repo, clock)
  })
  afterEach(() => t.cleanup())
  return {
    ...functionCaller(
      fn,
      () => t.repo,
      () => clock
    ),
    get repo() {
      return t.repo
    },
    now: () => clock,
    setNow(iso: string) {
      clock = new Date(iso)
    },
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms)
    }
  }
}

export function staffKit(start = '2026-11-28T02:00:00.000Z') {
  const t = tempRepo()
  let clock = new Date(start)
  const kit = {
    repo: t.repo,
    now: () => clock,
    setNow(iso: string) {
      clock = new Date(iso)
    },
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms)
    },
    // The demo staff, departments and templates of the local backend (not its places: not needed here).
    async seed() {
      for (const s of DEMO_STAFF) await t.repo.collection<StaffRecord>('staff').put(s)
      for (const d of DEMO_DEPARTMENTS) await t.repo.collection<Department>('departments').put(d)
      await seedStaffDemo(t.repo, clock)
    },
    // The request is sent as raw JSON would be: unknown fields and wrong types included.
    async call(
      who: Who | string | null,
      action: string,
      body: Record<string, unknown> = {}
    ): Promise<CloudResult<any>> {
      const openid = who === null ? null : who in WHO ? WHO[who as Who] : who
      await recordFixtureUploads(t.repo, openid, body, clock)
      return dispatch(staffFunction, { action, ...body }, await contextFor(t.repo, openid, () => clock))
    },
    /** What the staff pages are told about `who` (whoami's `staff`: the one identity source). */
    async me(who: Who | string | null): Promise<CloudResult<any>> {
      const openid = who === null ? null : who in WHO ? WHO[who as Who] : who
      const r = await dispatch(userFunction, { action: 'whoami' }, await contextFor(t.repo, openid, () => clock))
      return r.ok ? { ok: true, data: (r.data as { staff?: unknown }).staff } : r
    },
    async submit(openid: string, suggestion: object): Promise<CloudResult<any>> {
      await recordFixtureUploads(t.repo, openid, suggestion, clock)
      return dispatch(
        suggestionsFunction,
        { action: 'submit', suggestion },
        await contextFor(t.repo, openid, () => clock)
      )
    },
    async citizen(openid: string, action: string, body: Record<string, unknown> = {}): Promise<CloudResult<any>> {
      return dispatch(suggestionsFunction, { action, ...body }, await contextFor(t.repo, openid, () => clock))
    },
    stored: (id: string) => t.repo.collection<Suggestion>('suggestions').get(id),
    cleanup: () => t.cleanup()
  }
  return kit
}
export type StaffKit = ReturnType<typeof staffKit>
