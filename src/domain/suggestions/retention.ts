// How long a suggestion keeps the personal data in it: ONE table, enforced by the scheduled
// `purge` function (cloudfunctions/purge). The suggestion's words, topic, street and community,
// status and replies stay: they are the district's record, and say nothing about who wrote them
// once the contact, the precise position, the pictures, the redaction originals and whatever in
// the words looks personal (a name after 我叫, a phone, a school, a house number) are gone.
//
// Why these periods:
// - The adult form promises 办结后按规定删除 and the guardian's consent text promises
//   a period (CHILD_CONTACT_RETENTION_DAYS; both texts are generated from this table by
//   retention-text.ts). One period for everyone's contact keeps
//   one promise instead of two, and 180 days covers a follow-up question or a complaint about the
//   answer (a case is reopened by a new suggestion, not by calling an old number).
// - "Finished" is any state in which the district has given its answer: 已答复, 不予采纳, 已办结.
//   The clock starts when the row entered its current state, so a case answered and later closed
//   keeps its data 180 days after closing. 已采纳 is not finished: the district still owes the work.
// - Precise position (a point on the map or the phone's position can be a home) goes with the
//   contact; a street's centre or a public place is not about the person and stays.
// - Photos and drawings go after 365 days: staff and the annual report of the action plan use
//   them for a year after the answer; a photo can still show a face or a home, so not longer.
// - A child's voice goes with the contact, 180 days after the answer: a voice says who spoke more
//   than a drawing does, and staff have written down what was said by then (the transcript, like
//   the text, stays as the record).
// - What looks personal in the words (findPersonalInfo, in the title, text, transcript, replies and
//   staff notes) is replaced by 【已隐去】 with the contact: the words stay as the record, the
//   child's name, phone or school do not. Even spans an admin let out on the board go then.
// - Any row nobody has changed for 365 days, whatever its state, loses all of it: an unanswered
//   suggestion must not keep someone's phone number forever.
// - The link between the row and the author's WeChat account (authorId, their openid: what puts
//   the row on their 我的 and brings them staff's replies) goes with the last of the files, 365
//   days after the answer: after that the row is the district's record and nobody's.
import { DAY_MS } from '../clock'
import { findPersonalInfo, redactText } from '../staff/mask'
import { isPreciseLocation, type FollowUp, type Status, type Suggestion } from './model'
import { ANSWERED_STATUSES, isFixed } from './status'

/**
 * The kinds of personal data a suggestion may hold. 'followup': the sentences and a child's
 * drawings the author added to 解决了吗？ (followup.ts); the answers themselves stay, as figures
 * for the report. 'words': what findPersonalInfo finds in the words, replies and notes.
 */
export type RetentionKind = 'contact' | 'location' | 'images' | 'voice' | 'originals' | 'followup' | 'words' | 'author'
/** In the order the purge takes them: the author's link last, once the files are gone. */
export const RETENTION_KINDS: readonly RetentionKind[] = [
  'contact',
  'location',
  'images',
  'voice',
  'originals',
  'followup',
  'words',
  'author'
]

/** What authorId becomes when the link to the author's account is deleted: no openid is ever this. */
export const UNLINKED_AUTHOR = 'unlinked'

export interface RetentionRule {
  /** Names the rule in the audit log. */
  id: string
  kinds: readonly RetentionKind[]
  /** The states the rule applies in; 'any' for every state. */
  states: readonly Status[] | 'any'
  /** Counted from entering the current state, or from the last change of the row. */
  from: 'stateEntered' | 'lastChange'
  days: number
}

/** Contact, precise location and originals, after the district's answer (the consent text says so). */
export const CHILD_CONTACT_RETENTION_DAYS = 180
export const UNTOUCHED_DAYS = 365
/**
 * A file uploaded for a suggestion that never arrived (the app was closed, the draft deleted) is
 * deleted this long after its upload. Long enough for the outbox, which sends the same uploaded
 * file when it retries after days offline; the purge deletes the file and its upload record.
 */
export const ORPHAN_UPLOAD_DAYS = 30
export const IMAGE_RETENTION_DAYS = 365
/** The author's link to the row goes with the last of its files. */
export const AUTHOR_LINK_DAYS = IMAGE_RETENTION_DAYS
/**
 * A 我也想要 keeps who gave it (their openid: one support per person, 已支持 on the board) this
 * long; then only the count stays (the purge keeps an anonymous record in its place).
 */
export const SUPPORT_RETENTION_DAYS = 365

/**
 * 快问快答: who answered a poll and what (one record per person, what keeps it to one answer) is
 * kept while the poll runs and this many days after its final count (closing and counting once
 * more); then the purge deletes the records and only the counts stay with the poll
 * (cloudfunctions/purge/polls.ts).
 */
export const POLL_ANSWER_RETENTION_DAYS = 0

/**
 * 儿童议事会: a representative's picks (their ballot) are kept until the round's final count, then
 * this many days (as a poll's answers); only the count per suggestion stays.
 */
