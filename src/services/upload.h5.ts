// Browser: images and recordings go to the local backend's file store, with upload progress. The
// identity header goes along: the backend records who uploaded, and submit accepts only one's own
// files.
import { env } from '../env'
import { getDevIdentity } from './dev-identity'

function postFile(blob: Blob, contentType: string, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${env.cloudUrl}/_files`)
    xhr.setRequestHeader('content-type', contentType)
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

/** A photo (redrawn without metadata when it was picked: services/media) or a drawing. */
export async function uploadImage(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  return postFile(blob, blob.type || 'image/png', onProgress)
}

/** A recording (an object URL from the recorder), sent as the browser recorded it. */
export async function uploadAudio(localPath: string, onProgress?: (percent: number) => void): Promise<string> {
  const blob = await (await fetch(localPath)).blob()
  return postFile(blob, blob.type || 'audio/webm', onProgress)
}

/** What an <Image> shows for a link from imageUrls: the local backend answers with its own path. */
export function imageSrc(url: string): string {
  return url.startsWith('/cloud/') ? `${env.cloudUrl}${url.slice('/cloud'.length)}` : url
}
