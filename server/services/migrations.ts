// Data migrations, run by both backends on the same repository interface: the local backend at
// start (server/local/main.ts), the cloud from the `purge` function (its timer, or a console test
// run right after deploying the functions). Each migration runs once per database: a marker in
// app_events records it, and each record it changes keeps the old value beside the new one, so
// a run cut short continues where it stopped and never maps a record twice.
import type { StaffRecord } from '../../src/domain/roles'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { holds, isLinkedToAuthor, type RetainedSuggestion } from '../../src/domain/suggestions/retention'
import { initialPublication } from '../../src/domain/suggestions/rules'
import { lastDecision } from '../../src/domain/suggestions/status'
import {
  CHANGED_LEGACY_CODES,
  remapRecordCommunity,
  remapScopeCommunities
} from '../../src/domain/migrations/streets-legacy'
import type { UploadRecord } from '../adapters/file-storage'
import type { Doc, Repository } from '../adapters/repository'
import { referenceCache } from './uploads'

export const COMMUNITY_CODES_MIGRATION = 'migration-community-codes-v1'
export const PUBLICATION_MIGRATION = 'migration-publication-v1'
export const UPLOADS_MIGRATION = 'migration-uploads-claimed-v1'
export const AUTHOR_LINK_MIGRATION = 'migration-author-link-v1'
export const RETENTION_WORDS_MIGRATION = 'migration-retention-words-v1'
export const DEADLINES_MIGRATION = 'migration-deadlines-start-v1'
export const REFUSED_CLOSED_MIGRATION = 'migration-refused-not-closed-v1'

interface MigrationEvent {
  _id: string
  kind: 'migrated'
  at: string
  report: MigrationReport
}

export interface CommunityCodesReport {
  /** Records whose community moved to its new code, per collection. */
  mapped: Record<'suggestions' | 'places', number>
  /** Records whose community is no longer in the list (cleared; the street stays). */
  cleared: Array<{ collection: 'suggestions' | 'places'; id: string; code: string; name: string }>
  /** Staff whose communities were mapped; `dropped` lists codes an admin must reassign. */
  staff: Array<{ id: string; dropped: string[] }>
}

/** Rows given a publication state: on the board as before, or waiting for a person's approval. */
export interface PublicationReport {
  auto: number
  pending: number
}

/** Uploads a row refers to, marked claimed; claimed ones no row refers to, handed to the purge. */
export interface UploadsReport {
  claimed: number
  released: number
}

/** Rows the purge had finished with that still name their author's account: looked at again. */
export interface AuthorLinkReport {
  reopened: number
}

/** Rows the purge had finished with that hold words which look personal: it looks at them again. */
export interface RetentionWordsReport {
  reopened: number
}

/** Suggestions still owing 受理 or 答复 when deadlines came into force. */
export interface DeadlinesStartReport {
  openRows: number
}

/** Suggestions closed as 已办结 after a refusal, back to 不予采纳. */
export interface RefusedClosedReport {
  refused: number
}

export type MigrationReport =
  | RefusedClosedReport
  | CommunityCodesReport
  | PublicationReport
  | UploadsReport
  | AuthorLinkReport
  | RetentionWordsReport
  | DeadlinesStartReport

type WithCommunity = Doc & { street?: string; community?: string; legacyCommunity?: unknown }
type StaffDoc = StaffRecord & { legacyCommunities?: string[] }

const BATCH = 100

async function remapCollection(
  repo: Repository,
  name: 'suggestions' | 'places',
  report: CommunityCodesReport
): Promise<void> {
  const col = repo.collection<WithCommunity>(name)
  // Records leave this filter as they are migrated, so every batch starts at the top.
  const filter = { community: { $in: [...CHANGED_LEGACY_CODES] }, legacyCommunity: null }
  for (let round = 0; round < 10_000; round++) {
    const rows = await col.find(filter, { orderBy: [['_id', 'asc']], limit: BATCH })
    if (rows.length === 0) return
    for (const row of rows) {
      const remap = remapRecordCommunity(row)
      if (!remap) continue
      const { community, street, legacyCommunity } = remap
      if (community) {
        await col.update(row._id, { community, ...(street ? { street } : {}), legacyCommunity })
        report.mapped[name] += 1
      } else {
        // The repository cannot unset a field, so the record is written without it.
        const fresh = await col.get(row._id)
        if (!fresh) continue
        const { community: _old, ...rest } = fresh
        void _old
        await col.put({ ...rest, legacyCommunity })
        report.cleared.push({ collection: name, id: row._id, ...legacyCommunity })
      }
    }
  }
}

async function remapStaff(repo: Repository, report: CommunityCodesReport): Promise<void> {
  const col = repo.collection<StaffDoc>('staff')
  // The allowlist is small, and a filter cannot look inside the communities array.
  for (let skip = 0; ; skip += BATCH) {
    const rows = await col.find({}, { orderBy: [['_id', 'asc']], skip, limit: BATCH })
    for (const row of rows) {
      if (row.legacyCommunities) continue
      const remap = remapScopeCommunities(row.scope.communities ?? [])
      if (!remap) continue
      await col.update(row._id, {
        scope: { ...row.scope, communities: remap.communities },
        legacyCommunities: row.scope.communities
      })
      report.staff.push({ id: row._id, dropped: remap.dropped })
    }
    if (rows.length < BATCH) return
  }
}

