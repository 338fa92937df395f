// The mixed load of scripts/bench/mixed-load.ts, shortened: citizens submitting (some twice at
// once, some over their hourly limit), staff replying and closing, and the purge running, at once
// against the local backend; nothing but rate limits refused, nothing lost, the state consistent.
import { mixedLoad } from '../../scripts/bench/mixed-load'

it('a few seconds of citizens, staff and the purge at once: 0 errors beyond rate limits, 0 lost, consistent after', async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined)
  const r = await mixedLoad(4)
  expect(r.firstErrors).toEqual([])
  expect(r).toMatchObject({ errors: 0, lost: 0, inconsistent: [], notPurged: 0 })
  // The load was real: submissions stored, some over the limit, staff steps and purge runs among them.
  expect(r.submits).toBeGreaterThanOrEqual(8 * 11)
  expect(r.rateLimited).toBeGreaterThanOrEqual(8)
  expect(r.staffSteps).toBeGreaterThanOrEqual(16)
  expect(r.purgeRuns).toBeGreaterThanOrEqual(3)
}, 120_000)
