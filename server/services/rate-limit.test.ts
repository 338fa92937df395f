// Rate slots on a real SQLite database: parallel claims get exactly `max`, and slots of ended
// windows are deleted (their keys name the caller) while current ones stay.
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { claimRateSlot, deleteExpiredRateSlots } from './rate-limit'
import { tempRepo } from '../../tests/server/test-repo'

const rule = RATE_LIMITS.submit
const at = (iso: string) => new Date(iso)

describe('rate slots', () => {
  let t: ReturnType<typeof tempRepo>
  beforeEach(() => {
    t = tempRepo()
  })
  afterEach(() => t.cleanup())

  it('gives exactly max slots to parallel calls in one window', async () => {
    const now = at('2026-12-01T10:15:00Z')
    const results = await Promise.all(
      Array.from({ length: rule.max + 5 }, () => claimRateSlot(t.repo, rule, 'o-1', now))
    )
    expect(results.filter(Boolean)).toHaveLength(rule.max)
    expect(await claimRateSlot(t.repo, rule, 'o-2', now)).toBe(true)
  })

  it('deletes the slots of ended windows only, bounded per run', async () => {
    for (let i = 0; i < 3; i++) await claimRateSlot(t.repo, rule, 'o-1', at('2026-12-01T08:10:00Z'))
    await claimRateSlot(t.repo, rule, 'o-2', at('2026-12-01T09:59:00Z'))
    await claimRateSlot(t.repo, rule, 'o-1', at('2026-12-01T10:05:00Z'))
    const slots = t.repo.collection<{ _id: string; key: string }>('rate_slots')
    const now = at('2026-12-01T10:30:00Z')

    expect(await deleteExpiredRateSlots(t.repo, now, 2)).toBe(2)
    expect(await deleteExpiredRateSlots(t.repo, now)).toBe(2)
    expect(await deleteExpiredRateSlots(t.repo, now)).toBe(0)
    const left = await slots.find({})
    expect(left).toHaveLength(1)
    expect(left[0].key).toMatch(/^submit:o-1:/)
    // The current window still counts: the caller has used one of its slots.
    expect(await slots.count({ key: left[0].key })).toBe(1)
  })
})
