// Deleting the personal data of one suggestion, shared by the scheduled purge (the retention
// table) and the author's own deletion (suggestions.withdraw / deleteMyData): the same revision
// claim every staff change takes, the same deletion of stored files (photos, drawing, recording, and images
// moderation removed whose files are still listed in the originals), the same row shape after.
import { mayTakeOverClaim, type ClaimShape } from '../../src/domain/staff/claims'
import type { DueItem, RetainedSuggestion } from '../../src/domain/suggestions/retention'
import { storedFiles } from '../../src/domain/suggestions/retention'
import type { SuggestionOriginal } from '../../src/domain/staff/api'
import type { FileStorage, RemoveResult } from '../adapters/file-storage'
import type { Repository } from '../adapters/repository'

/** The fields of an audit entry the claim needs (the whole entry is cloudfunctions/staff/access.ts). */
export interface ClaimEntry extends ClaimShape {
  _id: string
  suggestionId?: string
}

interface OriginalDoc extends SuggestionOriginal {
  _id: string
  updatedAt: string
}

/**
 * Claims the suggestion's next revision by inserting `entry` (_id `<suggestion>@<rev>`), as
 * every staff change does (cloudfunctions/staff/access.ts). False when a live change holds it; a
 * claim a crashed call left behind is taken over (src/domain/staff/claims.ts).
 */
export async function claimRevision<E extends ClaimEntry>(
  repo: Repository,
  entry: E & { suggestionId: string; rev: number }
): Promise<boolean> {
  const log = repo.collection<E>('audit_log')
  if ((await log.insert(entry)) === 'inserted') return true
  const [held, fresh] = [
    await log.get(entry._id),
    await repo.collection<RetainedSuggestion>('suggestions').get(entry.suggestionId)
  ]
  if (!mayTakeOverClaim(held, fresh ? (fresh.rev ?? 0) : null, entry)) return false
  await log.put(entry)
  return true
}

export interface Deletion {
  /** The row as it is now (re-read after the claim). */
  fresh: RetainedSuggestion
  removed: RemoveResult
  /** The due kinds that could be done: originals stay due while a file they list failed. */
  effective: DueItem[]
}

/**
 * Deletes the stored files of the due kinds (images: the row's photos and drawing; voice: the
 * recording; originals:
 * images moderation removed) and, when the originals are due, their record. Files storage would
 * not delete stay referenced (removed.failed) for the next purge; an originals record whose
 * files failed is kept with those file ids only, never with the redacted words.
 * The caller holds the row's revision and writes the row (withoutDue / withoutAuthorData).
 */
export async function deleteStoredData(
  repo: Repository,
  files: FileStorage,
  s: RetainedSuggestion,
  due: readonly DueItem[],
  at: string
): Promise<Deletion> {
  const originals = repo.collection<OriginalDoc>('suggestion_originals')
  const fresh = (await repo.collection<RetainedSuggestion>('suggestions').get(s._id)) ?? s
  const kinds = due.map((d) => d.kind)
  const original = kinds.includes('originals') ? await originals.get(s._id) : null
  const toDelete = [...storedFiles(fresh, kinds), ...(original?.removedFiles ?? [])]
  const removed = toDelete.length ? await files.remove(toDelete) : { deleted: [], failed: [], foreign: [] }
  const failedOriginals = removed.failed.filter((f) => original?.removedFiles.includes(f))
  if (original && failedOriginals.length)
    await originals.put({ _id: s._id, removedFiles: failedOriginals, updatedAt: at })
  else if (original) await originals.remove(s._id)
  const effective = failedOriginals.length ? due.filter((d) => d.kind !== 'originals') : [...due]
  return { fresh, removed, effective }
}
