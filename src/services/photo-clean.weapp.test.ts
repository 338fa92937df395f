// WeChat's redraw, with the page's canvas faked (the phone's canvas is in no test layer; the
// built-page test in tests/weapp/phone.test.ts runs it on the strict `wx`): every photo is drawn
// on the page's <canvas type="2d"> node and exported from it, never from an offscreen canvas; a
// sideways photo is turned upright only when the decoder has not turned it; a photo that cannot
// be read is refused.
import Taro from '@tarojs/taro'
import { openCanvas } from './canvas'
import { PHOTO_CANVAS_ID, withoutMetadata } from './photo-clean.weapp'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getImageInfo: jest.fn(), createOffscreenCanvas: jest.fn(), canvasToTempFilePath: jest.fn() }
}))
jest.mock('./canvas', () => ({ openCanvas: jest.fn() }))
const taro = Taro as unknown as Record<'getImageInfo' | 'createOffscreenCanvas' | 'canvasToTempFilePath', jest.Mock>
const open = openCanvas as jest.Mock

/** The page canvas; its decoder hands over `decoded` (width, height) or fails. */
function pageCanvas(decoded: { width: number; height: number } | 'error') {
  const calls: Array<[string, ...unknown[]]> = []
  const image = {
    width: 0,
    height: 0,
    onload: null as null | (() => void),
    onerror: null as null | ((e: unknown) => void),
    set src(v: string) {
      calls.push(['src', v])
      setTimeout(() => {
        if (decoded === 'error') return image.onerror?.(new Error('decode'))
        Object.assign(image, decoded)
        image.onload?.()
      })
    }
  }
  const ctx = {
    translate: (...a: unknown[]) => calls.push(['translate', ...a]),
    rotate: (...a: unknown[]) => calls.push(['rotate', ...a]),
    drawImage: (_img: unknown, ...a: unknown[]) => calls.push(['drawImage', ...a])
  }
  const canvas = { width: 300, height: 150, createImage: () => image, getContext: () => ctx }
  open.mockResolvedValue({ canvas, ctx, width: 2, height: 2, dpr: 2 })
  return { canvas, calls }
}
const host = { current: { ctx: {} } }

describe('withoutMetadata (WeChat)', () => {
  beforeEach(() => [...Object.values(taro), open].forEach((m) => m.mockReset()))

  it('redraws a photo at most 1920 px on the page canvas and exports a new JPEG from it', async () => {
    const { canvas, calls } = pageCanvas({ width: 4032, height: 3024 })
    taro.getImageInfo.mockResolvedValue({ width: 4032, height: 3024, orientation: 'up' })
    taro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/clean.jpg' })

    expect(await withoutMetadata('wxfile://tmp/phone.jpg', host)).toBe('wxfile://tmp/clean.jpg')
    expect(open).toHaveBeenCalledWith(PHOTO_CANVAS_ID, host)
    expect(taro.createOffscreenCanvas).not.toHaveBeenCalled()
    expect(canvas).toMatchObject({ width: 1920, height: 1440 })
    expect(calls).toEqual([
      ['src', 'wxfile://tmp/phone.jpg'],
      ['translate', 960, 720],
      ['rotate', 0],
      ['drawImage', -960, -720, 1920, 1440]
    ])
    expect(taro.canvasToTempFilePath).toHaveBeenCalledWith(
      expect.objectContaining({ canvas, fileType: 'jpg', quality: 0.85, destWidth: 1920, destHeight: 1440 })
    )
  })

  it('turns a photo the phone stored sideways upright when the decoder did not; a PNG stays PNG', async () => {
    const { canvas, calls } = pageCanvas({ width: 400, height: 300 })
    taro.getImageInfo.mockResolvedValue({ width: 400, height: 300, orientation: 'right' })
    taro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/clean.png' })
    await withoutMetadata('wxfile://tmp/shot.png', host)
    expect(canvas).toMatchObject({ width: 300, height: 400 })
    expect(calls).toContainEqual(['rotate', Math.PI / 2])
    expect(taro.canvasToTempFilePath).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'png' }))
  })

  it('draws a sideways photo as it is when the decoder turned it already', async () => {
    const { canvas, calls } = pageCanvas({ width: 300, height: 400 })
    taro.getImageInfo.mockResolvedValue({ width: 400, height: 300, orientation: 'right' })
    taro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/clean.jpg' })
    await withoutMetadata('wxfile://tmp/shot.jpg', host)
    expect(canvas).toMatchObject({ width: 300, height: 400 })
    expect(calls).toContainEqual(['rotate', 0])
  })

  it('refuses a file it cannot read, or a page without its canvas, instead of sending it as it is', async () => {
    taro.getImageInfo.mockRejectedValue(new Error('getImageInfo:fail'))
    await expect(withoutMetadata('wxfile://tmp/broken.jpg', host)).rejects.toMatchObject({ code: 'VALIDATION' })
    pageCanvas('error')
    taro.getImageInfo.mockResolvedValue({ width: 10, height: 10, orientation: 'up' })
    await expect(withoutMetadata('wxfile://tmp/broken.jpg', host)).rejects.toMatchObject({ code: 'VALIDATION' })
    open.mockResolvedValue(null)
    await expect(withoutMetadata('wxfile://tmp/ok.jpg', host)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '图片处理没有成功，请再试一次'
    })
    expect(taro.canvasToTempFilePath).not.toHaveBeenCalled()
  })
})
