// A suggestion as the form holds it before sending: content plus local image paths, which the
// outbox uploads (once) before it submits the suggestion with their file ids.
import type { SuggestionInput } from './model'
import { validateSuggestion } from './validate'

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

/** Every local file the draft names: the drawing first, then the photos. */
export function localFiles(draft: SuggestionDraft): string[] {
  return [...(draft.drawingPath ? [draft.drawingPath] : []), ...draft.photoPaths]
}

/** The same draft with each local path replaced (e.g. by its kept copy). */
export function mapFiles(draft: SuggestionDraft, to: (path: string) => string): SuggestionDraft {
  return {
    ...draft,
    photoPaths: draft.photoPaths.map(to),
    ...(draft.drawingPath ? { drawingPath: to(draft.drawingPath) } : {})
  }
}

/** The draft without the given files (the author sends without what was lost). */
export function withoutFiles(draft: SuggestionDraft, gone: readonly string[]): SuggestionDraft {
  const { drawingPath, ...rest } = draft
  return {
    ...rest,
    photoPaths: draft.photoPaths.filter((p) => !gone.includes(p)),
    ...(drawingPath && !gone.includes(drawingPath) ? { drawingPath } : {})
  }
}

/** What to tell the author when files of a queued suggestion are gone from the phone. */
export function missingFilesMessage(draft: SuggestionDraft, missing: readonly string[]): string {
  const drawing = !!draft.drawingPath && missing.includes(draft.drawingPath)
  const photos = draft.photoPaths.filter((p) => missing.includes(p)).length
  const what = [drawing ? '画' : '', photos ? `${photos} 张照片` : ''].filter(Boolean).join('和')
  const next = !validSubmissionWithout(draft, missing)
    ? '请删掉这条，重新写一条。'
    : photos
      ? '可以不带它发送，或重新添加照片。'
      : '可以不带它发送。'
  return `${what}已经不在手机上了（微信会清理临时文件）。${next}`
}

/** Whether the suggestion still passes the form's check without the given files. */
export function validSubmissionWithout(draft: SuggestionDraft, missing: readonly string[]): boolean {
  return validateSuggestion(draftForValidation(withoutFiles(draft, missing))).ok
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
