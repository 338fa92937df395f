// A suggestion as the form holds it before sending: content plus local file paths (images and a
// child's recording), which the outbox uploads (once) before it submits the suggestion with their
// file ids.
import type { SuggestionInput } from './model'

export interface SuggestionDraft {
  input: Omit<SuggestionInput, 'drawingFileId' | 'photoFileIds' | 'audioFileId' | 'audioDurationMs'>
  drawingPath?: string
  photoPaths: string[]
  /** A child's recording on the phone, and its length (see audio.ts). */
  audioPath?: string
  audioDurationMs?: number
}

/** The payload to submit once every local file has a file id. */
export function toSubmission(draft: SuggestionDraft, uploaded: Record<string, string>): SuggestionInput | null {
  if (localFiles(draft).some((p) => !uploaded[p])) return null
  return {
    ...draft.input,
    photoFileIds: draft.photoPaths.map((p) => uploaded[p]),
    ...(draft.drawingPath ? { drawingFileId: uploaded[draft.drawingPath] } : {}),
    ...(draft.audioPath ? { audioFileId: uploaded[draft.audioPath], audioDurationMs: draft.audioDurationMs } : {})
  }
}

/** Every local file the draft names: the drawing first, then the photos, then the recording. */
export function localFiles(draft: SuggestionDraft): string[] {
  return [
    ...(draft.drawingPath ? [draft.drawingPath] : []),
    ...draft.photoPaths,
    ...(draft.audioPath ? [draft.audioPath] : [])
  ]
}

/** Whether a local file of the draft is its recording (uploaded as audio, not redrawn as an image). */
export function isRecording(draft: SuggestionDraft, path: string): boolean {
  return draft.audioPath === path
}

/** The same draft with each local path replaced (e.g. by its kept copy). */
export function mapFiles(draft: SuggestionDraft, to: (path: string) => string): SuggestionDraft {
  return {
    ...draft,
    photoPaths: draft.photoPaths.map(to),
    ...(draft.drawingPath ? { drawingPath: to(draft.drawingPath) } : {}),
    ...(draft.audioPath ? { audioPath: to(draft.audioPath) } : {})
  }
}

/** The draft without the given files (the author sends without what was lost). */
export function withoutFiles(draft: SuggestionDraft, gone: readonly string[]): SuggestionDraft {
  const { drawingPath, audioPath, audioDurationMs, ...rest } = draft
  return {
    ...rest,
    photoPaths: draft.photoPaths.filter((p) => !gone.includes(p)),
    ...(drawingPath && !gone.includes(drawingPath) ? { drawingPath } : {}),
    ...(audioPath && !gone.includes(audioPath) ? { audioPath, audioDurationMs } : {})
  }
}

/**
 * What is gone, said to the author when files of a queued suggestion left the phone (what they
 * can do next depends on the suggestion's validation: missingFilesAdvice in draft-check.ts).
 */
export function missingFilesMessage(draft: SuggestionDraft, missing: readonly string[]): string {
  const drawing = !!draft.drawingPath && missing.includes(draft.drawingPath)
  const audio = !!draft.audioPath && missing.includes(draft.audioPath)
  const photos = draft.photoPaths.filter((p) => missing.includes(p)).length
  const what = [drawing ? '画' : '', photos ? `${photos} 张照片` : '', audio ? '录音' : ''].filter(Boolean).join('和')
  return `${what}已经不在手机上了（微信会清理临时文件）。`
}

export function pendingUploads(draft: SuggestionDraft, uploaded: Record<string, string>): string[] {
  return localFiles(draft).filter((p) => !uploaded[p])
}

/**
 * The form's check before anything is uploaded: the same rules as the server, with stand-in
 * file ids for images and the recording that are still on the device.
 */
export function draftForValidation(draft: SuggestionDraft): Record<string, unknown> {
  return {
    ...draft.input,
    photoFileIds: draft.photoPaths.map((_, i) => `local://pending/photo-${i}.jpg`),
    ...(draft.drawingPath ? { drawingFileId: 'local://pending/drawing.png' } : {}),
    ...(draft.audioPath ? { audioFileId: 'local://pending/audio.mp3', audioDurationMs: draft.audioDurationMs } : {})
  }
}
