/**
 * Property-based: whatever arrives at submit — garbage, near-valid payloads with random fields,
 * repeats — the function answers a typed result, never throws, and never stores an invalid row.
 */
import fc from 'fast-check'
import { dispatch } from '../../server/function'
import { contextFor } from '../../tests/server/test-context'
import { tempRepo } from '../../tests/server/test-repo'
import { isErrorCode } from '../../src/domain/errors'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { validateSuggestion } from '../../src/domain/suggestions/validate'
import { adultBase, childBase } from '../../tests/fixtures/validation-cases'
import { suggestionsFunction } from './handler'

jest.setTimeout(60000)

const fieldValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.double()), { maxKeys: 4 })
)
const keys = [
  'id',
  'mode',
  'topic',
  'title',
  'text',
  'drawingFileId',
  'photoFileIds',
  'location',
  'street',
  'community',
  'ageGroup',
  'onBehalfOfChild',
  'contact',
  'consent',
  'prefill',
  'authorId',
  '__proto__'
]

// Valid payloads with some fields replaced by anything: close enough to pass sometimes.
const mutated = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(childBase, adultBase),
    fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: 3 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/)
  )
  .map(([base, changes, id]) => ({ ...base, id, ...changes }))
const payload = fc.oneof(fc.anything(), mutated, mutated)

describe('submit, for any payload', () => {
  it('answers a typed result, never crashes, and stores only valid rows', async () => {
    const t = tempRepo()
    try {
      const ctx = await contextFor(t.repo, 'dev-fuzz', () => new Date('2026-11-28T02:00:00Z'))
      // The rate limit would soon refuse everything; give each run a fresh author.
      let n = 0
      await fc.assert(
        fc.asyncProperty(payload, async (p) => {
          const r = await dispatch(
            suggestionsFunction,
            { action: 'submit', suggestion: p },
            { ...ctx, caller: { ...ctx.caller, openid: `dev-fuzz-${n++}` } }
          )
          expect(typeof r.ok).toBe('boolean')
          if (!r.ok) {
            expect(isErrorCode(r.error.code)).toBe(true)
            expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
          }
        }),
        { numRuns: 400 }
      )
      const stored = await t.repo.collection<Suggestion>('suggestions').find()
      expect(stored.length).toBeGreaterThan(0)
      for (const row of stored) {
        const { _id, authorId, visibility, status, history, replies, supportCount, createdAt, updatedAt, ...input } =
          row
        void [authorId, visibility, status, history, replies, supportCount, createdAt, updatedAt]
        expect(validateSuggestion({ ...input, id: _id }).ok).toBe(true)
      }
    } finally {
      t.cleanup()
    }
  })

  it('any action name or event shape is answered, not thrown', async () => {
    const t = tempRepo()
    try {
      const ctx = await contextFor(t.repo, 'dev-fuzz')
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (event) => {
          const r = await dispatch(suggestionsFunction, event, ctx)
          expect(typeof r.ok).toBe('boolean')
        }),
        { numRuns: 300 }
      )
    } finally {
      t.cleanup()
    }
  })
})
