// Storage and files as on a phone.
// - setStorageSync throws above 1 MB for one key and 10 MB in all ("单个 key 允许存储的最大数据长度为
//   1MB，所有数据存储上限为 10MB"):
//   https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html
// - Temporary files (chooseImage/chooseMedia, canvasToTempFilePath, RecorderManager) may vanish
//   when the mini-program restarts; files in wx.env.USER_DATA_PATH stay, and the user folder holds
//   at most 200 MB ("本地用户文件…上限为 200MB"):
//   https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html
// - Only the user folder can be written.
import { USER_DATA_PATH, userFolderBytes, type Device } from './device'

export const KEY_LIMIT = 1024 * 1024
export const TOTAL_LIMIT = 10 * 1024 * 1024
export const USER_FOLDER_LIMIT = 200 * 1024 * 1024

type Options = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; [k: string]: unknown }

const bytes = (key: string, value: unknown) => Buffer.byteLength(key + JSON.stringify(value ?? ''), 'utf8')

/** Success or fail callback from what `run` returns or throws. */
export const callback = (o: Options, run: () => unknown) => {
  try {
    o.success?.(run() ?? { errMsg: 'ok' })
  } catch (e) {
    o.fail?.({ errMsg: (e as Error).message })
  }
}

export const missing = (api: string, path: string) => new Error(`${api}:fail no such file or directory, ${api} ${path}`)

export function installStorage(wx: Record<string, unknown>, device: Device): void {
  const { storage, files } = device
  // Timers of a killed app may still fire in this one process: their writes go nowhere.
  const boot = device.boot
  const dead = () => device.boot !== boot
  wx.env = { USER_DATA_PATH }
  wx.getStorageSync = (key: string) => (storage.has(key) ? storage.get(key) : '')
  wx.setStorageSync = (key: string, value: unknown) => {
    const size = bytes(key, value)
    if (size > KEY_LIMIT) throw new Error(`setStorageSync:fail exceed storage item max length (${key}: ${size} bytes)`)
    let total = size
    for (const [k, v] of storage) if (k !== key) total += bytes(k, v)
    if (total > TOTAL_LIMIT) throw new Error('setStorageSync:fail exceed storage max size 10MB')
    if (!dead()) storage.set(key, value)
  }
  wx.removeStorageSync = (key: string) => void (dead() || storage.delete(key))
  wx.clearStorageSync = () => storage.clear()

  const userOnly = (api: string, path: string) => {
    if (!path.startsWith(`${USER_DATA_PATH}/`)) throw new Error(`${api}:fail permission denied, ${api} ${path}`)
  }
  /** Writes into the user folder, refused past its 200 MB. */
  const write = (api: string, path: string, content: string) => {
    userOnly(api, path)
    const before = files.has(path) ? Buffer.byteLength(files.get(path)!, 'latin1') : 0
    if (userFolderBytes(device) - before + Buffer.byteLength(content, 'latin1') > USER_FOLDER_LIMIT) {
      device.violations.push(`${api}: the user folder is over 200 MB`)
      throw new Error(`${api}:fail the maximum size of the file storage limit is exceeded`)
    }
    if (dead()) return
    files.set(path, content)
  }
  const copy = (api: string, srcPath: string, destPath: string) => {
    if (!files.has(srcPath)) throw missing(api, srcPath)
    write(api, destPath, files.get(srcPath)!)
    const image = device.images.get(srcPath)
    if (image && !dead()) device.images.set(destPath, image)
  }
  const fsm = {
    accessSync(path: string) {
      if (!files.has(path)) throw missing('accessSync', path)
    },
    readFileSync(path: string) {
      if (!files.has(path)) throw missing('readFileSync', path)
      return files.get(path)
    },
    writeFileSync(path: string, data: string) {
      write('writeFileSync', path, String(data))
    },
    unlinkSync(path: string) {
      if (dead()) return
      if (!files.delete(path)) throw missing('unlinkSync', path)
      device.images.delete(path)
    },
    unlink: (o: Options) => callback(o, () => fsm.unlinkSync(o.filePath as string)),
    // Files hold text; base64 reads them as bytes (a test stores a GBK file as a latin1 string).
    readFile: (o: Options) =>
      callback(o, () => {
        const path = o.filePath as string
        if (!files.has(path)) throw missing('readFile', path)
        const content = files.get(path)!
        return { data: o.encoding === 'base64' ? Buffer.from(content, 'latin1').toString('base64') : content }
      }),
    writeFile: (o: Options) => callback(o, () => write('writeFile', o.filePath as string, String(o.data))),
    copyFileSync: (srcPath: string, destPath: string) => copy('copyFileSync', srcPath, destPath),
    copyFile: (o: Options) => callback(o, () => copy('copyFile', o.srcPath as string, o.destPath as string)),
    saveFile: (o: Options) =>
      callback(o, () => {
        const savedFilePath = (o.filePath as string) ?? `${USER_DATA_PATH}/saved-${Date.now()}`
        copy('saveFile', o.tempFilePath as string, savedFilePath)
        files.delete(o.tempFilePath as string)
        return { savedFilePath }
      })
  }
  wx.getFileSystemManager = () => fsm
}
