// Claims one slot of a rate limit (src/domain/rate-limits.ts) with the repository's insert, which
// is insert-if-absent in both implementations: of parallel calls, exactly `max` get a slot.
import { firstSlotToTry, rateKey, rateSlotId, rateWindow, type RateRule } from '../../src/domain/rate-limits'
import type { Repository } from '../adapters/repository'

export interface RateSlot {
  _id: string
  key: string
  n: number
  at: string
  /** End of its window: after that the slot counts for nothing and may be deleted. */
  expiresAt: string
  /** The request that took it (a suggestion's id…): its retry finds the slot instead of taking a second. */
  for?: string
}

/**
 * True when the caller got a slot in the current window, false when all are taken. With
 * `requestId` (the idempotency key of the request), a retry of a request that already took a
 * slot in this window (its first attempt died after the claim) is given that one again.
 */
export async function claimRateSlot(
  repo: Repository,
  rule: RateRule,
  callerKey: string,
  now: Date,
  requestId?: string
): Promise<boolean> {
  const window = rateWindow(rule, now)
  const key = rateKey(rule, callerKey, window.index)
  const slots = repo.collection<RateSlot>('rate_slots')
  const taken = requestId ? await slots.find({ key }, { limit: rule.max }) : null
  if (taken?.some((slot) => slot.for === requestId)) return true
  // The count only saves inserts: slots are taken in order, so those counted are all taken.
  for (let n = firstSlotToTry(taken ? taken.length : await slots.count({ key }), rule); n < rule.max; n++) {
    const slot: RateSlot = {
      _id: rateSlotId(key, n),
      key,
      n,
      at: now.toISOString(),
      expiresAt: window.endsAt.toISOString(),
      ...(requestId ? { for: requestId } : {})
    }
    if ((await slots.insert(slot)) === 'inserted') return true
  }
  return false
}

/**
 * Deletes slots whose window has ended (they count for nothing, and their key names the caller),
 * at most `max` per run; returns how many went. The purge function calls it on its timer.
 */
export async function deleteExpiredRateSlots(repo: Repository, now: Date, max = 5000): Promise<number> {
  const slots = repo.collection<RateSlot>('rate_slots')
  let deleted = 0
  while (deleted < max) {
    const rows = await slots.find(
      { expiresAt: { $lte: now.toISOString() } },
      { orderBy: [['expiresAt', 'asc']], limit: Math.min(100, max - deleted) }
    )
    if (rows.length === 0) break
    for (const row of rows) if (await slots.remove(row._id)) deleted += 1
  }
  return deleted
}
