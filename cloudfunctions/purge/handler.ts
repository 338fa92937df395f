// purge: deletes the contact and guardian consent of children's suggestions
// CHILD_CONTACT_RETENTION_DAYS after they were closed (the promise made in the consent text),
// with any moderation originals of them. Runs on a timer (config.json); each run handles what is
// due, in batches, and leaves the rest for the next run if it runs out of time.
import { newClientId } from '../../src/domain/ids'
import { isDueForPurge, purgeCutoff, withoutPersonalData } from '../../src/domain/staff/retention'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { AuditEntry } from '../staff/access'
import type { Filter, Repository } from '../../server/runtime/repository'

export interface PurgeResult {
  cutoff: string
  purged: number
  /** Due rows skipped because a staff member was changing them at that moment (next run). */
  busy: number
  /** False when the run stopped at maxRows; the next run continues. */
  done: boolean
}

export interface PurgeOptions {
  days?: number
  batch?: number
  /** Keeps one run inside the function's timeout. */
  maxRows?: number
}

export async function purgeChildContacts(
  repo: Repository,
  now: Date,
  options: PurgeOptions = {}
): Promise<PurgeResult> {
  const { days, batch = 100, maxRows = 2000 } = options
  const cutoff = purgeCutoff(now, days)
  const at = now.toISOString()
  const suggestions = repo.collection<Suggestion>('suggestions')
  const log = repo.collection<AuditEntry>('audit_log')
  // Closed through the staff workflow (closedAt set), or before closedAt existed (updatedAt).
  const filters: Filter[] = [
    { mode: 'child', status: 'closed', closedAt: { $lte: cutoff }, personalDataPurgedAt: null },
    { mode: 'child', status: 'closed', closedAt: null, updatedAt: { $lte: cutoff }, personalDataPurgedAt: null }
  ]
  let purged = 0
  let busy = 0
  let seen = 0
  for (const filter of filters) {
    let skip = 0
    for (;;) {
      if (seen >= maxRows) return { cutoff, purged, busy, done: false }
      // Purged rows leave the filter, so the next batch starts at the rows skipped as busy.
      const rows = await suggestions.find(filter, {
        orderBy: [['_id', 'asc']],
        skip,
        limit: Math.min(batch, maxRows - seen)
      })
      if (rows.length === 0) break
      for (const s of rows) {
        seen += 1
        if (!isDueForPurge(s, now, days)) {
          skip += 1
          continue
        }
        // Claims the next revision like every staff change (cloudfunctions/staff/access.ts).
        const rev = (s.rev ?? 0) + 1
        const entry: AuditEntry = {
          _id: `${s._id}@${rev}`,
          kind: 'purge',
          at,
          actor: null,
          actorName: '系统',
          actorRole: 'system',
          suggestionId: s._id,
          rev,
          detail: { contact: Boolean(s.contact), consent: Boolean(s.consent) }
        }
        if ((await log.insert(entry)) === 'exists') {
          busy += 1
          skip += 1
          continue
        }
        const fresh = (await suggestions.get(s._id)) ?? s
        await suggestions.put({ ...withoutPersonalData(fresh, at), rev, updatedAt: fresh.updatedAt })
        await repo.collection('suggestion_originals').remove(s._id)
        purged += 1
      }
    }
  }
  if (purged > 0) {
    await log.insert({
      _id: newClientId('purge', now.getTime()),
      kind: 'purge',
      at,
      actor: null,
      actorName: '系统',
      actorRole: 'system',
      detail: { purged, cutoff }
    })
  }
  return { cutoff, purged, busy, done: true }
}
