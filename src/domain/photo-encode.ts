// How a photo is redrawn before upload. Redrawing on a canvas and encoding anew is what strips
// EXIF (GPS position, device, time): a canvas holds pixels only. The size is capped so a photo
// stays well under the 5 MB upload limit, and the pixels are turned upright first, because the
// new file no longer carries the orientation tag that told viewers how to turn them.

/** Longest side after the redraw: sharp on any phone screen, a few hundred KB as JPEG. */
export const MAX_PHOTO_EDGE = 1920
export const JPEG_QUALITY = 0.85

/** WeChat's getImageInfo names EXIF orientations so; mirrored ones are drawn as their rotation. */
export type Orientation =
  'up' | 'up-mirrored' | 'down' | 'down-mirrored' | 'left' | 'left-mirrored' | 'right' | 'right-mirrored'

export interface RedrawPlan {
  /** The new image's size. */
  width: number
  height: number
  /** Clockwise turn (degrees) around the canvas centre before drawing. */
  rotate: 0 | 90 | 180 | 270
  /** The source drawn at this size (before the turn), centred. */
  drawWidth: number
  drawHeight: number
}

const TURN: Record<string, RedrawPlan['rotate']> = { up: 0, down: 180, left: 270, right: 90 }

/** `width`/`height`: the stored pixels (before orientation). */
export function redrawPlan(
  width: number,
  height: number,
  orientation: string = 'up',
  maxEdge = MAX_PHOTO_EDGE
): RedrawPlan {
  const rotate = TURN[orientation.replace('-mirrored', '')] ?? 0
  const scale = Math.min(1, maxEdge / Math.max(width, height, 1))
  const drawWidth = Math.max(1, Math.round(width * scale))
  const drawHeight = Math.max(1, Math.round(height * scale))
  const sideways = rotate === 90 || rotate === 270
  return {
    width: sideways ? drawHeight : drawWidth,
    height: sideways ? drawWidth : drawHeight,
    rotate,
    drawWidth,
    drawHeight
  }
}
