// Claims one slot of a rate limit (src/domain/rate-limits.ts) with the repository's insert, which
// is insert-if-absent in both implementations: of parallel calls, exactly `max` get a slot.
import { firstSlotToTry, rateKey, rateSlotId, rateWindow, type RateRule } from '../../src/domain/rate-limits'
import type { Repository } from './repository'

export interface RateSlot {
  _id: string
  key: string
  n: number
  at: string
  /** End of its window: after that the slot counts for nothing and may be deleted. */
  expiresAt: string
}

/** True when the caller got a slot in the current window, false when all are taken. */
export async function claimRateSlot(repo: Repository, rule: RateRule, callerKey: string, now: Date): Promise<boolean> {
  const window = rateWindow(rule, now)
  const key = rateKey(rule, callerKey, window.index)
  const slots = repo.collection<RateSlot>('rate_slots')
  // The count only saves inserts: slots are taken in order, so those counted are all taken.
  for (let n = firstSlotToTry(await slots.count({ key }), rule); n < rule.max; n++) {
    const slot: RateSlot = {
      _id: rateSlotId(key, n),
      key,
      n,
      at: now.toISOString(),
      expiresAt: window.endsAt.toISOString()
    }
    if ((await slots.insert(slot)) === 'inserted') return true
  }
  return false
}
