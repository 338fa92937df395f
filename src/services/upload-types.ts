// What both platform files of ./upload offer: a local image or recording uploaded to the path
// the suggestions function hands out (its file id back), and how to show an image link.
import type { Implements } from '../platform-contract'

export interface UploadPlatform {
  uploadImage: (localPath: string, onProgress?: (percent: number) => void) => Promise<string>
  uploadAudio: (localPath: string, onProgress?: (percent: number) => void) => Promise<string>
  imageSrc: (url: string) => string
}

export type UploadPlatforms = [
  Implements<UploadPlatform, typeof import('./upload.weapp')>,
  Implements<UploadPlatform, typeof import('./upload.h5')>
]
