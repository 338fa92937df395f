import Taro from '@tarojs/taro'
import type { CanvasHost } from './canvas-query'
import { withoutMetadata } from './photo-clean'
import { uploadImage } from './upload'

/**
 * Lets the user pick or take up to `count` photos, each redrawn on the page's photo canvas
 * (components/PhotoCanvas, passed as `host`) without its metadata before anything keeps it: what
 * the draft and the outbox hold has no GPS position in it. Rejects with a message a person can
 * read when a photo cannot be redrawn; an empty list when the user cancelled.
 */
export async function choosePhotos(count: number, host: CanvasHost): Promise<string[]> {
  if (count <= 0) return []
  let picked: string[]
  try {
    const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    picked = r.tempFilePaths.slice(0, count)
  } catch {
    return [] // cancelled
  }
  const clean: string[] = []
  for (const path of picked) clean.push(await withoutMetadata(path, host))
  return clean
}

/**
 * Staff pictures that go public (a place's photos, an activity's cover): picked, redrawn without
 * metadata (choosePhotos) and uploaded at once; each with its local path to show until saved.
 */
export async function pickAndUploadPhotos(
  count: number,
  host: CanvasHost
): Promise<Array<{ fileId: string; path: string }>> {
  const out: Array<{ fileId: string; path: string }> = []
  for (const path of await choosePhotos(count, host)) out.push({ fileId: await uploadImage(path), path })
  return out
}
