// Browser: photos are redrawn on a canvas of their own (services/photo-clean.h5): nothing to render.
import type { PhotoCanvasProps } from './types'

export function PhotoCanvas(_props: PhotoCanvasProps) {
  return null
}
