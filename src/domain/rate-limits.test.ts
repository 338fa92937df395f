import { RATE_LIMITS, firstSlotToTry, rateKey, rateSlotId, rateWindow } from './rate-limits'

describe('rate limits', () => {
  const rule = RATE_LIMITS.submit

  it('puts a time in a fixed window that ends on the hour', () => {
    const w = rateWindow(rule, new Date('2026-11-28T02:59:59.999Z'))
    expect(w.endsAt.toISOString()).toBe('2026-11-28T03:00:00.000Z')
    expect(rateWindow(rule, new Date('2026-11-28T03:00:00.000Z')).index).toBe(w.index + 1)
  })

  it('names a slot by action, caller, window and number', () => {
    expect(rateSlotId(rateKey(rule, 'o-1', 7), 3)).toBe('submit:o-1:7:3')
    expect(rateKey(RATE_LIMITS.support, 'o-1', 7)).not.toBe(rateKey(rule, 'o-1', 7))
  })

  it('starts claiming after the slots already taken, never past the limit', () => {
    expect(firstSlotToTry(0, rule)).toBe(0)
    expect(firstSlotToTry(4, rule)).toBe(4)
    expect(firstSlotToTry(99, rule)).toBe(rule.max)
  })

  it('says each refusal in Chinese with its number', () => {
    for (const r of Object.values(RATE_LIMITS)) {
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
      expect(r.message).toContain(String(r.max))
    }
  })
})
