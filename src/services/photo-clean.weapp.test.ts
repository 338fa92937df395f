// WeChat's re-encode, with a fake offscreen canvas (the phone's canvas is not available in any
// test layer): every photo is redrawn and exported as a new file; the original path never goes
// on, a sideways photo is turned upright, and a photo that cannot be read is refused.
import Taro from '@tarojs/taro'
import { withoutMetadata } from './photo-clean.weapp'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getImageInfo: jest.fn(), createOffscreenCanvas: jest.fn(), canvasToTempFilePath: jest.fn() }
}))
const taro = Taro as unknown as Record<'getImageInfo' | 'createOffscreenCanvas' | 'canvasToTempFilePath', jest.Mock>

function fakeCanvas(load: 'ok' | 'error' = 'ok') {
  const calls: Array<[string, ...unknown[]]> = []
  const image = {
    onload: null as null | (() => void),
    onerror: null as null | ((e: unknown) => void),
    set src(v: string) {
      calls.push(['src', v])
      setTimeout(() => (load === 'ok' ? image.onload?.() : image.onerror?.(new Error('decode'))))
    }
  }
  const ctx = {
    translate: (...a: unknown[]) => calls.push(['translate', ...a]),
    rotate: (...a: unknown[]) => calls.push(['rotate', ...a]),
    drawImage: (_img: unknown, ...a: unknown[]) => calls.push(['drawImage', ...a])
  }
  return { canvas: { createImage: () => image, getContext: () => ctx }, calls }
}

describe('withoutMetadata (WeChat)', () => {
  beforeEach(() => Object.values(taro).forEach((m) => m.mockReset()))

  it('redraws a photo at most 1920 px and exports a new JPEG', async () => {
    const { canvas, calls } = fakeCanvas()
    taro.getImageInfo.mockResolvedValue({ width: 4032, height: 3024, orientation: 'up' })
    taro.createOffscreenCanvas.mockReturnValue(canvas)
    taro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/clean.jpg' })

    expect(await withoutMetadata('wxfile://tmp/phone.jpg')).toBe('wxfile://tmp/clean.jpg')
    expect(taro.createOffscreenCanvas).toHaveBeenCalledWith({ type: '2d', width: 1920, height: 1440 })
    expect(calls).toEqual([
      ['src', 'wxfile://tmp/phone.jpg'],
      ['translate', 960, 720],
      ['rotate', 0],
      ['drawImage', -960, -720, 1920, 1440]
    ])
    expect(taro.canvasToTempFilePath).toHaveBeenCalledWith(
      expect.objectContaining({ canvas, fileType: 'jpg', quality: 0.85 })
    )
  })

  it('turns a photo the phone stored sideways upright; a PNG stays PNG', async () => {
    const { canvas, calls } = fakeCanvas()
    taro.getImageInfo.mockResolvedValue({ width: 400, height: 300, orientation: 'right' })
    taro.createOffscreenCanvas.mockReturnValue(canvas)
    taro.canvasToTempFilePath.mockResolvedValue({ tempFilePath: 'wxfile://tmp/clean.png' })
    await withoutMetadata('wxfile://tmp/shot.png')
    expect(taro.createOffscreenCanvas).toHaveBeenCalledWith({ type: '2d', width: 300, height: 400 })
    expect(calls).toContainEqual(['rotate', Math.PI / 2])
    expect(taro.canvasToTempFilePath).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'png' }))
  })

  it('refuses a file it cannot read instead of sending it as it is', async () => {
    taro.getImageInfo.mockRejectedValue(new Error('getImageInfo:fail'))
    await expect(withoutMetadata('wxfile://tmp/broken.jpg')).rejects.toMatchObject({ code: 'VALIDATION' })
    const { canvas } = fakeCanvas('error')
    taro.getImageInfo.mockResolvedValue({ width: 10, height: 10, orientation: 'up' })
    taro.createOffscreenCanvas.mockReturnValue(canvas)
    await expect(withoutMetadata('wxfile://tmp/broken.jpg')).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(taro.canvasToTempFilePath).not.toHaveBeenCalled()
  })
})
