/**
 * Property-based: no citizen-facing answer (every action of `suggestions`, and `user`, `places`,
 * `policy`) ever carries the contact (name, phone) or the exact coordinates of a suggestion the
 * caller did not write as a citizen. Rows come from several citizens, from staff submitting as
 * citizens, from assisted entry (marker author, enteredById = the worker) and from legacy assisted
 * rows (the worker as author, a channel set); statuses and visibility are random; callers include
 * the staff who typed rows in. Ownership is decided here from how each row was made, not with the
 * rule under test (isOwnRow).
 */
import fc from 'fast-check'
import { seedDemoData } from '../../server/local/seed'
import { dispatch, type CloudFunction } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import type { FunctionName } from '../../src/domain/cloud-api'
import { DEV_IDENTITIES } from '../../src/domain/roles'
import { STREETS } from '../../src/domain/streets'
import { CONSENT_VERSION } from '../../src/domain/suggestions/consent'
import {
  AGE_GROUPS,
  ENTRY_CHANNELS,
  STATUSES,
  type EntryChannel,
  type Status,
  type Suggestion,
  type Visibility
} from '../../src/domain/suggestions/model'
import { childBase } from '../../tests/fixtures/validation-cases'
import { placesFunction } from '../places/handler'
import { policyFunction } from '../policy/handler'
import { userFunction } from '../user/handler'
import { suggestionsFunction } from './handler'

jest.setTimeout(120000)

const CITIZENS = ['dev-leak-c1', 'dev-leak-c2', DEV_IDENTITIES.citizen.openid]
const STAFF = [DEV_IDENTITIES.worker.openid, DEV_IDENTITIES.street.openid, DEV_IDENTITIES.district.openid]
const CALLERS: Array<string | null> = [...CITIZENS, ...STAFF, null]

type Kind = 'citizen' | 'assisted' | 'legacy-assisted'
interface RowSpec {
  kind: Kind
  /** The citizen author, or the worker who typed it in. */
  who: string
  mode: 'child' | 'adult'
  status: Status
  visibility: Visibility
  street: string
  channel: EntryChannel
  ageGroup: (typeof AGE_GROUPS)[number]['key']
  hasContact: boolean
  hasLocation: boolean
  minutesAgo: number
}

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  kind: fc.constantFrom<Kind>('citizen', 'citizen', 'assisted', 'legacy-assisted'),
  who: fc.constantFrom(...CITIZENS, ...STAFF),
  mode: fc.constantFrom<'child' | 'adult'>('child', 'adult'),
  status: fc.constantFrom(...(Object.keys(STATUSES) as Status[])),
  visibility: fc.constantFrom<Visibility>('visible', 'visible', 'pending_review', 'blocked', 'hidden'),
  street: fc.constantFrom(...STREETS.map((s) => s.code)),
  channel: fc.constantFrom(...(Object.keys(ENTRY_CHANNELS) as EntryChannel[])),
  ageGroup: fc.constantFrom(...AGE_GROUPS.map((a) => a.key)),
  hasContact: fc.boolean(),
  hasLocation: fc.boolean(),
  minutesAgo: fc.integer({ min: 0, max: 60 * 24 * 400 })
})

/** Secrets unique to each row, shaped so nothing else in any answer could contain them. */
function secrets(run: number, i: number) {
  const n = run * 100 + i
  return {
    name: `联系人${n}号`,
    phone: `139${String(n).padStart(8, '0')}`,
    // Nine decimals inside Yuzhong: no place or street centre has such a coordinate.
    latitude: Number((29.55 + n * 1e-7 + 0.000000001).toFixed(9)),
    longitude: Number((106.56 + n * 1e-7 + 0.000000003).toFixed(9))
  }
}

function toRow(spec: RowSpec, id: string, s: ReturnType<typeof secrets>, now: Date): Suggestion {
  const at = new Date(now.getTime() - spec.minutesAgo * 60000).toISOString()
  const authorId = spec.kind === 'assisted' ? `assisted:${id}` : spec.who
  return {
    _id: id,
    authorId,
    mode: spec.mode,
    topic: 'play',
    title: '想要滑梯',
    text: '公园里想要一个大滑梯',
    photoFileIds: [],
    onBehalfOfChild: false,
    street: spec.street,
    ageGroup: spec.ageGroup,
    ...(spec.hasContact ? { contact: { name: s.name, phone: s.phone } } : {}),
    ...(spec.hasContact && spec.mode === 'child' ? { consent: { version: CONSENT_VERSION, acceptedAt: at } } : {}),
    ...(spec.hasLocation ? { location: { latitude: s.latitude, longitude: s.longitude, source: 'map' as const } } : {}),
    ...(spec.kind !== 'citizen' ? { enteredBy: '社工', enteredById: spec.who, channel: spec.channel } : {}),
    visibility: spec.visibility,
    status: spec.status,
    history: [{ status: 'submitted', at, by: spec.kind === 'citizen' ? 'author' : '社工' }],
    replies: [],
    supportCount: 0,
    createdAt: at,
    updatedAt: at
  }
}

