// What the two platform files of ./import-file answer: one picked CSV/JSON file, its bytes as
// base64 (the places function decodes and detects the encoding), or why there is none.
import type { Implements } from '../platform-contract'

export interface PickedFile {
  name: string
  size: number
  /** The file's bytes as standard base64 (sent as places.import's `base64`). */
  base64: string
}

export type PickResult =
  | { ok: true; file: PickedFile }
  /** Cancelled: nothing to say. */
  | { ok: false; cancelled: true }
  /** Refused before reading (wrong kind, too large) or unreadable: the message says why. */
  | { ok: false; cancelled: false; message: string }

export interface ImportFilePlatform {
  PICK_FILE_LABEL: string
  PICK_FILE_HINT: string
  pickImportFile: () => Promise<PickResult>
}

export type ImportFilePlatforms = [
  Implements<ImportFilePlatform, typeof import('./import-file.weapp')>,
  Implements<ImportFilePlatform, typeof import('./import-file.h5')>
]
