// WeChat files: exports, the outbox's images and large caches live in the user data folder
// (wx.env.USER_DATA_PATH, 200 MB). Temporary paths (chooseMedia, canvasToTempFilePath) may be
// deleted when the mini-program restarts, and storage allows only 1 MB per key.
import Taro from '@tarojs/taro'
import type { PreparedExport } from './files-types'

export type { PreparedExport } from './files-types'

const fs = () => Taro.getFileSystemManager()
const userPath = (name: string) => `${Taro.env.USER_DATA_PATH}/${name}`

// WeChat for PC has no shareFileMessage; it saves a file to the computer's disk instead
// (wx.saveFileToDisk, PC only). getDeviceInfo's platform names the client.
const PC_PLATFORMS = ['windows', 'mac', 'ohos_pc']
function onPc(): boolean {
  try {
    return PC_PLATFORMS.includes(Taro.getDeviceInfo().platform)
  } catch {
    return false
  }
}

/** Shown on the button that hands a prepared export to the user. */
export function exportActionLabel(): string {
  return onPc() ? '保存到电脑' : '发送到聊天'
}

// Exports have a folder of their own, emptied before each new one: at most one export (a list of
// people's suggestions) is ever on the phone, and none once it has been handed over.
const exportDir = () => userPath('exports')

function removeFile(path: string): void {
  try {
    fs().unlinkSync(path)
  } catch {
    // Already gone.
  }
}

/** Writes an exported report to the user data folder (the share comes later, from a tap). */
export function prepareExport(file: { filename: string; mimeType: string; content: string }): PreparedExport {
  const dir = exportDir()
  try {
    for (const name of fs().readdirSync(dir)) removeFile(`${dir}/${name}`)
  } catch {
    fs().mkdirSync(dir, true)
  }
  const path = `${dir}/${file.filename}`
  fs().writeFileSync(path, file.content, 'utf8')
  return { path, filename: file.filename }
}

/** Removes a prepared export that will not be handed over (the page closed). */
export function discardExport(file: PreparedExport): void {
  removeFile(file.path)
}

function saveToDisk(path: string): Promise<unknown> {
  // saveFileToDisk has no Promise style: its callbacks are the answer.
  return new Promise((resolve, reject) => Taro.saveFileToDisk({ filePath: path, success: resolve, fail: reject }))
}

/**
 * Hands a prepared export over: to a chat on a phone (to open on a computer: openDocument cannot
 * open CSV or JSON), to the disk on WeChat for PC. WeChat allows either only from a tap: call it
 * synchronously in the tap handler. Once handed over the file leaves the phone; a cancelled or
 * failed one stays for another try (until the next export).
 */
export function shareExport(file: PreparedExport): Promise<string> {
  const pc = onPc()
  try {
    const handed = pc ? saveToDisk(file.path) : Taro.shareFileMessage({ filePath: file.path, fileName: file.filename })
    return handed.then(
      () => {
        removeFile(file.path)
        return pc ? '已保存到电脑' : '已发送到聊天'
      },
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
