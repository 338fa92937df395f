// Stored file ids as uploads name them (cloud:// on WeChat, local:// in the local backend). A
// module of its own: the follow-up outbox in the main package checks a drawing's id without
// carrying the whole suggestion validation.

export const FILE_ID = /^(cloud|local):\/\/[\w./-]{1,240}$/
const IMAGE_FILE = /\.(png|jpe?g|webp)$/i

/** A stored file id (cloud:// or local://) of an image (PNG, JPG or WebP), as uploads name them. */
export function isImageFileId(id: unknown): id is string {
  return typeof id === 'string' && FILE_ID.test(id) && IMAGE_FILE.test(id)
}
