// Stored files (images and children's recordings) behind one interface: WeChat cloud storage in production (cloud.deleteFile), the
// local backend's files folder (server/local/files.ts) elsewhere. Also who uploaded what: a file
// id is accepted in a suggestion only if this caller uploaded it in this environment.
//
// How ownership is known. Local: POST /cloud/_files records the uploader's (dev) openid. WeChat:
// the client uploads straight to cloud storage, where a function cannot see who did; so the
// client first asks `suggestions.uploadSlot` for a path. The path holds a random token recorded
// with the caller's openid, and the file id's environment must be the function's own.
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { HOUR_MS } from '../../src/domain/clock'
import { stripImageMetadata } from '../../src/domain/image-metadata'
import { AUDIO_FORMATS } from '../../src/domain/suggestions/audio'
import type { Repository } from './repository'

export const IMAGE_EXTS = ['png', 'jpg', 'webp'] as const
/** Every kind of file a suggestion may carry: images, and the formats recordings come in. */
export const UPLOAD_EXTS = [...IMAGE_EXTS, ...AUDIO_FORMATS] as const
export type UploadExt = (typeof UPLOAD_EXTS)[number]
const EXT_PATTERN = UPLOAD_EXTS.join('|')

/** A local file id (local://files/<name>), the name captured; the one pattern for every server module. */
export const LOCAL_FILE_ID = new RegExp(`^local://files/([\\w-]{1,64}\\.(?:${EXT_PATTERN}))$`)

export interface RemoveResult {
  /** Deleted now, or already gone. */
  deleted: string[]
  /** Not deleted (storage error): the caller keeps the reference and tries again later. */
  failed: string[]
  /** Not a file of this environment: never touched, nothing of ours to delete. */
  foreign: string[]
}

export interface FileStorage {
  /** Deletes the files, and the upload records of those deleted (who uploaded them goes with them). */
  remove(fileIds: readonly string[]): Promise<RemoveResult>
  /** True when the id names a file of this environment that `openid` uploaded. */
  uploadedBy(fileId: string, openid: string): Promise<boolean>
  /** Reserves the storage path of one upload for `openid`; the client uploads exactly there. */
  reserve(openid: string, ext: UploadExt, at: Date): Promise<{ cloudPath: string }>
  /** Records that these uploads arrived in a submission (the purge leaves claimed files alone). */
  claim(fileIds: readonly string[], at: Date): Promise<void>
  /**
   * Makes the images a row is about to carry safe to keep: their bytes must be the image their
   * name says, and lose their metadata (src/domain/image-metadata.ts) without being re-encoded.
   * Local files were checked and stripped as they arrived (server/local/files.ts); WeChat's come
   * straight from the phone to storage, so they are downloaded, checked and written back here.
   */
  clean(imageIds: readonly string[]): Promise<CleanResult>
  /**
   * The file id of an upload record, for deleting a file never claimed. WeChat ids carry a bucket
   * the function only learns from a claimed id (`known`); null when it cannot be told.
   */
  fileIdOf(record: UploadRecord, known?: string): string | null
}

export interface CleanResult {
  /** Not the image their name says (other bytes, or unreadable): the row must not carry them. */
  refused: string[]
  /** Could not be read or written back now (a storage error): the caller asks to try again. */
  failed: string[]
}

/** One upload: _id is the random token (local: the file name) in its path. */
export interface UploadRecord {
  _id: string
  path: string
  owner: string
  at: string
  /** When a submission carried it, and as which file id; absent (or null) while no row does. */
  claimedAt?: string | null
  fileId?: string
}

const uploads = (repo: Repository) => repo.collection<UploadRecord>('uploads')

export async function recordUpload(repo: Repository, record: UploadRecord): Promise<void> {
  await uploads(repo).put(record)
}

async function isOwner(repo: Repository, token: string, path: string, openid: string): Promise<boolean> {
  const r = await uploads(repo).get(token)
  return Boolean(r && r.owner === openid && r.path === path)
}

async function claimUploads(repo: Repository, tokens: Array<[token: string, fileId: string]>, at: Date) {
  for (const [token, fileId] of tokens) await uploads(repo).update(token, { claimedAt: at.toISOString(), fileId })
}

async function forgetUploads(repo: Repository, tokens: readonly string[]) {
  for (const token of tokens) await uploads(repo).remove(token)
}

const empty = (): RemoveResult => ({ deleted: [], failed: [], foreign: [] })

/** More than a day's honest use (three photos, a drawing and a recording a suggestion), per hour. */
export const UPLOADS_PER_HOUR = 40
export const UPLOAD_LIMIT_MESSAGE = '上传的图片和录音太多了，请过一小时再试'

/** Whether `openid` has used up UPLOADS_PER_HOUR (WeChat's uploadSlot and the local upload route). */
export async function uploadLimitReached(repo: Repository, openid: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - HOUR_MS).toISOString()
  return (await uploads(repo).count({ owner: openid, at: { $gte: since } })) >= UPLOADS_PER_HOUR
}

