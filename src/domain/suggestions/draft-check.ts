// Whether a queued suggestion can still go without files WeChat deleted. Apart from draft.ts: the
// outbox (main package) uses draft.ts, and this check needs the whole suggestion validation.
import { draftForValidation, withoutFiles, type SuggestionDraft } from './draft'
import { validateSuggestion } from './validate'

/** Whether the suggestion still passes the form's check without the given files. */
export function validSubmissionWithout(draft: SuggestionDraft, missing: readonly string[]): boolean {
  return validateSuggestion(draftForValidation(withoutFiles(draft, missing))).ok
}

/** What the author can do about the files that are gone. */
export function missingFilesAdvice(draft: SuggestionDraft, missing: readonly string[]): string {
  if (!validSubmissionWithout(draft, missing)) return '请删掉这条，重新写一条。'
  return draft.photoPaths.some((p) => missing.includes(p)) ? '可以不带它发送，或重新添加照片。' : '可以不带它发送。'
}
