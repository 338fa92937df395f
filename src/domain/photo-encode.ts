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

export interface Size {
  width: number
  height: number
}

/**
 * Whether the image decoder has already turned the picture upright by its orientation tag (then
 * turning it again would put it on its side). `stored` is the file's size before orientation
 * (WeChat's getImageInfo: "不考虑旋转"), `decoded` what the decoder handed over. A sideways tag
 * shows in the size: a decoder that applied it swapped width and height. An upside-down tag does
 * not change the size; current engines (WebKit since iOS 13.4, Chromium since 81) apply
 * orientation when drawing, so it counts as applied.
 */
export function decoderTurnedUpright(stored: Size, decoded: Size, orientation: string = 'up'): boolean {
  const turn = TURN[orientation.replace('-mirrored', '')] ?? 0
  // Upright already, upside down, or a square: the size cannot tell.
  if (turn % 180 === 0 || stored.width === stored.height) return true
  return decoded.width === stored.height && decoded.height === stored.width
}

/** The plan for a decoded image: turned only when the decoder has not turned it already. */
export function redrawPlanFor(stored: Size, decoded: Size, orientation: string = 'up'): RedrawPlan {
  return decoderTurnedUpright(stored, decoded, orientation)
    ? redrawPlan(decoded.width, decoded.height, 'up')
    : redrawPlan(decoded.width, decoded.height, orientation)
}

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