describe('citizen-facing answers, for any rows and any caller', () => {
  it('never carry the contact or exact location of a row the caller did not write as a citizen', async () => {
    const t = tempRepo()
    try {
      await seedDemoData(t.repo, new Date('2026-11-28T00:00:00Z'))
      const [place] = await t.repo.collection<{ _id: string }>('places').find({}, { limit: 1 })
      const suggestions = t.repo.collection<Suggestion>('suggestions')
      let run = 0
      await fc.assert(
        fc.asyncProperty(
          fc.array(rowSpec, { minLength: 1, maxLength: 8 }),
          fc.uniqueArray(fc.constantFrom(...CALLERS), { minLength: 1, maxLength: 3 }),
          async (specs, callers) => {
            run++
            // A new hour each run: the rate limits and the statistics cache start afresh.
            const now = new Date(Date.UTC(2026, 10, 28, 2) + run * 3600 * 1000)
            const rows = specs.map((spec, i) => ({
              spec,
              secret: secrets(run, i),
              row: toRow(spec, `leak-${run}-${i}-xxxx`, secrets(run, i), now)
            }))
            for (const r of rows) await suggestions.put(r.row)
            try {
              for (const openid of callers) {
                const ctx = await contextFor(t.repo, openid, () => now)
                const ask = (fn: CloudFunction<FunctionName>, action: string, body: object = {}) =>
                  dispatch(fn, { action, ...body }, ctx)
                const s = suggestionsFunction as unknown as CloudFunction<FunctionName>
                const answers = [
                  await ask(s, 'listMine'),
                  await ask(s, 'listPublic'),
                  await ask(s, 'listPublic', { street: rows[0].spec.street }),
                  await ask(s, 'stats'),
                  await ask(s, 'submit', {
                    suggestion: { ...childBase, id: `leak-sub-${run}-${callers.indexOf(openid)}` }
                  }),
                  await ask(userFunction as unknown as CloudFunction<FunctionName>, 'whoami'),
                  await ask(userFunction as unknown as CloudFunction<FunctionName>, 'health'),
                  await ask(policyFunction as unknown as CloudFunction<FunctionName>, 'latest', { knownVersion: 'x' }),
                  await ask(placesFunction as unknown as CloudFunction<FunctionName>, 'list', { pageSize: 30 }),
                  await ask(placesFunction as unknown as CloudFunction<FunctionName>, 'nearby', {
                    origin: { latitude: rows[0].secret.latitude, longitude: rows[0].secret.longitude },
                    limit: 5
                  }),
                  await ask(placesFunction as unknown as CloudFunction<FunctionName>, 'get', { id: place._id })
                ]
                // Actions added later are asked too, with no arguments, until someone writes better ones.
                const asked = ['submit', 'listMine', 'get', 'support', 'listPublic', 'stats']
                for (const action of Object.keys(s.handlers).filter((a) => !asked.includes(a)))
                  answers.push(await ask(s, action))
                for (const r of rows) {
                  answers.push(await ask(s, 'get', { id: r.row._id }))
                  answers.push(await ask(s, 'support', { id: r.row._id }))
                }
                const own = (r: (typeof rows)[number]) => r.spec.kind === 'citizen' && r.spec.who === openid
                for (const answer of answers) {
                  expect(typeof answer.ok).toBe('boolean')
                  const json = JSON.stringify(answer)
                  for (const r of rows.filter((x) => !own(x))) {
                    if (r.spec.hasContact) {
                      expect(json).not.toContain(r.secret.phone)
                      expect(json).not.toContain(r.secret.name)
                    }
                    if (r.spec.hasLocation) {
                      expect(json).not.toContain(String(r.secret.latitude))
                      expect(json).not.toContain(String(r.secret.longitude))
                    }
                  }
                }
                // listMine is exactly the caller's own citizen rows: never an assisted one.
                const mine = answers[0]
                const ownIds = rows.filter(own).map((r) => r.row._id)
                if (openid === null) expect(mine).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
                else {
                  const ids = mine.ok ? (mine.data as { items: Array<{ id: string }> }).items.map((i) => i.id) : null
                  expect(ids?.filter((id) => id.startsWith(`leak-${run}-`)).sort()).toEqual(ownIds.sort())
                }
              }
            } finally {
              for (const r of rows) await suggestions.remove(r.row._id)
            }
          }
        ),
        { numRuns: 60 }
      )
    } finally {
      t.cleanup()
    }
  })
})
