// The phone a built app runs on in the weapp layer: what outlives an app (storage, files, what
// reached the cloud) and the settings a test turns (the microphone's answers, the camera's
// orientation, how the image decoder treats EXIF). A Device outlives an app: boot a new app on the
// same device after restart() to simulate the mini-program being killed and started again.

export const USER_DATA_PATH = 'wxfile://usr'
export const TEMP_PREFIX = 'wxfile://tmp/'

/** getImageInfo's orientation values (EXIF orientation by name). */
export type Orientation =
  'up' | 'up-mirrored' | 'down' | 'down-mirrored' | 'left-mirrored' | 'right' | 'right-mirrored' | 'left'

/** What an image file is, as getImageInfo reports it (width/height as stored, before rotation). */
export interface ImageFacts {
  width: number
  height: number
  orientation: Orientation
  type: 'jpeg' | 'png'
  /** An image exported from a canvas: the quarter turns its pixels are off upright (0 = upright). */
  turn?: number
  /** Exported from a canvas: it carries no EXIF (a camera photo does). */
  exif: boolean
}

export interface Device {
  storage: Map<string, unknown>
  /** Every file on the phone by path: temporary ones and the user folder. */
  files: Map<string, string>
  /** Image files' facts by path (a camera photo, a canvas export). */
  images: Map<string, ImageFacts>
  /** <canvas type="2d"> nodes the app has obtained (fields node: true), by the canvas's id. */
  canvases: Map<string, unknown>
  /** What reached cloud storage: fileID → content of the uploaded file. */
  uploads: Map<string, string>
  /** The image facts of what reached cloud storage, by fileID (EXIF, how it is turned). */
  uploadedImages: Map<string, ImageFacts>
  /** Calls WeChat refuses, each also failed or threw: "<api>: <why>". */
  violations: string[]
  /** Counts restarts: an app from before one is dead and can no longer write. */
  boot: number
  /** The mini-program is killed and started again: temporary files are gone. */
  restart(): void
  /** A temporary file, as chooseImage or a canvas export leaves it. */
  tempFile(content: string, ext?: string, image?: ImageFacts): string
  /**
   * The microphone: what the recorder was started with, how long the next recording lasts,
   * scope.record (granted or refused before, or still to be asked: then the user takes `promptMs`
   * to answer `willAllow`), what was played.
   */
  mic: {
    starts: Array<Record<string, unknown>>
    nextMs: number
    permission: 'granted' | 'denied' | 'ask'
    willAllow: boolean
    promptMs: number
    /** How often the user was asked. */
    prompts: number
    played: string[]
  }
  /**
   * WeChat's map picker (chooseLocation): scope.userLocation (granted or refused before, or still
   * to be asked: then the user answers `willAllow`), what the user picks next (or closes the map).
   */
  location: {
    permission: 'granted' | 'denied' | 'ask'
    willAllow: boolean
    prompts: number
    next: { name: string; address: string; latitude: number; longitude: number } | 'cancel'
  }
  /**
   * The phone's calendar (addPhoneCalendar): scope.addPhoneCalendar as for the map picker, and the
   * events written into it.
   */
  calendar: {
    permission: 'granted' | 'denied' | 'ask'
    willAllow: boolean
    prompts: number
    events: Array<Record<string, unknown>>
  }
  /** The subscribe panel (requestSubscribeMessage): whether the user ticks 允许, and each request's templates. */
  subscribe: { accepts: boolean; asked: string[][] }
  /** The camera: the orientation the next photo is taken in (a phone held upright: 'right'). */
  camera: { orientation: Orientation }
  /**
   * The image decoder behind canvas.createImage: true when it turns a photo upright by its EXIF
   * orientation itself (then image.width/height are the upright ones), false when it does not.
   */
  decoderAppliesOrientation: boolean
  /** The privacy agreement: whether the user has agreed, and the sheet's open requests. */
  privacy: { agreed: boolean }
  /** <map>: whether it draws (same-layer rendering can fail: then it reports binderror). */
  map: { fails: boolean }
  /** Where the app runs: 'windows'/'mac' is WeChat for PC. */
  platform: 'ios' | 'android' | 'windows' | 'mac'
}

let n = 0

export function newDevice(storage: Record<string, unknown> = {}): Device {
  const device: Device = {
    storage: new Map(Object.entries(storage)),
    files: new Map(),
    images: new Map(),
    canvases: new Map(),
    uploads: new Map(),
    uploadedImages: new Map(),
    violations: [],
    boot: 0,
    mic: { starts: [], nextMs: 6_000, permission: 'granted', willAllow: true, promptMs: 0, prompts: 0, played: [] },
    location: {
      permission: 'ask',
      willAllow: true,
      prompts: 0,
      next: { name: '大井巷社区', address: '重庆市渝中区解放碑街道大井巷', latitude: 29.5585, longitude: 106.5775 }
    },
    calendar: { permission: 'ask', willAllow: true, prompts: 0, events: [] },
    subscribe: { accepts: true, asked: [] },
    camera: { orientation: 'up' },
    decoderAppliesOrientation: false,
    privacy: { agreed: true },
    map: { fails: false },
    platform: 'android',
    restart() {
      device.boot++
      for (const path of [...device.files.keys()])
        if (path.startsWith(TEMP_PREFIX)) {
          device.files.delete(path)
          device.images.delete(path)
        }
    },
    tempFile(content, ext = 'jpg', image) {
      const path = `${TEMP_PREFIX}${Date.now()}-${++n}.${ext}`
      device.files.set(path, content)
      if (image) device.images.set(path, image)
      return path
    }
  }
  return device
}

/** The total bytes of the user folder (wx.env.USER_DATA_PATH). */
export function userFolderBytes(device: Device): number {
  let total = 0
  for (const [path, content] of device.files)
    if (path.startsWith(`${USER_DATA_PATH}/`)) total += Buffer.byteLength(content, 'latin1')
  return total
}
