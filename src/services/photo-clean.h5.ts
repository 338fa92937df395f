// Browser: every image is decoded and drawn on a canvas, then encoded anew, so the upload holds
// pixels only, never the phone's EXIF (GPS position, device). createImageBitmap turns the pixels
// upright by the EXIF orientation first (imageOrientation 'from-image').
import { JPEG_QUALITY, redrawPlan } from '../domain/photo-encode'
import type { CanvasHost } from './canvas-query'
import { unreadablePhoto, type WithoutMetadata } from './photo-clean-types'

export { PHOTO_CANVAS_ID } from './photo-clean-types'

/** An object URL of the same picture with no metadata; the browser draws on a canvas of its own. */
export const withoutMetadata: WithoutMetadata = async (path: string, _host: CanvasHost): Promise<string> => {
  const source = await (await fetch(path)).blob()
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' })
  } catch {
    // Never upload what could not be redrawn: it would go with its metadata.
    throw unreadablePhoto()
  }
  // The bitmap is upright already: no turn, only the size cap.
  const plan = redrawPlan(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = plan.width
  canvas.height = plan.height
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, plan.width, plan.height)
  bitmap.close()
  // Drawings and screenshots stay PNG (sharp lines); photos become JPEG.
  const type = source.type === 'image/png' ? 'image/png' : 'image/jpeg'
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, JPEG_QUALITY))
  if (!blob) throw Object.assign(new Error('图片处理失败'), { code: 'VALIDATION' })
  return URL.createObjectURL(blob)
}
