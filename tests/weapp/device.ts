// A strict `wx` for the weapp layer: the phone's rules that the browser (and the simulator's
// stubs) do not enforce.
// - Tap-only APIs (requestSubscribeMessage, shareFileMessage, openSetting; chooseMessageFile held to
//   the same rule) throw unless called in the synchronous handler of a tap event, as WeChat refuses
//   them after an await.
// - Temporary files (chooseImage/chooseMedia, canvasToTempFilePath, also a photo's redrawn copy) vanish on restart(); files in
//   wx.env.USER_DATA_PATH stay.
// - setStorageSync throws above 1 MB for one key and 10 MB in all.
// - The one RecorderManager records into a temporary file (gone on restart) and refuses to start
//   when the microphone was refused; InnerAudioContext plays only a file that exists.
// A Device outlives an app: boot a new app on the same device to simulate a restart.

export const USER_DATA_PATH = 'wxfile://usr'
const TEMP_PREFIX = 'wxfile://tmp/'
export const KEY_LIMIT = 1024 * 1024
export const TOTAL_LIMIT = 10 * 1024 * 1024
// chooseMessageFile: not stated as tap-only in its docs, but pickers are expected from a tap;
// held to the stricter rule so the import page keeps calling it before any await.
export const TAP_ONLY = ['requestSubscribeMessage', 'shareFileMessage', 'openSetting', 'chooseMessageFile'] as const

type Options = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; [k: string]: unknown }
type AnyFn = (...args: unknown[]) => unknown

export interface Device {
  storage: Map<string, unknown>
  /** Every file on the phone by path: temporary ones and the user folder. */
  files: Map<string, string>
  /** What reached cloud storage: fileID → content of the uploaded file. */
  uploads: Map<string, string>
  /** Tap-only APIs called outside a tap (each also threw). */
  violations: string[]
  /** Counts restarts: an app from before one is dead and can no longer write. */
  boot: number
  /** The mini-program is killed and started again: temporary files are gone. */
  restart(): void
  /** A temporary file, as chooseImage or a canvas export leaves it. */
  tempFile(content: string, ext?: string): string
  /** The microphone: what the recorder was started with, how long the next recording lasts, refused. */
  mic: { starts: Array<Record<string, unknown>>; nextMs: number; denied: boolean; played: string[] }
}

let n = 0

export function newDevice(storage: Record<string, unknown> = {}): Device {
  const device: Device = {
    storage: new Map(Object.entries(storage)),
    files: new Map(),
    uploads: new Map(),
    violations: [],
    boot: 0,
    mic: { starts: [], nextMs: 6_000, denied: false, played: [] },
    restart() {
      device.boot++
      for (const path of [...device.files.keys()]) if (path.startsWith(TEMP_PREFIX)) device.files.delete(path)
    },
    tempFile(content, ext = 'jpg') {
      const path = `${TEMP_PREFIX}${Date.now()}-${++n}.${ext}`
      device.files.set(path, content)
      return path
    }
  }
  return device
}

// Depth of tap handlers running now (a tap inside a tap handler is still a tap).
let tapDepth = 0

/** Wraps a component definition so its event handler marks tap events as user gestures. */
export function markTaps(definition: Record<string, unknown>): Record<string, unknown> {
  const methods = definition.methods as Record<string, AnyFn> | undefined
  const eh = methods?.eh
  if (!methods || typeof eh !== 'function') return definition
  return {
    ...definition,
    methods: {
      ...methods,
      eh(this: unknown, event: { type?: string }) {
        const tap = event?.type === 'tap'
        if (tap) tapDepth++
        try {
          return eh.call(this, event)
        } finally {
          if (tap) tapDepth--
        }
      }
    }
  }
}

const bytes = (key: string, value: unknown) => Buffer.byteLength(key + JSON.stringify(value ?? ''), 'utf8')

