// WeChat: every image is drawn on an offscreen canvas and exported anew before upload, so the
// file holds pixels only, never the phone's EXIF (GPS position, device). wx.compressImage is not
// used: it is not documented to drop metadata. The pixels are turned upright by the orientation
// getImageInfo reports, since the new file carries no orientation tag.
import Taro from '@tarojs/taro'
import { JPEG_QUALITY, redrawPlan } from '../domain/photo-encode'

interface Ctx2d {
  translate(x: number, y: number): void
  rotate(radians: number): void
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void
}
interface Offscreen {
  getContext(type: '2d'): Ctx2d
  createImage(): { src: string; onload: (() => void) | null; onerror: ((e: unknown) => void) | null }
}

const unreadable = () => Object.assign(new Error('图片无法读取，请换一张'), { code: 'VALIDATION' })

/** A temporary file with the same picture and no metadata. */
export async function withoutMetadata(path: string): Promise<string> {
  const info = await Taro.getImageInfo({ src: path }).catch(() => {
    throw unreadable()
  })
  const plan = redrawPlan(info.width, info.height, info.orientation)
  const canvas = Taro.createOffscreenCanvas({
    type: '2d',
    width: plan.width,
    height: plan.height
  }) as unknown as Offscreen
  const image = canvas.createImage()
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(unreadable())
    image.src = path
  })
  const ctx = canvas.getContext('2d')
  ctx.translate(plan.width / 2, plan.height / 2)
  ctx.rotate((plan.rotate * Math.PI) / 180)
  ctx.drawImage(image, -plan.drawWidth / 2, -plan.drawHeight / 2, plan.drawWidth, plan.drawHeight)
  const png = /\.png$/i.test(path)
  const r = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    fileType: png ? 'png' : 'jpg',
    quality: JPEG_QUALITY
  })
  return r.tempFilePath
}