export const COUNCIL_BALLOT_RETENTION_DAYS = 0
/**
 * A representative's guardian's phone is kept this long after the child stops being a
 * representative (a question about what they did on the council reaches the family), then the
 * purge deletes it; the nickname, street and dates stay as the council's record. The link to the
 * child's account goes at once when they stop (they lose access), an unused code with it.
 */
export const REPRESENTATIVE_GUARDIAN_RETENTION_DAYS = CHILD_CONTACT_RETENTION_DAYS

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    id: 'finished-personal',
    kinds: ['contact', 'location', 'voice', 'originals', 'followup', 'words'],
    states: ANSWERED_STATUSES,
    from: 'stateEntered',
    days: CHILD_CONTACT_RETENTION_DAYS
  },
  {
    id: 'finished-images',
    kinds: ['images'],
    states: ANSWERED_STATUSES,
    from: 'stateEntered',
    days: IMAGE_RETENTION_DAYS
  },
  {
    id: 'finished-author',
    kinds: ['author'],
    states: ANSWERED_STATUSES,
    from: 'stateEntered',
    days: AUTHOR_LINK_DAYS
  },
  { id: 'untouched', kinds: RETENTION_KINDS, states: 'any', from: 'lastChange', days: UNTOUCHED_DAYS }
]

/** What the purge writes on a row (kept out of the citizen model: only the purge reads it). */
export interface RetentionMarks {
  /** When each kind was deleted. */
  purged?: Partial<Record<RetentionKind, string>>
  /** Set when nothing the table covers is left: the purge stops looking at the row. */
  retentionDoneAt?: string | null
}
export type RetainedSuggestion = Suggestion & RetentionMarks

export interface DueItem {
  kind: RetentionKind
  rule: string
}

/** The instant `days` before `now`: anything that started at or before it is due. */
export function cutoffFor(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString()
}

/**
 * When the row entered its current state: closedAt for 已办结, else the latest history entry of
 * that state. Rows without either fall back to updatedAt, which is never earlier (never too soon).
 */
export function stateEnteredAt(s: Suggestion): string {
  if (isFixed(s.status) && s.closedAt) return s.closedAt
  const entries = (s.history ?? []).filter((h) => h.status === s.status)
  return entries.length ? entries[entries.length - 1].at : s.updatedAt
}

/** Only a point someone chose or the phone's own position locates a person. */
export function hasPreciseLocation(s: Suggestion): boolean {
  return isPreciseLocation(s.location)
}

/** Whether the row still holds this kind of data. */
export function holds(s: RetainedSuggestion, kind: RetentionKind): boolean {
  switch (kind) {
    case 'contact':
      return Boolean(s.contact || s.consent)
    case 'location':
      return hasPreciseLocation(s)
    case 'images':
      return (s.photoFileIds?.length ?? 0) > 0 || Boolean(s.drawingFileId)
    case 'voice':
      return Boolean(s.audioFileId || s.voiceConsent)
    case 'originals':
      // Every redaction or image removal (re)writes the originals and sets redactedAt.
      return Boolean(s.redactedAt && !(s.purged?.originals && s.purged.originals >= s.redactedAt))
    case 'followup':
      return holdsFollowUpWords(s)
    case 'words':
      return personalInWords(s).length > 0
    case 'author':
      return isLinkedToAuthor(s)
  }
}

/** The row still names the WeChat account of the person who wrote it (not a worker's marker). */
export function isLinkedToAuthor(s: Pick<Suggestion, 'authorId' | 'channel'>): boolean {
  return Boolean(s.authorId) && s.authorId !== UNLINKED_AUTHOR && !s.authorId.startsWith('assisted:') && !s.channel
}

type Worded = Pick<Suggestion, 'title' | 'text' | 'replies' | 'history'> &
  Partial<Pick<Suggestion, 'transcript' | 'internalNotes'>>

/** What looks personal anywhere in the row's words: title, text, transcript, replies, notes. */
export function personalInWords(s: Worded): string[] {
  const texts = [
    s.title,
    s.text,
    s.transcript ?? '',
    ...(s.replies ?? []).flatMap((r) => [r.text, r.textForChildren ?? '']),
    ...(s.history ?? []).map((h) => h.note ?? ''),
    // 内部备注: staff may write about the family; they go the way of the rest of the words.
    ...(s.internalNotes ?? []).map((n) => n.text)
  ]
  return [...new Set(texts.flatMap((t) => (t ? findPersonalInfo(t) : [])))]
}

/**
 * The words with every span that looks personal (found anywhere on the row: a name in the title
 * is taken out of a reply that repeats it) replaced by 【已隐去】.
 */
export function withoutPersonalWords<T extends Worded>(s: T): T {
  let next = s
  // Taking a span out can join its neighbours into a new one: look again, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    const spans = personalInWords(next)
    if (spans.length === 0) break
    const cut = (text: string) => redactText(text, spans).text
    next = {
      ...next,
      title: cut(next.title),
      text: cut(next.text),
      ...(next.transcript ? { transcript: cut(next.transcript) } : {}),
      replies: next.replies.map((r) => ({
        ...r,
        text: cut(r.text),
        ...(r.textForChildren ? { textForChildren: cut(r.textForChildren) } : {})
      })),
      history: next.history.map((h) => (h.note ? { ...h, note: cut(h.note) } : h)),
      ...(next.internalNotes ? { internalNotes: next.internalNotes.map((n) => ({ ...n, text: cut(n.text) })) } : {})
    }
  }
  return next
}

