// WeChat: images go to cloud storage; <Image> shows cloud:// ids directly.
import Taro from '@tarojs/taro'
import { newClientId } from '../domain/ids'

export function uploadImage(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const ext = /\.(png|jpe?g|webp)$/i.exec(localPath)?.[1]?.toLowerCase() ?? 'jpg'
  const day = new Date().toISOString().slice(0, 10)
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: `suggestions/${day}/${newClientId('img', Date.now())}.${ext}`,
      filePath: localPath,
      success: (r) => resolve(r.fileID),
      fail: (e) => reject(Object.assign(new Error(e.errMsg), { code: 'NETWORK' }))
    }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void } | undefined
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress))
  })
}

export function fileUrl(fileId: string): string {
  return fileId
}