/** Storage, files, media and upload as on a phone. Call before the test's own mocks. */
export function installDevice(wx: Record<string, unknown>, device: Device): void {
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

  const missing = (api: string, path: string) => new Error(`${api}:fail no such file or directory, ${api} ${path}`)
  const userOnly = (api: string, path: string) => {
    if (!path.startsWith(`${USER_DATA_PATH}/`)) throw new Error(`${api}:fail permission denied, ${api} ${path}`)
  }
  const copy = (srcPath: string, destPath: string) => {
    if (!files.has(srcPath)) throw missing('copyFile', srcPath)
    userOnly('copyFile', destPath)
    if (!dead()) files.set(destPath, files.get(srcPath)!)
  }
  const callback = (o: Options, run: () => unknown) => {
    try {
      o.success?.(run() ?? { errMsg: 'ok' })
    } catch (e) {
      o.fail?.({ errMsg: (e as Error).message })
    }
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
      userOnly('writeFileSync', path)
      if (!dead()) files.set(path, String(data))
    },
    unlinkSync(path: string) {
      if (dead()) return
      if (!files.delete(path)) throw missing('unlinkSync', path)
    },
    // Files hold text; base64 reads them as bytes (a test stores a GBK file as a latin1 string).
    readFile: (o: Options) =>
      callback(o, () => {
        const path = o.filePath as string
        if (!files.has(path)) throw missing('readFile', path)
        const content = files.get(path)!
        return { data: o.encoding === 'base64' ? Buffer.from(content, 'latin1').toString('base64') : content }
      }),
    copyFileSync: copy,
    copyFile: (o: Options) => callback(o, () => copy(o.srcPath as string, o.destPath as string)),
    saveFile: (o: Options) =>
      callback(o, () => {
        const savedFilePath = (o.filePath as string) ?? `${USER_DATA_PATH}/saved-${Date.now()}`
        copy(o.tempFilePath as string, savedFilePath)
        files.delete(o.tempFilePath as string)
        return { savedFilePath }
      })
  }
  wx.getFileSystemManager = () => fsm

  // The user picks one photo (of up to `count`), as a temporary file.
  wx.chooseImage = (o: Options) =>
    callback(o, () => {
      const paths = [device.tempFile(`photo ${++n}`)]
      return { tempFilePaths: paths, tempFiles: paths.map((path) => ({ path, size: 10 })) }
    })
  // Photos are redrawn on an offscreen canvas before upload (services/photo-clean): the canvas
  // holds what was drawn on it, and its export is a new temporary file with those pixels.
  wx.getImageInfo = (o: Options) =>
    callback(o, () => {
      if (!files.has(o.src as string)) throw missing('getImageInfo', o.src as string)
      return { width: 1200, height: 900, orientation: 'up', path: o.src }
    })
  wx.createOffscreenCanvas = () => {
    const canvas = {
      drawn: '',
      getContext: () => ({
        translate: () => undefined,
        rotate: () => undefined,
        drawImage: (image: { content?: string }) => {
          canvas.drawn = image.content ?? ''
        }
      }),
      createImage() {
        const image: { content?: string; onload: AnyFn | null; onerror: AnyFn | null; src: string } = {
          onload: null,
          onerror: null,
          set src(path: string) {
            image.content = files.get(path)
            setTimeout(() => (image.content === undefined ? image.onerror?.(missing('image', path)) : image.onload?.()))
          },
          get src() {
            return ''
          }
        }
        return image
      }
    }
    return canvas
  }
  wx.canvasToTempFilePath = (o: Options) =>
    callback(o, () => {
      const canvas = o.canvas as { drawn?: string } | undefined
      const ext = o.fileType === 'jpg' ? 'jpg' : 'png'
      return { tempFilePath: device.tempFile(canvas?.drawn ?? 'drawing', ext) }
    })
  wx.cloud = { init: () => undefined, uploadFile: (o: Options) => upload(device, o) }
  installMicrophone(wx, device)
}

