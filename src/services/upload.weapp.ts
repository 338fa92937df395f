// WeChat: images and recordings go to cloud storage, which is private: <Image> and the player use
// the temporary links the functions hand out (imageUrls), never a cloud:// id. The upload path
// comes from the suggestions function (uploadSlot), which records it as this user's: submit
// accepts only files uploaded to such a path by the same user.
import Taro from '@tarojs/taro'
import { callCloud } from './cloud'

async function uploadToSlot(localPath: string, ext: string, onProgress?: (percent: number) => void): Promise<string> {
  const slot = await callCloud('suggestions', { action: 'uploadSlot', ext })
  if (!slot.ok) throw Object.assign(new Error(slot.error.message), { code: slot.error.code })
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: slot.data.cloudPath,
      filePath: localPath,
      success: (r) => resolve(r.fileID),
      fail: (e) => reject(Object.assign(new Error(e.errMsg), { code: 'NETWORK' }))
    }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void } | undefined
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress))
  })
}

/**
 * A photo (redrawn without metadata when it was picked: services/media) or a drawing (a canvas
 * export, which has none).
 */
export async function uploadImage(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const ext = /\.(png|jpe?g|webp)$/i.exec(localPath)?.[1]?.toLowerCase() ?? 'jpg'
  return uploadToSlot(localPath, ext, onProgress)
}

/** A recording from RecorderManager (mp3), uploaded as it is. */
export function uploadAudio(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  return uploadToSlot(localPath, 'mp3', onProgress)
}

/** Links from imageUrls are https temporary URLs already (cloud storage itself is private). */
export function imageSrc(url: string): string {
  return url
}
