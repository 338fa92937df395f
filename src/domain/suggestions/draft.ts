// A suggestion as the form holds it before sending: content plus local image paths, which the
// outbox uploads (once) before it submits the suggestion with their file ids.
import type { SuggestionInput } from './model'

export interface SuggestionDraft {
  input: Omit<SuggestionInput, 'drawingFileId' | 'photoFileIds'>
  drawingPath?: string
  photoPaths: string[]
}

/** The payload to submit once every local image has a file id. */
export function toSubmission(draft: SuggestionDraft, uploaded: Record<string, string>): SuggestionInput | null {
  const paths = [...(draft.drawingPath ? [draft.drawingPath] : []), ...draft.photoPaths]
  if (paths.some((p) => !uploaded[p])) return null
  return {
    ...draft.input,
    photoFileIds: draft.photoPaths.map((p) => uploaded[p]),
    ...(draft.drawingPath ? { drawingFileId: uploaded[draft.drawingPath] } : {})
  }
}

export function pendingUploads(draft: SuggestionDraft, uploaded: Record<string, string>): string[] {
  return [...(draft.drawingPath ? [draft.drawingPath] : []), ...draft.photoPaths].filter((p) => !uploaded[p])
}

/**
 * The form's check before anything is uploaded: the same rules as the server, with stand-in
 * file ids for images that are still on the device.
 */
export function draftForValidation(draft: SuggestionDraft): Record<string, unknown> {
  return {
    ...draft.input,
    photoFileIds: draft.photoPaths.map((_, i) => `local://pending/photo-${i}`),
    ...(draft.drawingPath ? { drawingFileId: 'local://pending/drawing' } : {})
  }
}