function applies(rule: RetentionRule, s: Suggestion, now: Date): boolean {
  if (rule.states !== 'any' && !rule.states.includes(s.status)) return false
  const start = rule.from === 'stateEntered' ? stateEnteredAt(s) : s.updatedAt
  return start <= cutoffFor(now, rule.days)
}

/** What must be deleted from this row at `now`, each kind with the first rule that makes it due. */
export function dueForPurge(s: RetainedSuggestion, now: Date): DueItem[] {
  const due: DueItem[] = []
  for (const kind of RETENTION_KINDS) {
    if (!holds(s, kind)) continue
    const rule = RETENTION_RULES.find((r) => r.kinds.includes(kind) && applies(r, s, now))
    if (rule) due.push({ kind, rule: rule.id })
  }
  return due
}

/** Nothing the table covers is left on the row. */
export function retentionComplete(s: RetainedSuggestion): boolean {
  return RETENTION_KINDS.every((k) => !holds(s, k))
}

/** The files a row's images point at. */
export function imageFiles(s: Suggestion): string[] {
  return [...(s.photoFileIds ?? []), ...(s.drawingFileId ? [s.drawingFileId] : [])]
}

/** The drawings the author gave with 还没有 (files: retention, withdraw and moderation delete them). */
export function followUpDrawings(s: { followUps?: readonly FollowUp[] }): string[] {
  return (s.followUps ?? []).flatMap((f) => (f.drawingFileId ? [f.drawingFileId] : []))
}

/**
 * The stored files of the given kinds (images: photos and drawing; voice: the recording;
 * followup: drawings given with 还没有).
 */
export function storedFiles(s: Suggestion, kinds: readonly RetentionKind[] = RETENTION_KINDS): string[] {
  return [
    ...(kinds.includes('images') ? imageFiles(s) : []),
    ...(kinds.includes('voice') && s.audioFileId ? [s.audioFileId] : []),
    ...(kinds.includes('followup') ? followUpDrawings(s) : [])
  ]
}

/**
 * The row without the due kinds, marked with when each went. `keepFiles`: images whose file
 * could not be deleted stay referenced, so the next run tries again.
 */
export function withoutDue(
  s: RetainedSuggestion,
  due: readonly DueItem[],
  at: string,
  keepFiles: readonly string[] = []
): RetainedSuggestion {
  const next: RetainedSuggestion = { ...s, purged: { ...s.purged } }
  for (const { kind } of due) {
    if (kind === 'contact') {
      delete next.contact
      delete next.consent
      next.personalDataPurgedAt = at
    } else if (kind === 'location') delete next.location
    else if (kind === 'followup') {
      next.followUps = withoutFollowUpWords(s.followUps ?? [], keepFiles)
      if (holdsFollowUpWords(next)) continue
    } else if (kind === 'images') {
      next.photoFileIds = s.photoFileIds.filter((f) => keepFiles.includes(f))
      if (!s.drawingFileId || !keepFiles.includes(s.drawingFileId)) delete next.drawingFileId
      if (next.photoFileIds.length > 0 || next.drawingFileId) continue
    } else if (kind === 'voice') {
      if (s.audioFileId && keepFiles.includes(s.audioFileId)) continue
      delete next.audioFileId
      delete next.audioDurationMs
      // The guardian's agreement documented the recording: it goes with it.
      delete next.voiceConsent
    } else if (kind === 'words') {
      Object.assign(next, withoutPersonalWords(next))
      // Spans an admin let out on the board were personal too: they go with the rest.
      delete next.approvedSpans
      if (holds(next, 'words')) continue
    } else if (kind === 'author') {
      // Not while a file is still referenced: whose upload it was is how the purge knows it is used.
      if (storedFiles(next).length > 0) continue
      next.authorId = UNLINKED_AUTHOR
    }
    next.purged![kind] = at
  }
  if (retentionComplete(next)) next.retentionDoneAt = at
  return next
}

/**
 * The author's 解决了吗 sentences and drawings removed (withdraw, deleteMyData, purge); the
 * answers stay as figures. `keepFiles`: drawings whose file could not be deleted stay referenced.
 */
export function withoutFollowUpWords(followUps: readonly FollowUp[], keepFiles: readonly string[] = []): FollowUp[] {
  return followUps.map(({ text: _t, drawingFileId, ...rest }) =>
    drawingFileId && keepFiles.includes(drawingFileId) ? { ...rest, drawingFileId } : rest
  )
}

export function holdsFollowUpWords(s: { followUps?: readonly FollowUp[] }): boolean {
  return (s.followUps ?? []).some((f) => Boolean(f.text || f.drawingFileId))
}
