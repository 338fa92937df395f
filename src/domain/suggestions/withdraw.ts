// The author's own say over a suggestion: take it back (撤回) while the district is still on it,
// and delete what they gave us (删除我的个人信息) at any time. Both leave the row itself — topic,
// street, status, staff replies and notes (without the author's words they quoted), the answers
// to 解决了吗 (not the sentences) — as the district's record that something was asked; nothing in
// it says any more who asked or what they wrote.
import { authorWords } from './egress/approval'
import { AUTHOR_WORDS_DELETED, withoutQuotes } from './egress/words'
import type { HistoryEntry, Suggestion } from './model'
import { RETENTION_KINDS, holdsFollowUpWords, withoutDue, type RetainedSuggestion } from './retention'
import { isFinal } from './status'

/** What staff and the author see in place of words the author deleted. */
export const AUTHOR_DELETED_TITLE = '（内容已由提建议的人删除）'

/** Names the author's deletion where the retention table names its rule (DueItem.rule). */
export const AUTHOR_RULE = 'author'

/** 已办结 is the district's finished record, and 已撤回 is final (status.ts FINAL_STATUSES). */
export function canWithdraw(s: Pick<Suggestion, 'status'>): boolean {
  return !isFinal(s.status)
}

/**
 * Replies and staff notes without the author's words they quote (an old template copied the
 * title in; a worker may quote the text): `sources` are those words, and any a redaction took out.
 */
export function withoutQuotedWords<T extends Pick<Suggestion, 'replies' | 'history'>>(
  s: T,
  sources: readonly string[]
): T {
  const cut = (text: string) => withoutQuotes(text, sources, AUTHOR_WORDS_DELETED)
  return {
    ...s,
    replies: s.replies.map((r) => ({
      ...r,
      text: cut(r.text),
      ...(r.textForChildren ? { textForChildren: cut(r.textForChildren) } : {})
    })),
    history: s.history.map((h) => (h.note ? { ...h, note: cut(h.note) } : h))
  }
}

/** Whether anything the author gave is still on the row (else deleting again changes nothing). */
export function holdsAuthorData(
  s: Pick<Suggestion, 'authorDeletedAt' | 'text' | 'contact' | 'location' | 'drawingFileId' | 'photoFileIds'> &
    Partial<Pick<Suggestion, 'consent' | 'voiceConsent' | 'audioFileId' | 'transcript' | 'followUps'>>
): boolean {
  return (
    !s.authorDeletedAt ||
    Boolean(
      s.text ||
      s.contact ||
      s.consent ||
      s.voiceConsent ||
      s.location ||
      s.drawingFileId ||
      s.photoFileIds?.length ||
      s.audioFileId ||
      s.transcript
    ) ||
    holdsFollowUpWords(s)
  )
}

/**
 * The row without the author's words, pictures, contact, consent and location, built on the
 * retention table's own deletion (withoutDue), so a deletion by the author and by the purge leave
 * the same shape. `keepFiles`: images whose stored file could not be deleted stay referenced and
 * the purge deletes them later; `keepOriginals`: likewise for images moderation removed. Staff
 * replies and notes stay: they are the district's words, without the author's they quoted
 * (`redactedWords`: the originals of a redaction, which they may have quoted too).
 */
export function withoutAuthorData(
  s: RetainedSuggestion,
  at: string,
  keepFiles: readonly string[] = [],
  keepOriginals = false,
  redactedWords: readonly string[] = []
): RetainedSuggestion {
  // The row stays on the author's 我的 (它显示“已删除”): only deleting all their data unlinks it.
  const kinds = RETENTION_KINDS.filter((k) => k !== 'author' && !(keepOriginals && k === 'originals'))
  const next = withoutDue(
    withoutQuotedWords(s, [...authorWords(s), ...redactedWords]),
    kinds.map((kind) => ({ kind, rule: AUTHOR_RULE })),
    at,
    keepFiles
  )
  // The location goes whatever its source: the author asked for it, not the retention table.
  delete next.location
  // What staff wrote down from the recording is the author's words too.
  delete next.transcript
  return {
    ...next,
    title: AUTHOR_DELETED_TITLE,
    text: '',
    authorDeletedAt: at,
    // Nothing left that could be published: the board shows no empty card.
    ...(next.publication === 'approved' ? { publication: 'pending' as const } : {})
  }
}

/** The history entry an author's step adds ('author', like their submit). */
export function authorEntry(s: Pick<Suggestion, 'status'>, step: 'withdraw' | 'delete', at: string): HistoryEntry {
  return step === 'withdraw'
    ? { status: 'withdrawn', at, by: 'author' }
    : { status: s.status, at, by: 'author', event: 'data_deleted' }
}
