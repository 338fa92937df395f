// What both platform files of ./files offer: exports handed to the user, files kept past a
// restart, and caches too large for one storage key.
import type { Implements } from '../platform-contract'

export interface PreparedExport {
  path: string
  filename: string
}

export interface FilesPlatform {
  exportActionLabel: () => string
  prepareExport: (file: { filename: string; mimeType: string; content: string }) => PreparedExport
  discardExport: (file: PreparedExport) => void
  shareExport: (file: PreparedExport) => Promise<string>
  keepFile: (tempPath: string, name: string) => Promise<string>
  fileExists: (path: string) => boolean
  removeKeptFile: (path: string) => void
  readLargeCache: (name: string) => string | null
  writeLargeCache: (name: string, text: string) => boolean
}

export type FilesPlatforms = [
  Implements<FilesPlatform, typeof import('./files.weapp')>,
  Implements<FilesPlatform, typeof import('./files.h5')>
]