/**
 * Maps community codes of the earlier partial list to the national codes by name
 * (src/domain/migrations/streets-legacy.ts) in suggestions, places and staff scopes. Null when it already ran.
 */
export async function migrateCommunityCodes(repo: Repository, now: Date): Promise<CommunityCodesReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(COMMUNITY_CODES_MIGRATION)) return null
  const report: CommunityCodesReport = { mapped: { suggestions: 0, places: 0 }, cleared: [], staff: [] }
  await remapCollection(repo, 'suggestions', report)
  await remapCollection(repo, 'places', report)
  await remapStaff(repo, report)
  await events.insert({ _id: COMMUNITY_CODES_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

/**
 * Rows written before publication approval existed have no `publication`, and the public board
 * shows none of them. Each gets the state a new row would start in: adults' rows stay public
 * ('auto'); children's, for-a-child and assisted rows wait for a staff member's 公开 ('pending'),
 * even if they were on the board before — nothing a child wrote is public unreviewed.
 */
export async function migratePublication(repo: Repository, now: Date): Promise<PublicationReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(PUBLICATION_MIGRATION)) return null
  const report: PublicationReport = { auto: 0, pending: 0 }
  const col = repo.collection<Suggestion & Doc>('suggestions')
  // Rows leave the filter as they are given a state, so every batch starts at the top.
  for (let round = 0; round < 100_000; round++) {
    const rows = await col.find({ publication: null }, { orderBy: [['_id', 'asc']], limit: BATCH })
    if (rows.length === 0) break
    for (const row of rows) {
      const publication = initialPublication(row)
      await col.update(row._id, { publication })
      report[publication === 'auto' ? 'auto' : 'pending'] += 1
    }
  }
  await events.insert({ _id: PUBLICATION_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

interface MigrationProgress {
  _id: string
  kind: 'migrating'
  at: string
  /** The last record handled, so a run cut short (the function's timeout) continues after it. */
  after: string
  report: UploadsReport
}

/**
 * Uploads stored before submissions marked them claimed have no claimedAt, and the orphan purge
 * would delete files their rows still show. Every upload a row refers to is marked claimed (with
 * the id the row uses); a claimed upload no row refers to (the photo of a submission refused
 * after claiming, or a file whose row's data was deleted while its record stayed with the
 * uploader's openid) is marked unclaimed, so the purge deletes what is left of it.
 */
export async function migrateUploads(repo: Repository, now: Date): Promise<UploadsReport | null> {
  const events = repo.collection<MigrationEvent | MigrationProgress>('app_events')
  if (await events.get(UPLOADS_MIGRATION)) return null
  const progressId = `${UPLOADS_MIGRATION}:progress`
  const progress = (await events.get(progressId)) as MigrationProgress | null
  const report: UploadsReport = progress?.report ?? { claimed: 0, released: 0 }
  let after = progress?.after ?? ''
  const at = now.toISOString()
  const uploads = repo.collection<UploadRecord>('uploads')
  const referenced = referenceCache(repo)
  let saved = Boolean(progress)
  for (;;) {
    const rows = await uploads.find(after ? { _id: { $gt: after } } : {}, { orderBy: [['_id', 'asc']], limit: BATCH })
    for (const r of rows) {
      const used = (await referenced(r.owner)).get(r.path)
      if (used && !(r.claimedAt && r.fileId === used)) {
        await uploads.update(r._id, { claimedAt: r.claimedAt ?? at, fileId: used })
        report.claimed += 1
      } else if (!used && r.claimedAt) {
        await uploads.update(r._id, { claimedAt: null })
        report.released += 1
      }
    }
    if (rows.length === 0) break
    after = rows[rows.length - 1]._id
    if (rows.length < BATCH) break
    await events.put({ _id: progressId, kind: 'migrating', at, after, report })
    saved = true
  }
  await events.insert({ _id: UPLOADS_MIGRATION, kind: 'migrated', at, report })
  if (saved) await events.remove(progressId)
  return report
}

/**
 * The retention table now deletes the link between a row and its author's account (authorId).
 * Rows the purge marked done before that still hold it: their mark is cleared, so the purge looks
 * at them again and deletes the link when its period says.
 */
export async function migrateAuthorLink(repo: Repository, now: Date): Promise<AuthorLinkReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(AUTHOR_LINK_MIGRATION)) return null
  const report: AuthorLinkReport = { reopened: 0 }
  const col = repo.collection<Suggestion & Doc & { retentionDoneAt?: string | null }>('suggestions')
  let after = ''
  for (;;) {
    const rows = await col.find(
      { retentionDoneAt: { $gte: '' }, ...(after ? { _id: { $gt: after } } : {}) },
      { orderBy: [['_id', 'asc']], limit: BATCH }
    )
    for (const row of rows)
      if (isLinkedToAuthor(row)) {
        await col.update(row._id, { retentionDoneAt: null })
        report.reopened += 1
      }
    if (rows.length < BATCH) break
    after = rows[rows.length - 1]._id
  }
  await events.insert({ _id: AUTHOR_LINK_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

/**
 * The retention table gained a kind ('words': what looks personal in the title, text, transcript,
 * replies and notes). Rows the purge had already marked done (retentionDoneAt) are never read
 * again, so those that hold such words are unmarked: the next purge redacts them when their rule
 * says, and marks them done again.
 */
export async function migrateRetentionWords(repo: Repository, now: Date): Promise<RetentionWordsReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(RETENTION_WORDS_MIGRATION)) return null
  const report: RetentionWordsReport = { reopened: 0 }
  const col = repo.collection<RetainedSuggestion>('suggestions')
  // _id order with a cursor: rows without such words stay in the filter and are passed over.
  let after = ''
  for (let round = 0; round < 100_000; round++) {
    const rows = await col.find(
      { retentionDoneAt: { $ne: null }, ...(after ? { _id: { $gt: after } } : {}) },
      { orderBy: [['_id', 'asc']], limit: BATCH }
    )
    if (rows.length === 0) break
    for (const row of rows) {
      after = row._id
      if (!holds(row, 'words')) continue
      await col.update(row._id, { retentionDoneAt: null })
      report.reopened += 1
    }
  }
  await events.insert({ _id: RETENTION_WORDS_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

/**
 * 处理期限 came with this release: rows stored before it have no step that began under a limit.
 * Nothing in a row changes; the marker's time is when deadlines came into force
 * (server/services/deadline-limits.ts reads it), and a step begun before counts from it: the
 * first 督办 pass after an upgrade does not take the whole backlog to the street at once.
 */
export async function migrateDeadlinesStart(repo: Repository, now: Date): Promise<DeadlinesStartReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(DEADLINES_MIGRATION)) return null
  const open = await repo
    .collection<RetainedSuggestion>('suggestions')
    .count({ status: { $in: ['submitted', 'accepted', 'in_progress'] } })
  const report: DeadlinesStartReport = { openRows: open }
  await events.insert({ _id: DEADLINES_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

/**
 * 不予采纳 is an ending of its own now: a refusal is no longer closed as 已办结 (staff/workflow.ts).
 * Rows closed after a refusal go back to 不予采纳, so the board, its figures and the counts beside
 * the targets stop showing them as done. Nothing else changes: the history keeps the closing
 * note (the author's timeline reads that step as an end). The retention clock of a refusal runs
 * from the refusal, not from its later closing (retention.ts stateEnteredAt): such a row's
 * personal data goes that much sooner, never later.
 */
export async function migrateRefusedClosed(repo: Repository, now: Date): Promise<RefusedClosedReport | null> {
  const events = repo.collection<MigrationEvent>('app_events')
  if (await events.get(REFUSED_CLOSED_MIGRATION)) return null
  const report: RefusedClosedReport = { refused: 0 }
  const col = repo.collection<RetainedSuggestion>('suggestions')
  // _id order with a cursor: closed rows that stay closed are passed over.
  let after = ''
  for (;;) {
    const rows = await col.find(
      { status: 'closed', ...(after ? { _id: { $gt: after } } : {}) },
      { orderBy: [['_id', 'asc']], limit: BATCH }
    )
    for (const row of rows)
      if (
        lastDecision(row.history) === 'rejected' &&
        (await col.updateIf(row._id, { status: 'closed' }, { status: 'rejected' }))
      )
        report.refused += 1
    if (rows.length < BATCH) break
    after = rows[rows.length - 1]._id
  }
  await events.insert({ _id: REFUSED_CLOSED_MIGRATION, kind: 'migrated', at: now.toISOString(), report })
  return report
}

const MIGRATIONS: Array<[id: string, run: (repo: Repository, now: Date) => Promise<MigrationReport | null>]> = [
  [COMMUNITY_CODES_MIGRATION, migrateCommunityCodes],
  [PUBLICATION_MIGRATION, migratePublication],
  [UPLOADS_MIGRATION, migrateUploads],
  [AUTHOR_LINK_MIGRATION, migrateAuthorLink],
  [RETENTION_WORDS_MIGRATION, migrateRetentionWords],
  [DEADLINES_MIGRATION, migrateDeadlinesStart],
  [REFUSED_CLOSED_MIGRATION, migrateRefusedClosed]
]

/** Every pending migration, in order; returns what each did (empty when none was pending). */
export async function runMigrations(repo: Repository, now: Date): Promise<Record<string, MigrationReport>> {
  const done: Record<string, MigrationReport> = {}
  for (const [id, run] of MIGRATIONS) {
    const report = await run(repo, now)
    if (report) done[id] = report
  }
  return done
}
