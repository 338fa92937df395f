// WeChat: every photo is drawn on the page's own <canvas type="2d"> (components/PhotoCanvas) and
// exported anew when it is picked, so the file holds pixels only, never the phone's EXIF (GPS
// position, device). canvasToTempFilePath takes a canvas component, not an offscreen canvas (its
// document; iOS refuses one), and wx.compressImage is not documented to drop metadata. The pixels
// are turned upright by the orientation getImageInfo reports, unless the decoder did so already.
import Taro from '@tarojs/taro'
import { JPEG_QUALITY, redrawPlanFor } from '../domain/photo-encode'
import { openCanvas } from './canvas'
import type { CanvasHost } from './canvas-query'
import { PHOTO_CANVAS_ID, unreadablePhoto, type WithoutMetadata } from './photo-clean-types'

export { PHOTO_CANVAS_ID } from './photo-clean-types'

interface Ctx2d {
  translate(x: number, y: number): void
  rotate(radians: number): void
  drawImage(image: unknown, x: number, y: number, w: number, h: number): void
}
interface PhotoCanvas {
  width: number
  height: number
  getContext(type: '2d'): Ctx2d
  createImage(): {
    src: string
    width: number
    height: number
    onload: (() => void) | null
    onerror: ((e: unknown) => void) | null
  }
}

// One canvas per page: photos picked together are redrawn one after another.
let queue: Promise<unknown> = Promise.resolve()

export const withoutMetadata: WithoutMetadata = (path: string, host: CanvasHost) => {
  const next = queue.then(() => redraw(path, host))
  queue = next.catch(() => undefined)
  return next
}

async function redraw(path: string, host: CanvasHost): Promise<string> {
  const info = await Taro.getImageInfo({ src: path }).catch(() => {
    throw unreadablePhoto()
  })
  const surface = await openCanvas(PHOTO_CANVAS_ID, host)
  if (!surface) throw Object.assign(new Error('图片处理没有成功，请再试一次'), { code: 'VALIDATION' })
  const canvas = surface.canvas as unknown as PhotoCanvas
  const image = canvas.createImage()
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(unreadablePhoto())
    image.src = path
  })
  const plan = redrawPlanFor(info, { width: image.width, height: image.height }, info.orientation)
  // A new size clears the canvas and its transform.
  canvas.width = plan.width
  canvas.height = plan.height
  const ctx = canvas.getContext('2d')
  ctx.translate(plan.width / 2, plan.height / 2)
  ctx.rotate((plan.rotate * Math.PI) / 180)
  ctx.drawImage(image, -plan.drawWidth / 2, -plan.drawHeight / 2, plan.drawWidth, plan.drawHeight)
  const png = /\.png$/i.test(path)
  const r = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    width: plan.width,
    height: plan.height,
    // The export would otherwise be scaled by the screen's pixel ratio.
    destWidth: plan.width,
    destHeight: plan.height,
    fileType: png ? 'png' : 'jpg',
    quality: JPEG_QUALITY
  })
  return r.tempFilePath
}
