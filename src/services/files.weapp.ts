// WeChat files: exports, the outbox's images and large caches live in the user data folder
// (wx.env.USER_DATA_PATH, 200 MB). Temporary paths (chooseMedia, canvasToTempFilePath) may be
// deleted when the mini-program restarts, and storage allows only 1 MB per key.
import Taro from '@tarojs/taro'
import type { PreparedExport } from './files-types'

export type { PreparedExport } from './files-types'

const fs = () => Taro.getFileSystemManager()
const userPath = (name: string) => `${Taro.env.USER_DATA_PATH}/${name}`

/** Shown on the button that hands a prepared export to the user. */
export const SHARE_EXPORT_LABEL = '发送到聊天'

/** Writes an exported report to the user data folder (the share comes later, from a tap). */
export function prepareExport(file: { filename: string; mimeType: string; content: string }): PreparedExport {
  const path = userPath(file.filename)
  fs().writeFileSync(path, file.content, 'utf8')
  return { path, filename: file.filename }
}

/**
 * Sends a prepared export to a chat (to open on a computer: openDocument cannot open CSV or
 * JSON). WeChat allows it only from a tap: call it synchronously in the tap handler.
 */
export function shareExport(file: PreparedExport): Promise<string> {
  try {
    return Taro.shareFileMessage({ filePath: file.path, fileName: file.filename }).then(
      () => '已发送到聊天',
      () => '文件已保存在小程序内'
    )
  } catch {
    return Promise.resolve('文件已保存在小程序内')
  }
}

/** Copies a temporary file into the user data folder; its new path survives restarts. */
export function keepFile(tempPath: string, name: string): Promise<string> {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(tempPath)?.[0] ?? ''
  const destPath = userPath(`${name}${ext}`)
  if (tempPath === destPath) return Promise.resolve(destPath)
  return new Promise((resolve, reject) =>
    fs().copyFile({
      srcPath: tempPath,
      destPath,
      success: () => resolve(destPath),
      fail: (e) => reject(new Error(e.errMsg))
    })
  )
}

export function fileExists(path: string): boolean {
  try {
    fs().accessSync(path)
    return true
  } catch {
    return false
  }
}

/** Deletes a file this app kept; temporary files and missing ones are left alone. */
export function removeKeptFile(path: string): void {
  if (!path.startsWith(`${Taro.env.USER_DATA_PATH}/`)) return
  try {
    fs().unlinkSync(path)
  } catch {
    // Already gone: nothing to free.
  }
}

/** A cache too large for one storage key, kept as a file. */
export function readLargeCache(name: string): string | null {
  try {
    return fs().readFileSync(userPath(`cache-${name}.json`), 'utf8') as string
  } catch {
    return null
  }
}

/** False when the file could not be written (the user folder is full): the caller keeps going. */
export function writeLargeCache(name: string, text: string): boolean {
  try {
    fs().writeFileSync(userPath(`cache-${name}.json`), text, 'utf8')
    return true
  } catch {
    return false
  }
}
