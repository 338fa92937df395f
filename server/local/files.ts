// The local backend's stand-in for cloud storage: images and recordings go to <data>/files and come back as
// local://files/<name>, the same shape as a cloud:// file id. Each upload is recorded with its
// uploader, so a suggestion can only carry the caller's own images (server/adapters/file-storage.ts).
// What arrives must be what it says it is (its first bytes, not only its content type), and an
// image is stored without its metadata (EXIF, GPS, XMP, text chunks: src/domain/image-metadata.ts),
// whatever the phone did; within the same hourly number of uploads as WeChat's uploadSlot.
import { randomUUID } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import type http from 'node:http'
import { join } from 'node:path'
import { fail, ok } from '../../src/domain/errors'
import { stripImageMetadata } from '../../src/domain/image-metadata'
import {
  AUDIO_CONTENT_TYPES,
  AUDIO_LIMITS,
  audioFormatOf,
  audioFormatOfBytes
} from '../../src/domain/suggestions/audio'
import { UPLOAD_EXTS, UPLOAD_LIMIT_MESSAGE, recordUpload, uploadLimitReached } from '../adapters/file-storage'
import type { Repository } from '../adapters/repository'

const TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const NAME = new RegExp(`^[0-9a-f-]{36}\\.(${UPLOAD_EXTS.join('|')})$`)
const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

export async function storeUpload(
  repo: Repository,
  dir: string,
  upload: { contentType: string | undefined; body: Buffer; owner: string; at: Date }
) {
  const { contentType, body } = upload
  const audio = audioFormatOf(contentType ?? '')
  const ext = audio ?? TYPES[(contentType ?? '').split(';')[0].trim()]
  if (!ext) return fail('VALIDATION', '只能上传 PNG、JPG 或 WebP 图片', 'file')
  if (await uploadLimitReached(repo, upload.owner, upload.at)) return fail('RATE_LIMITED', UPLOAD_LIMIT_MESSAGE)
  if (audio) {
    // A recording: the same limit submit's recorder settings are measured against (bench).
    if (body.length === 0) return fail('VALIDATION', '录音是空的', 'file')
    if (body.length > AUDIO_LIMITS.maxBytes) return fail('VALIDATION', '录音太大了，请说短一点再试', 'file')
    if (audioFormatOfBytes(body) !== audio) return fail('VALIDATION', '录音文件不完整，请重新录一次', 'file')
    return ok({ fileId: await store(repo, dir, audio, body, upload) })
  }
  if (body.length === 0) return fail('VALIDATION', '图片是空的', 'file')
  if (body.length > MAX_IMAGE_BYTES) return fail('VALIDATION', '图片太大了（最大 5 MB）', 'file')
  const clean = stripImageMetadata(body)
  if (!clean.ok || clean.format !== ext) return fail('VALIDATION', '图片文件无法读取，请重新选择', 'file')
  return ok({ fileId: await store(repo, dir, ext, Buffer.from(clean.bytes), upload) })
}

async function store(repo: Repository, dir: string, ext: string, body: Buffer, upload: { owner: string; at: Date }) {
  mkdirSync(dir, { recursive: true })
  const name = `${randomUUID()}.${ext}`
  writeFileSync(join(dir, name), body)
  await recordUpload(repo, { _id: name, path: `files/${name}`, owner: upload.owner, at: upload.at.toISOString() })
  return `local://files/${name}`
}

export function serveUpload(dir: string, name: string, res: http.ServerResponse): boolean {
  if (!NAME.test(name) || !existsSync(join(dir, name))) return false
  const ext = name.split('.').pop()!
  const audio = audioFormatOf(ext)
  res.writeHead(200, {
    'content-type': audio ? AUDIO_CONTENT_TYPES[audio] : IMAGE_TYPES[ext],
    // The type is the one checked at upload: the browser must not guess another (HTML, script).
    'x-content-type-options': 'nosniff',
    // A private picture or recording behind an expiring link: kept no longer than the link lives.
    'cache-control': 'private, max-age=900'
  })
  createReadStream(join(dir, name)).pipe(res)
  return true
}
