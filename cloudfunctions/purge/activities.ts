// Sign-ups (the guardian's name and phone, the child's age) and the seats they held, deleted
// SIGNUP_RETENTION_DAYS after their activity ended (src/domain/activities/retention.ts). The
// activity itself stays. One audit entry per activity, written before its rows go, so a run that
// dies half way is finished by the next without a second entry.
import type { Seat, SignUp } from '../../src/domain/activities/model'
import { signUpCutoff, signUpDue } from '../../src/domain/activities/retention'
import type { AuditEntry } from '../../server/services/audit'
import type { Repository } from '../../server/adapters/repository'

const PAGE = 100

/** Deletes due sign-ups and their seats, at most `max` sign-ups a run; returns how many. */
export async function purgeActivitySignUps(repo: Repository, now: Date, max = 2000): Promise<number> {
  const rows = repo.collection<SignUp>('activity_signups')
  const seats = repo.collection<Seat>('activity_seats')
  const log = repo.collection<AuditEntry>('audit_log')
  const at = now.toISOString()
  let purged = 0
  while (purged < max) {
    const due = (
      await rows.find({ activityEndAt: { $lte: signUpCutoff(now) } }, { orderBy: [['_id', 'asc']], limit: PAGE })
    ).filter((r) => signUpDue(r, now))
    if (due.length === 0) break
    for (const activityId of new Set(due.map((r) => r.activityId))) {
      await log.insert({
        _id: `purge_signups:${activityId}`,
        kind: 'purge_signups',
        at,
        actor: null,
        actorName: '系统',
        actorRole: 'system',
        detail: { activityId }
      })
      for (const seat of await seats.find({ activityId }, { limit: 1000 })) await seats.remove(seat._id)
    }
    for (const r of due) if (await rows.remove(r._id)) purged += 1
  }
  return purged
}
