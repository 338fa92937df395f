// The cloud as a phone reaches it.
// - wx.cloud.callFunction: data over about 100 KB is refused ("data exceed max size"). The
//   document advises keeping big fields out of `data` above 100 KB "避免触及调用链路的传输大小限制":
//   https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/functions/Cloud.callFunction.md
//   and CloudBase states the limit: "text type request body 100KB":
//   https://docs.cloudbase.net/en/error-code/EXCEED_MAX_PAYLOAD_SIZE
// - wx.cloud.uploadFile sends a local file that exists; a missing one fails.
import type { Device } from './device'

type AnyFn = (...args: unknown[]) => unknown
type Options = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; [k: string]: unknown }

export const CALL_DATA_LIMIT = 100 * 1024

function upload(device: Device, o: Options) {
  const content = device.files.get(o.filePath as string)
  // Asynchronous like the real upload; the app reads only success/fail.
  setTimeout(() => {
    if (content === undefined) return o.fail?.({ errMsg: `cloud.uploadFile:fail file not found ${o.filePath}` })
    const fileID = `cloud://env/${o.cloudPath}`
    device.uploads.set(fileID, content)
    const image = device.images.get(o.filePath as string)
    if (image) device.uploadedImages.set(fileID, image)
    o.success?.({ fileID, errMsg: 'cloud.uploadFile:ok' })
  }, 0)
  return { onProgressUpdate: () => undefined }
}

export function installCloud(wx: Record<string, unknown>, device: Device): void {
  wx.cloud = { init: () => undefined, uploadFile: (o: Options) => upload(device, o) }
}

/** After the test's own mocks: its callFunction is reached only with data WeChat would carry. */
export function enforceCloud(wx: Record<string, unknown>, device: Device): void {
  const cloud = (wx.cloud ??= {}) as Record<string, unknown>
  cloud.uploadFile ??= (o: Options) => upload(device, o)
  const call = cloud.callFunction as AnyFn | undefined
  if (!call) return
  cloud.callFunction = (o: Options) => {
    const size = Buffer.byteLength(JSON.stringify(o.data ?? {}), 'utf8')
    if (size > CALL_DATA_LIMIT) {
      device.violations.push(`callFunction: ${o.name} data is ${size} bytes`)
      const error = new Error('cloud.callFunction:fail Error: data exceed max size')
      o.fail?.({ errMsg: error.message })
      return Promise.reject(error)
    }
    return call(o)
  }
}
