// Short-lived links to stored images and recordings. Cloud storage is private (仅创建者可读写): a file id alone
// shows nothing, so every screen asks a function, which checks that the caller may see the row,
// for links that stop working after URL_TTL_SECONDS. WeChat: cloud.getTempFileURL with maxAge.
// Local: the backend's own /cloud/_files/<name>, signed with the backend's secret and an expiry
// (the same promise as a temp URL: only a function that checked the caller hands one out).
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { ImageFiles } from '../../src/domain/suggestions/egress/author'
import type { ImageUrls } from '../../src/domain/suggestions/images'
import { LOCAL_FILE_ID } from './file-storage'

/** Long enough to look at a case, short enough that a forwarded link soon stops working. */
export const URL_TTL_SECONDS = 15 * 60

export interface FileUrls {
  /**
   * fileId → temporary URL, valid for `ttlSeconds` (URL_TTL_SECONDS unless a caller needs the
   * link to live longer); ids that are not this environment's files or failed are left out.
   */
  tempUrls(fileIds: readonly string[], ttlSeconds?: number): Promise<Record<string, string>>
}

const signature = (secret: string, name: string, exp: number) =>
  createHmac('sha256', secret).update(`${name}\n${exp}`).digest('base64url')

/** Links to the local backend's files that expire like WeChat's temp URLs. */
export function localFileUrls(secret: string, now: () => Date = () => new Date()): FileUrls {
  return {
    async tempUrls(fileIds, ttlSeconds = URL_TTL_SECONDS) {
      const exp = Math.floor(now().getTime() / 1000) + ttlSeconds
      const out: Record<string, string> = {}
      for (const id of fileIds) {
        const m = LOCAL_FILE_ID.exec(id)
        if (m) out[id] = `/cloud/_files/${m[1]}?exp=${exp}&sig=${signature(secret, m[1], exp)}`
      }
      return out
    }
  }
}

/** Whether a local file link was handed out by localFileUrls with this secret and has not expired. */
export function isValidLocalLink(secret: string, name: string, query: URLSearchParams, now: Date): boolean {
  const exp = Number(query.get('exp'))
  const sig = Buffer.from(query.get('sig') ?? '')
  if (!Number.isInteger(exp) || exp * 1000 < now.getTime()) return false
  const expected = Buffer.from(signature(secret, name, exp))
  return sig.length === expected.length && timingSafeEqual(sig, expected)
}

interface WxCloudUrls {
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge: number }>
  }): Promise<{ fileList?: Array<{ fileID: string; tempFileURL?: string; status: number }> }>
}

// getTempFileURL takes at most 50 ids per call.
const URL_BATCH = 50

export function wechatFileUrls(cloud: WxCloudUrls, envId: () => string): FileUrls {
  return {
    async tempUrls(fileIds, ttlSeconds = URL_TTL_SECONDS) {
      const env = envId()
      const ours = fileIds.filter((id) => id.startsWith('cloud://') && (!env || id.startsWith(`cloud://${env}.`)))
      const out: Record<string, string> = {}
      for (let i = 0; i < ours.length; i += URL_BATCH) {
        try {
          const r = await cloud.getTempFileURL({
            fileList: ours.slice(i, i + URL_BATCH).map((fileID) => ({ fileID, maxAge: ttlSeconds }))
          })
          for (const f of r.fileList ?? []) if (f.status === 0 && f.tempFileURL) out[f.fileID] = f.tempFileURL
        } catch (e) {
          // A failed batch shows as missing images, never as an error page.
          console.error('[files] cloud.getTempFileURL', e)
        }
      }
      return out
    }
  }
}

/**
 * The row's current images (and recording, and a child's drawings with 还没有) as links, in the
 * row's order; a file without a link is left out.
 */
export async function imageUrlsOf(urls: FileUrls, s: ImageFiles, now: Date): Promise<ImageUrls> {
  const answered = s.followUpDrawings
  const ids = [
    ...(s.drawingFileId ? [s.drawingFileId] : []),
    ...(s.photoFileIds ?? []),
    ...(s.audioFileId ? [s.audioFileId] : []),
    ...answered
  ]
  const byId = ids.length ? await urls.tempUrls(ids) : {}
  const drawing = s.drawingFileId ? byId[s.drawingFileId] : undefined
  const audio = s.audioFileId ? byId[s.audioFileId] : undefined
  const followUps = Object.fromEntries(answered.filter((f) => byId[f]).map((f) => [f, byId[f]]))
  return {
    ...(drawing ? { drawing } : {}),
    ...(audio ? { audio } : {}),
    ...(Object.keys(followUps).length ? { followUpDrawings: followUps } : {}),
    photos: (s.photoFileIds ?? []).map((f) => byId[f]).filter((u): u is string => Boolean(u)),
    expiresAt: new Date(now.getTime() + URL_TTL_SECONDS * 1000).toISOString()
  }
}