export interface FileFields {
  photoFileIds: readonly string[]
  drawingFileId?: string
  audioFileId?: string
}

/**
 * The field error for the first file of a suggestion that this caller did not upload in this
 * environment (a file id is not a claim on it); null when every file is the caller's own.
 */
export async function notOwnUploadError(
  files: FileStorage,
  input: FileFields,
  openid: string
): Promise<{ field: string; message: string } | null> {
  if (input.drawingFileId && !(await files.uploadedBy(input.drawingFileId, openid)))
    return { field: 'drawingFileId', message: '画作不是你在这里上传的，请重新保存画作后再提交' }
  if (input.audioFileId && !(await files.uploadedBy(input.audioFileId, openid)))
    return { field: 'audioFileId', message: '录音不是你在这里上传的，请重新录一次' }
  for (const id of input.photoFileIds)
    if (!(await files.uploadedBy(id, openid)))
      return { field: 'photoFileIds', message: '有照片不是你在这里上传的，请删除后重新添加' }
  return null
}

/**
 * The photos and drawing of a submission, cleaned before its row is written: the field error of
 * one that is not an image, 'retry' when storage failed (the client's outbox sends it again).
 */
export async function cleanImages(
  files: FileStorage,
  input: { photoFileIds: readonly string[]; drawingFileId?: string }
): Promise<{ field: string; message: string } | 'retry' | null> {
  const ids = [...(input.drawingFileId ? [input.drawingFileId] : []), ...input.photoFileIds]
  if (ids.length === 0) return null
  const r = await files.clean(ids)
  if (input.drawingFileId && r.refused.includes(input.drawingFileId))
    return { field: 'drawingFileId', message: '画作文件无法读取，请重新保存画作后再提交' }
  if (r.refused.length) return { field: 'photoFileIds', message: '有照片无法读取，请删除后重新添加' }
  return r.failed.length ? 'retry' : null
}

/** What a submission answers when its images could not be cleaned now (the outbox retries INTERNAL). */
export const CLEAN_RETRY_MESSAGE = '图片还没有处理完，请稍后再试'

/**
 * Staff pictures that go public (a place's photos, an activity's cover): each new one must be the
 * caller's own upload here, and is checked and stripped like a suggestion's photo. What to refuse
 * with (VALIDATION by `field`, or INTERNAL when storage failed and a retry may pass), or null.
 */
export async function staffImagesProblem(
  files: FileStorage,
  ids: readonly string[],
  openid: string,
  field: string
): Promise<{ code: 'VALIDATION' | 'INTERNAL'; message: string; field?: string } | null> {
  // The same two checks as a suggestion's photos, in words for one picture or several.
  const images = { photoFileIds: ids }
  if (await notOwnUploadError(files, images, openid))
    return { code: 'VALIDATION', message: '图片没有上传成功，请重新选择', field }
  const cleaned = await cleanImages(files, images)
  if (cleaned === 'retry') return { code: 'INTERNAL', message: '图片暂时处理不了，请稍后再试' }
  return cleaned ? { code: 'VALIDATION', message: '有文件不是能打开的图片，请换一张', field } : null
}

/**
 * After the row is written (never before: a refused submission must leave its uploads unclaimed,
 * for the purge), its files are claimed. A crash in between leaves them unclaimed; the purge
 * finds the row that refers to them (uploads.ts) and claims them then.
 */
export async function claimFiles(files: FileStorage, input: FileFields, at: Date): Promise<void> {
  const ids = [input.drawingFileId, input.audioFileId, ...input.photoFileIds].filter((id): id is string => !!id)
  if (ids.length) await files.claim(ids, at)
}

// ---- local: local://files/<name> in a folder (names are <uuid>.<ext>, see server/local/files.ts) ----

export function localFileStorage(repo: Repository, dir: string): FileStorage {
  return {
    async remove(fileIds) {
      const out = empty()
      for (const id of fileIds) {
        const m = LOCAL_FILE_ID.exec(id)
        if (!m) {
          out.foreign.push(id)
          continue
        }
        try {
          const file = join(dir, m[1])
          if (existsSync(file)) unlinkSync(file)
          out.deleted.push(id)
        } catch (e) {
          console.error('[files] delete', id, e)
          out.failed.push(id)
        }
      }
      await forgetUploads(
        repo,
        out.deleted.map((id) => LOCAL_FILE_ID.exec(id)![1])
      )
      return out
    },
    async uploadedBy(fileId, openid) {
      const m = LOCAL_FILE_ID.exec(fileId)
      return Boolean(m) && isOwner(repo, m![1], `files/${m![1]}`, openid)
    },
    async reserve(openid, ext, at) {
      const name = `${randomUUID()}.${ext}`
      const path = `files/${name}`
      await recordUpload(repo, { _id: name, path, owner: openid, at: at.toISOString() })
      return { cloudPath: path }
    },
    async claim(fileIds, at) {
      const tokens = fileIds.flatMap((id) => {
        const m = LOCAL_FILE_ID.exec(id)
        return m ? [[m[1], id] as [string, string]] : []
      })
      await claimUploads(repo, tokens, at)
    },
    // Checked and stripped by the upload route as they arrived (server/local/files.ts).
    async clean() {
      return { refused: [], failed: [] }
    },
    fileIdOf(record) {
      return `local://${record.path}`
    }
  }
}