/** wx.getRecorderManager (one per app, like WeChat's) and wx.createInnerAudioContext. */
function installMicrophone(wx: Record<string, unknown>, device: Device): void {
  const on: Record<string, AnyFn> = {}
  let recording: Record<string, unknown> | null = null
  const manager = {
    onStart: (cb: AnyFn) => void (on.start = cb),
    onStop: (cb: AnyFn) => void (on.stop = cb),
    onError: (cb: AnyFn) => void (on.error = cb),
    onFrameRecorded: (cb: AnyFn) => void (on.frame = cb),
    start(options: Record<string, unknown>) {
      device.mic.starts.push(options)
      setTimeout(() => {
        if (device.mic.denied) return on.error?.({ errMsg: 'operateRecorder:fail auth deny' })
        recording = options
        on.start?.()
        on.frame?.({ frameBuffer: Uint8Array.from({ length: 32 }, (_, i) => (i % 2 ? 180 : 70)).buffer })
      }, 0)
    },
    stop() {
      if (!recording) return
      const options = recording
      recording = null
      const durationMs = Math.min(device.mic.nextMs, Number(options.duration ?? 60_000))
      const bytes = Math.round(((durationMs / 1000) * Number(options.encodeBitRate ?? 48_000)) / 8)
      const tempFilePath = device.tempFile(`mp3 ${durationMs} ms`, String(options.format ?? 'aac'))
      setTimeout(() => on.stop?.({ tempFilePath, duration: durationMs, fileSize: bytes }), 0)
    }
  }
  wx.getRecorderManager = () => manager
  wx.setInnerAudioOption = (o: Options = {}) => {
    o.success?.({ errMsg: 'setInnerAudioOption:ok' })
    return Promise.resolve({ errMsg: 'setInnerAudioOption:ok' })
  }
  wx.createInnerAudioContext = () => {
    const ctx = {
      src: '',
      ended: null as AnyFn | null,
      failed: null as AnyFn | null,
      onEnded: (cb: AnyFn) => void (ctx.ended = cb),
      onError: (cb: AnyFn) => void (ctx.failed = cb),
      play() {
        const local = ctx.src.startsWith('wxfile://')
        if (local && !device.files.has(ctx.src)) return void setTimeout(() => ctx.failed?.({ errCode: 10003 }), 0)
        device.mic.played.push(ctx.src)
      },
      stop: () => undefined,
      destroy: () => undefined
    }
    return ctx
  }
}

function upload(device: Device, o: Options) {
  const content = device.files.get(o.filePath as string)
  // Asynchronous like the real upload; the app reads only success/fail.
  setTimeout(() => {
    if (content === undefined) return o.fail?.({ errMsg: `cloud.uploadFile:fail file not found ${o.filePath}` })
    const fileID = `cloud://env/${o.cloudPath}`
    device.uploads.set(fileID, content)
    o.success?.({ fileID, errMsg: 'cloud.uploadFile:ok' })
  }, 0)
  return { onProgressUpdate: () => undefined }
}

/**
 * After the test's own mocks: cloud upload kept when a test replaces wx.cloud, and the tap-only
 * APIs (the test's mock or a default that succeeds) refuse calls outside a tap.
 */
export function enforceRules(wx: Record<string, unknown>, device: Device): void {
  const cloud = (wx.cloud ??= {}) as Record<string, unknown>
  cloud.uploadFile ??= (o: Options) => upload(device, o)
  for (const name of TAP_ONLY) {
    const impl = (wx[name] as AnyFn | undefined) ?? ((o: Options) => o.success?.({ errMsg: `${name}:ok` }))
    wx[name] = (o: Options) => {
      if (tapDepth === 0) {
        device.violations.push(name)
        throw new Error(`${name}:fail can only be invoked by user TAP gesture.`)
      }
      return impl(o)
    }
  }
}
