// The upload slot a caller asks for (within UPLOADS_PER_HOUR), and upload records (kept by the
// file storage adapter, file-storage.ts) against the rows that use their files. A file is the
// district's to keep exactly as long as a row refers to it: the retention table and the author's
// deletion take it with the row's data (and its upload record with it), and an upload no row
// refers to is deleted ORPHAN_UPLOAD_DAYS after it arrived. `claimedAt` marks an upload a row
// took, so the daily purge need not look; but the purge never trusts the mark alone: before it
// deletes an unclaimed upload, it looks at the uploader's rows, and claims it instead when one
// refers to it (uploads from before the mark existed, or a claim a crash left unwritten).
import { DAY_MS } from '../../src/domain/clock'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { ORPHAN_UPLOAD_DAYS, storedFiles } from '../../src/domain/suggestions/retention'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import {
  UPLOAD_EXTS,
  UPLOAD_LIMIT_MESSAGE,
  uploadLimitReached,
  type FileStorage,
  type UploadRecord
} from '../adapters/file-storage'
import type { Context } from '../function'
import type { Repository } from '../adapters/repository'

const PAGE = 200

/** The `uploadSlot` action: a path for one upload (an image or a recording) by this caller, within UPLOADS_PER_HOUR. */
export async function reserveUpload(
  ctx: Context,
  openid: string,
  rawExt: unknown
): Promise<CloudResult<{ cloudPath: string }>> {
  const ext = UPLOAD_EXTS.find((e) => e === (rawExt === 'jpeg' ? 'jpg' : rawExt))
  if (!ext) return fail('VALIDATION', '只能上传 PNG、JPG 或 WebP 图片，或 MP3、WebM、Ogg、M4A 录音', 'ext')
  const now = ctx.now()
  if (await uploadLimitReached(ctx.repo, openid, now)) return fail('RATE_LIMITED', UPLOAD_LIMIT_MESSAGE)
  return ok(await ctx.services.files.reserve(openid, ext, now))
}

/** The storage path inside a file id (local://files/x → files/x, cloud://env.bucket/p → p). */
export function storagePathOf(fileId: string): string | null {
  const local = /^local:\/\/(files\/[^/]+)$/.exec(fileId)
  if (local) return local[1]
  return /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)?.[1] ?? null
}

/**
 * Storage path → file id of every file the rows of `owner` refer to: the rows they wrote, and the
 * rows they typed in for someone else (a worker's photo of a paper form). A file is accepted in a
 * row only from its own uploader (file-storage.ts: uploadedBy), so no other row can refer to it.
 */
export async function filesReferencedBy(repo: Repository, owner: string): Promise<Map<string, string>> {
  const rows = repo.collection<Suggestion>('suggestions')
  const out = new Map<string, string>()
  for (const field of ['authorId', 'enteredById'] as const) {
    let after = ''
    for (;;) {
      const page = await rows.find(
        { [field]: owner, ...(after ? { _id: { $gt: after } } : {}) },
        { orderBy: [['_id', 'asc']], limit: PAGE }
      )
      for (const s of page)
        for (const id of storedFiles(s)) {
          const path = storagePathOf(id)
          if (path) out.set(path, id)
        }
      if (page.length < PAGE) break
      after = page[page.length - 1]._id
    }
  }
  return out
}

/** One lookup per uploader and run. */
export function referenceCache(repo: Repository) {
  const cache = new Map<string, Promise<Map<string, string>>>()
  return (owner: string) => {
    let refs = cache.get(owner)
    if (!refs) cache.set(owner, (refs = filesReferencedBy(repo, owner)))
    return refs
  }
}

export interface OrphanRun {
  deleted: number
  failed: number
  /** Unclaimed uploads a row turned out to refer to: claimed now, never deleted. */
  claimed: number
}

/**
 * The purge's step for uploads no submission claimed within ORPHAN_UPLOAD_DAYS: unless a row of
 * the uploader refers to the file (then it is claimed), the file is deleted, then its record.
 * Files storage would not delete keep their record for the next run.
 */
export async function removeOrphanUploads(
  repo: Repository,
  files: FileStorage,
  now: Date,
  limit = 500
): Promise<OrphanRun> {
  const uploads = repo.collection<UploadRecord>('uploads')
  const cutoff = new Date(now.getTime() - ORPHAN_UPLOAD_DAYS * DAY_MS).toISOString()
  const orphans = await uploads.find({ claimedAt: null, at: { $lte: cutoff } }, { orderBy: [['at', 'asc']], limit })
  const run: OrphanRun = { deleted: 0, failed: 0, claimed: 0 }
  if (orphans.length === 0) return run
  const referenced = referenceCache(repo)
  // WeChat file ids carry a bucket the function learns only from a known id: any claimed upload's
  // (a range, not $ne: null, so that a missing field never matches on either backend).
  const [claimed] = await uploads.find({ claimedAt: { $gte: '' } }, { limit: 1 })
  let known = claimed?.fileId
  const byId = new Map<string, UploadRecord>()
  for (const r of orphans) {
    const refs = await referenced(r.owner)
    const used = refs.get(r.path)
    if (used) {
      await uploads.update(r._id, { claimedAt: now.toISOString(), fileId: used })
      run.claimed += 1
      continue
    }
    known ??= refs.values().next().value
    const id = r.fileId ?? files.fileIdOf(r, known)
    if (id) byId.set(id, r)
  }
  // remove() forgets the upload records of the files it deleted.
  const removed = await files.remove([...byId.keys()])
  return { ...run, deleted: removed.deleted.length, failed: removed.failed.length }
}

/** Deletes every upload of `owner` no row has taken yet (我的数据's delete): files and records. */
export async function deleteUploads(
  repo: Repository,
  files: FileStorage,
  owner: string
): Promise<{ deleted: number; failed: number }> {
  const uploads = repo.collection<UploadRecord>('uploads')
  const mine = await uploads.find({ owner, claimedAt: null }, { limit: 1000 })
  const [claimed] = await uploads.find({ claimedAt: { $gte: '' } }, { limit: 1 })
  const ids = mine.flatMap((r) => r.fileId ?? files.fileIdOf(r, claimed?.fileId) ?? [])
  const removed = await files.remove(ids)
  // A WeChat upload whose file id cannot be told yet (no claimed upload to learn the bucket from):
  // it no longer names its uploader, and the orphan purge deletes it once it can.
  for (const r of mine)
    if (!(r.fileId ?? files.fileIdOf(r, claimed?.fileId))) await uploads.update(r._id, { owner: '' })
  return { deleted: mine.length - removed.failed.length, failed: removed.failed.length }
}
