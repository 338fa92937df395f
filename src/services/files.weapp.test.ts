// A staff export on WeChat: written to the user folder, handed over from a tap — to a chat on a
// phone (shareFileMessage), to the disk on WeChat for PC, where shareFileMessage is not available
// (wx.saveFileToDisk: "仅在 PC 端支持";
// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.saveFileToDisk.html) — and then
// removed from the phone: an export lists children's suggestions and must not stay behind.
import Taro from '@tarojs/taro'
import { discardExport, exportActionLabel, prepareExport, shareExport } from './files.weapp'

const USER = 'wxfile://usr'
const files = new Map<string, string>()
const dirs = new Set<string>()
const parent = (p: string) => p.slice(0, p.lastIndexOf('/'))
// WeChat's FileSystemManager: writing into a missing folder fails, as does making one that exists.
const fsm = {
  writeFileSync(path: string, data: string) {
    if (!dirs.has(parent(path))) throw new Error(`writeFileSync:fail no such file or directory ${path}`)
    files.set(path, data)
  },
  unlinkSync(path: string) {
    if (!files.delete(path)) throw new Error(`unlinkSync:fail no such file or directory ${path}`)
  },
  readdirSync(dir: string) {
    if (!dirs.has(dir)) throw new Error(`readdirSync:fail no such file or directory ${dir}`)
    return [...files.keys()].filter((p) => parent(p) === dir).map((p) => p.slice(dir.length + 1))
  },
  mkdirSync(dir: string) {
    if (dirs.has(dir)) throw new Error(`mkdirSync:fail file already exists ${dir}`)
    dirs.add(dir)
  }
}

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getFileSystemManager: jest.fn(),
    getDeviceInfo: jest.fn(),
    shareFileMessage: jest.fn(),
    saveFileToDisk: jest.fn()
  }
}))
const taro = Taro as unknown as Record<
  'getFileSystemManager' | 'getDeviceInfo' | 'shareFileMessage' | 'saveFileToDisk',
  jest.Mock
>

const csv = (name = 'suggestions-2026-11-28.csv') => ({
  filename: name,
  mimeType: 'text/csv',
  content: '编号,主题\n1,公园'
})
const onDevice = (platform: string) => taro.getDeviceInfo.mockReturnValue({ platform, brand: 'x', model: 'y' })
// Neither API answers at once; the page waits for the promise.
const flush = () => new Promise((r) => setTimeout(r, 0))

describe('staff exports (WeChat)', () => {
  beforeEach(() => {
    files.clear()
    dirs.clear()
    dirs.add(USER)
    taro.getFileSystemManager.mockReturnValue(fsm)
    taro.shareFileMessage.mockReset()
    taro.saveFileToDisk.mockReset()
    onDevice('ios')
  })

  it('on a phone: sent to a chat from the tap, then removed from the phone', async () => {
    taro.shareFileMessage.mockResolvedValue({ errMsg: 'shareFileMessage:ok' })
    expect(exportActionLabel()).toBe('发送到聊天')
    const ready = prepareExport(csv())
    expect(files.get(ready.path)).toContain('公园')
    const outcome = shareExport(ready)
    // Called before any await: WeChat allows it only from the tap itself.
    expect(taro.shareFileMessage).toHaveBeenCalledWith({ filePath: ready.path, fileName: 'suggestions-2026-11-28.csv' })
    expect(await outcome).toBe('已发送到聊天')
    expect([...files.keys()]).toEqual([])
  })

  it('a cancelled share keeps the file for another try; the next export replaces it', async () => {
    taro.shareFileMessage.mockRejectedValue({ errMsg: 'shareFileMessage:fail cancel' })
    const first = prepareExport(csv('a.csv'))
    expect(await shareExport(first)).toBe('文件已保存在小程序内')
    expect(files.has(first.path)).toBe(true)
    const second = prepareExport(csv('b.csv'))
    expect([...files.keys()]).toEqual([second.path])
    discardExport(second)
    expect([...files.keys()]).toEqual([])
  })

  it.each(['windows', 'mac'])('on WeChat for PC (%s): saved to the disk instead, then removed', async (platform) => {
    onDevice(platform)
    taro.shareFileMessage.mockRejectedValue({ errMsg: 'shareFileMessage:fail not supported' })
    taro.saveFileToDisk.mockImplementation((o: { success: (r: object) => void }) =>
      setTimeout(() => o.success({ errMsg: 'saveFileToDisk:ok' }), 0)
    )
    expect(exportActionLabel()).toBe('保存到电脑')
    const ready = prepareExport(csv())
    const outcome = shareExport(ready)
    expect(taro.saveFileToDisk).toHaveBeenCalledWith(expect.objectContaining({ filePath: ready.path }))
    expect(taro.shareFileMessage).not.toHaveBeenCalled()
    await flush()
    expect(await outcome).toBe('已保存到电脑')
    expect([...files.keys()]).toEqual([])
  })
})
