// 儿童议事会 in the purge (the periods: src/domain/suggestions/retention.ts): closed rounds counted
// for the last time, then COUNCIL_BALLOT_RETENTION_DAYS after the count every ballot of the round
// deleted (who picked what goes; the counts stay on the items); the guardian's phone of a
// representative who stopped REPRESENTATIVE_GUARDIAN_RETENTION_DAYS ago deleted. A run cut short
// leaves the round without ballotsDeletedAt and the next run deletes the rest.
import type { CouncilRound } from '../../src/domain/council/model'
import {
  COUNCIL_BALLOT_RETENTION_DAYS,
  REPRESENTATIVE_GUARDIAN_RETENTION_DAYS,
  cutoffFor
} from '../../src/domain/suggestions/retention'
import type { Repository } from '../../server/adapters/repository'
import { ballots, representatives, rounds, tallyRound } from '../../server/services/council'

export interface CouncilPurge {
  roundsSettled: number
  ballotsDeleted: number
  guardiansDeleted: number
}

export async function purgeCouncil(repo: Repository, now: Date, max = 5000): Promise<CouncilPurge> {
  const store = { repo }
  const result: CouncilPurge = { roundsSettled: 0, ballotsDeleted: 0, guardiansDeleted: 0 }
  for (const r of await rounds(store).find({ closedAt: { $ne: null }, talliedAt: null }, { limit: 100 }))
    if ((await tallyRound(store, now, r)).talliedAt) result.roundsSettled += 1
  const due: CouncilRound[] = await rounds(store).find(
    { talliedAt: { $lte: cutoffFor(now, COUNCIL_BALLOT_RETENTION_DAYS) }, ballotsDeletedAt: null },
    { limit: 100 }
  )
  for (const r of due) {
    for (;;) {
      const page = await ballots(store).find({ roundId: r._id }, { limit: 100 })
      for (const b of page) {
        if (result.ballotsDeleted >= max) return result
        if (await ballots(store).remove(b._id)) result.ballotsDeleted += 1
      }
      if (page.length < 100) break
    }
    await rounds(store).update(r._id, { ballotsDeletedAt: now.toISOString() })
  }
  // Only those still holding a phone: the ones done are never read again (a run cut short at the
  // limit leaves the rest to the next).
  const ended = await representatives(store).find(
    { endedAt: { $lte: cutoffFor(now, REPRESENTATIVE_GUARDIAN_RETENTION_DAYS) }, guardian: { $ne: null } },
    { limit: 500 }
  )
  for (const r of ended) {
    await representatives(store).update(r._id, { guardian: null, openid: null, inviteCode: null })
    result.guardiansDeleted += 1
  }
  return result
}
