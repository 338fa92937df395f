// Links to a suggestion's stored images. Storage is private: screens never turn a file id into
// a link themselves; a function that checks the caller hands out links that expire.

export interface ImageUrls {
  drawing?: string
  photos: string[]
  /** The child's recording: staff and the author play it; it is never public. */
  audio?: string
  /** A child's drawings with 还没有 (解决了吗), by file id: staff and the author only. */
  followUpDrawings?: Record<string, string>
  /** After this the links stop working: ask again. */
  expiresAt: string
}
