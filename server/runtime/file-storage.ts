// Stored images behind one interface: WeChat cloud storage in production (cloud.deleteFile), the
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
import type { Repository } from './repository'

export const IMAGE_EXTS = ['png', 'jpg', 'webp'] as const
export type ImageExt = (typeof IMAGE_EXTS)[number]

export interface RemoveResult {
  /** Deleted now, or already gone. */
  deleted: string[]
  /** Not deleted (storage error): the caller keeps the reference and tries again later. */
  failed: string[]
  /** Not a file of this environment: never touched, nothing of ours to delete. */
  foreign: string[]
}

export interface FileStorage {
  remove(fileIds: readonly string[]): Promise<RemoveResult>
  /** True when the id names a file of this environment that `openid` uploaded. */
  uploadedBy(fileId: string, openid: string): Promise<boolean>
  /** Reserves the storage path of one upload for `openid`; the client uploads exactly there. */
  reserve(openid: string, ext: ImageExt, at: Date): Promise<{ cloudPath: string }>
}

/** One upload: _id is the random token in its path. */
export interface UploadRecord {
  _id: string
  path: string
  owner: string
  at: string
}

const uploads = (repo: Repository) => repo.collection<UploadRecord>('uploads')

export async function recordUpload(repo: Repository, record: UploadRecord): Promise<void> {
  await uploads(repo).put(record)
}

async function isOwner(repo: Repository, token: string, path: string, openid: string): Promise<boolean> {
  const r = await uploads(repo).get(token)
  return Boolean(r && r.owner === openid && r.path === path)
}

const empty = (): RemoveResult => ({ deleted: [], failed: [], foreign: [] })

// ---- local: local://files/<uuid>.<ext> in a folder ----

const LOCAL_ID = /^local:\/\/files\/([0-9a-f-]{36})\.(png|jpg|webp)$/

export function localFileStorage(repo: Repository, dir: string): FileStorage {
  return {
    async remove(fileIds) {
      const out = empty()
      for (const id of fileIds) {
        const m = LOCAL_ID.exec(id)
        if (!m) {
          out.foreign.push(id)
          continue
        }
        try {
          const file = join(dir, `${m[1]}.${m[2]}`)
          if (existsSync(file)) unlinkSync(file)
          out.deleted.push(id)
        } catch (e) {
          console.error('[files] delete', id, e)
          out.failed.push(id)
        }
      }
      return out
    },
    async uploadedBy(fileId, openid) {
      const m = LOCAL_ID.exec(fileId)
      return Boolean(m) && isOwner(repo, m![1], `files/${m![1]}.${m![2]}`, openid)
    },
    async reserve(openid, ext, at) {
      const token = randomUUID()
      const path = `files/${token}.${ext}`
      await recordUpload(repo, { _id: token, path, owner: openid, at: at.toISOString() })
      return { cloudPath: path }
    }
  }
}

// ---- WeChat: cloud://<env>.<bucket>/suggestions/<day>/<token>.<ext> ----

interface WxCloud {
  deleteFile(options: {
    fileList: string[]
  }): Promise<{ fileList?: Array<{ fileID: string; status: number; errMsg?: string }> }>
}

const CLOUD_ID = /^cloud:\/\/([^./]+)\.[^/]+\/(suggestions\/\d{4}-\d{2}-\d{2}\/([0-9a-f]{32})\.(png|jpg|webp))$/
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
    }
  }
}