// ---- WeChat: cloud://<env>.<bucket>/suggestions/<day>/<token>.<ext> ----

interface WxCloud {
  deleteFile(options: {
    fileList: string[]
  }): Promise<{ fileList?: Array<{ fileID: string; status: number; errMsg?: string }> }>
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>
  /** The same path is overwritten, so the file id stays. */
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
}

const CLOUD_ID = new RegExp(
  `^cloud://([^./]+)\\.[^/]+/(suggestions/\\d{4}-\\d{2}-\\d{2}/([0-9a-f]{32})\\.(?:${EXT_PATTERN}))$`
)
// cloud.deleteFile takes at most 50 ids per call.
const DELETE_BATCH = 50
const GONE = /not ?exist|not found|不存在|NoSuchKey/i

/** `envId`: the function's own environment (getWXContext().ENV); '' when unknown. */
export function wechatFileStorage(cloud: WxCloud, repo: Repository, envId: () => string): FileStorage {
  const envOf = (id: string) => /^cloud:\/\/([^./]+)\./.exec(id)?.[1]
  return {
    async remove(fileIds) {
      const out = empty()
      const env = envId()
      const ours = fileIds.filter((id) => {
        const mine = id.startsWith('cloud://') && (!env || envOf(id) === env)
        if (!mine) out.foreign.push(id)
        return mine
      })
      for (let i = 0; i < ours.length; i += DELETE_BATCH) {
        const batch = ours.slice(i, i + DELETE_BATCH)
        try {
          const r = await cloud.deleteFile({ fileList: batch })
          const byId = new Map((r.fileList ?? []).map((f) => [f.fileID, f]))
          for (const id of batch) {
            const f = byId.get(id)
            if (f && (f.status === 0 || GONE.test(f.errMsg ?? ''))) out.deleted.push(id)
            else out.failed.push(id)
          }
        } catch (e) {
          console.error('[files] cloud.deleteFile', e)
          out.failed.push(...batch)
        }
      }
      await forgetUploads(
        repo,
        out.deleted.flatMap((id) => CLOUD_ID.exec(id)?.[3] ?? [])
      )
      return out
    },
    async uploadedBy(fileId, openid) {
      const m = CLOUD_ID.exec(fileId)
      const env = envId()
      return Boolean(m && env && m[1] === env) && isOwner(repo, m![3], m![2], openid)
    },
    async reserve(openid, ext, at) {
      const token = randomBytes(16).toString('hex')
      const path = `suggestions/${at.toISOString().slice(0, 10)}/${token}.${ext}`
      await recordUpload(repo, { _id: token, path, owner: openid, at: at.toISOString() })
      return { cloudPath: path }
    },
    async claim(fileIds, at) {
      const tokens = fileIds.flatMap((id) => {
        const m = CLOUD_ID.exec(id)
        return m ? [[m[3], id] as [string, string]] : []
      })
      await claimUploads(repo, tokens, at)
    },
    async clean(imageIds) {
      const out: CleanResult = { refused: [], failed: [] }
      for (const id of imageIds) {
        const m = CLOUD_ID.exec(id)
        if (!m) {
          out.refused.push(id)
          continue
        }
        let bytes: Buffer
        try {
          bytes = (await cloud.downloadFile({ fileID: id })).fileContent
        } catch (e) {
          console.error('[files] cloud.downloadFile', e)
          out.failed.push(id)
          continue
        }
        const clean = stripImageMetadata(bytes)
        const ext = /\.(\w+)$/.exec(m[2])![1]
        if (!clean.ok || clean.format !== ext) {
          out.refused.push(id)
          continue
        }
        if (clean.removed.length === 0) continue
        try {
          await cloud.uploadFile({ cloudPath: m[2], fileContent: Buffer.from(clean.bytes) })
        } catch (e) {
          console.error('[files] cloud.uploadFile', e)
          out.failed.push(id)
        }
      }
      return out
    },
    fileIdOf(record, known) {
      // cloud://<env>.<bucket>/<path>: every upload of the environment shares the prefix.
      const prefix = known ? /^cloud:\/\/[^/]+\//.exec(known)?.[0] : undefined
      return prefix ? `${prefix}${record.path}` : null
    }
  }
}
