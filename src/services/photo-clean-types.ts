// What both platform files of ./photo-clean offer: a photo redrawn without its metadata (EXIF
// position and device), as a new local path.
import type { Implements } from '../platform-contract'

export interface PhotoCleanPlatform {
  withoutMetadata: (path: string) => Promise<string>
}

export type PhotoCleanPlatforms = [
  Implements<PhotoCleanPlatform, typeof import('./photo-clean.weapp')>,
  Implements<PhotoCleanPlatform, typeof import('./photo-clean.h5')>
]
