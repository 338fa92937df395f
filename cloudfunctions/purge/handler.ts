// purge: enforces the retention table (src/domain/suggestions/retention.ts) on every suggestion:
// contact and consent, precise location, photos, drawings and children's recordings (the stored
// files deleted, not only their ids), the moderation originals, and what looks personal in the
// words (replaced by 【已隐去】), each when its rule says. Runs on a timer (config.json);
// each run handles what is due, in batches, and leaves the rest for the next run if it runs out
// of rows. Every row it changes gets an audit entry naming the kinds and rules, never the data.
import { newClientId } from '../../src/domain/ids'
import { ANSWERED_STATUSES } from '../../src/domain/suggestions/status'
import {
  RETENTION_RULES,
  UNTOUCHED_DAYS,
  cutoffFor,
  dueForPurge,
  imageFiles,
  retentionComplete,
  withoutDue,
  type DueItem,
  type RetainedSuggestion
} from '../../src/domain/suggestions/retention'
import type { AuditEntry } from '../staff/access'
import type { FileStorage } from '../../server/adapters/file-storage'
import { claimRevision, deleteStoredData } from '../../server/services/personal-data'
import type { Filter, Repository } from '../../server/adapters/repository'

export interface PurgeResult {
  /** Rows whose due data was deleted in this run. */
  purged: number
  /** Due rows skipped because a staff member was changing them at that moment (next run). */
  busy: number
  filesDeleted: number
  /** Files storage would not delete now; their rows keep the reference and are tried next run. */
  filesFailed: number
  /** False when the run stopped at maxRows; the next run continues. */
  done: boolean
}

export interface PurgeOptions {
  batch?: number
  /** Keeps one run inside the function's timeout. */
  maxRows?: number
}

const SYSTEM = { actor: null, actorName: '系统', actorRole: 'system' } as const

/** Where due rows can be: finished long enough ago for the shortest rule, or left untouched. */
function candidateFilters(now: Date): Filter[] {
  const shortest = Math.min(...RETENTION_RULES.filter((r) => r.states !== 'any').map((r) => r.days))
  // A state is entered after the row was created, so createdAt bounds the state's start.
  return [
    { status: { $in: [...ANSWERED_STATUSES] }, createdAt: { $lte: cutoffFor(now, shortest) }, retentionDoneAt: null },
    { updatedAt: { $lte: cutoffFor(now, UNTOUCHED_DAYS) }, retentionDoneAt: null }
  ]
}

export async function purgeExpired(
  repo: Repository,
  files: FileStorage,
  now: Date,
  options: PurgeOptions = {}
): Promise<PurgeResult> {
  const { batch = 100, maxRows = 2000 } = options
  const at = now.toISOString()
  const suggestions = repo.collection<RetainedSuggestion>('suggestions')
  const log = repo.collection<AuditEntry>('audit_log')
  const result: PurgeResult = { purged: 0, busy: 0, filesDeleted: 0, filesFailed: 0, done: true }
  let seen = 0
  // A row can match both filters: it is handled once per run.
  const handled = new Set<string>()

  /** Deletes what is due on one row under a revision claim; false when the row was busy. */
  async function purgeRow(s: RetainedSuggestion, due: DueItem[]): Promise<boolean> {
    const rev = (s.rev ?? 0) + 1
    const kinds = due.map((d) => d.kind)
    const entry = {
      _id: `${s._id}@${rev}`,
      kind: 'purge',
      at,
      ...SYSTEM,
      suggestionId: s._id,
      rev,
      // Kinds, rules and counts only: never the deleted data or the file ids.
      detail: {
        kinds: kinds.join(','),
        rules: [...new Set(due.map((d) => d.rule))].join(','),
        contact: kinds.includes('contact'),
        location: kinds.includes('location'),
        images: kinds.includes('images') ? imageFiles(s).length : 0,
        voice: kinds.includes('voice'),
        originals: kinds.includes('originals'),
        words: kinds.includes('words'),
        author: kinds.includes('author')
      }
    } satisfies AuditEntry
    // Claims the next revision like every staff change, and deletes files and originals the way
    // the author's own deletion does (server/services/personal-data.ts).
    if (!(await claimRevision(repo, entry))) return false
    const { fresh, removed, effective } = await deleteStoredData(repo, files, s, due, at)
    result.filesDeleted += removed.deleted.length
    result.filesFailed += removed.failed.length
    if (removed.failed.length)
      await log.put({ ...entry, detail: { ...entry.detail, filesFailed: removed.failed.length } })
    // The purge is not a change anyone made: updatedAt stays, so "untouched" keeps counting.
    const next = withoutDue(fresh, effective, at, removed.failed)
    await suggestions.put({ ...next, rev, updatedAt: fresh.updatedAt })
    return true
  }

  for (const filter of candidateFilters(now)) {
    // _id order with a cursor: rows leaving the filter as they are purged never shift the pages.
    let after = ''
    for (;;) {
      if (seen >= maxRows) return { ...result, done: false }
      const rows = await suggestions.find(
        { ...filter, ...(after ? { _id: { $gt: after } } : {}) },
        { orderBy: [['_id', 'asc']], limit: Math.min(batch, maxRows - seen) }
      )
      if (rows.length === 0) break
      for (const s of rows) {
        seen += 1
        after = s._id
        if (handled.has(s._id)) continue
        handled.add(s._id)
        const due = dueForPurge(s, now)
        if (due.length === 0) {
          // Nothing personal left (an earlier run, or never any): no need to look again.
          if (retentionComplete(s)) await suggestions.update(s._id, { retentionDoneAt: at })
          continue
        }
        if (await purgeRow(s, due)) result.purged += 1
        else result.busy += 1
      }
    }
  }
  if (result.purged > 0) {
    await log.insert({
      _id: newClientId('purge', now.getTime()),
      kind: 'purge',
      at,
      ...SYSTEM,
      detail: { purged: result.purged, busy: result.busy, filesDeleted: result.filesDeleted }
    })
  }
  return result
}
