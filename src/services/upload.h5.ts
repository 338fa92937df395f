// Browser: images go to the local backend's file store, with upload progress. The identity
// header goes along: the backend records who uploaded, and submit accepts only one's own files.
import { env } from '../env'
import { getDevIdentity } from './dev-identity'
import { withoutMetadata } from './photo-clean'

export async function uploadImage(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  // Redrawn first: no EXIF (GPS position, device) leaves the phone.
  const clean = await withoutMetadata(localPath)
  const blob = await (await fetch(clean)).blob()
  URL.revokeObjectURL(clean)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${env.cloudUrl}/_files`)
    xhr.setRequestHeader('content-type', blob.type || 'image/png')
    const identity = getDevIdentity()
    if (identity) xhr.setRequestHeader('x-dev-identity', identity)
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100))
    xhr.onload = () => {
      try {
        const r = JSON.parse(xhr.responseText)
        if (r.ok) resolve(r.data.fileId)
        else reject(Object.assign(new Error(r.error?.message ?? '上传失败'), { code: r.error?.code }))
      } catch {
        reject(new Error('上传失败'))
      }
    }
    xhr.onerror = () => reject(Object.assign(new Error('网络连接失败'), { code: 'NETWORK' }))
    xhr.send(blob)
  })
}

/** What an <Image> shows for a link from imageUrls: the local backend answers with its own path. */
export function imageSrc(url: string): string {
  return url.startsWith('/cloud/') ? `${env.cloudUrl}${url.slice('/cloud'.length)}` : url
}
