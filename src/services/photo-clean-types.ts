// What both platform files of ./photo-clean offer: a photo redrawn without its metadata.
import type { Implements } from '../platform-contract'
import type { CanvasHost } from './canvas-query'

/** The id of the page's photo canvas (components/PhotoCanvas renders it). */
export const PHOTO_CANVAS_ID = 'photo-clean-canvas'

/**
 * A local path of the same picture, upright, at most MAX_PHOTO_EDGE, with no EXIF (GPS position,
 * device). Rejects with a VALIDATION error whose message a person can read.
 */
export type WithoutMetadata = (path: string, host: CanvasHost) => Promise<string>

export const unreadablePhoto = () => Object.assign(new Error('图片无法读取，请换一张'), { code: 'VALIDATION' })

export interface PhotoCleanPlatform {
  PHOTO_CANVAS_ID: string
  withoutMetadata: WithoutMetadata
}

export type PhotoCleanPlatforms = [
  Implements<PhotoCleanPlatform, typeof import('./photo-clean.weapp')>,
  Implements<PhotoCleanPlatform, typeof import('./photo-clean.h5')>
]
