// What the author's phone receives of their own suggestion (listMine, get, withdraw, deleteMyData,
// followUp), what a submission answers, and which files the author's or staff's image links are
// made for. Field by field: nothing else of the row (openid, consent record, the content check's
// state, staff-only marks) leaves.
import type { SubmitAck } from '../api'
import type { AuthorReply, MySuggestion, Suggestion } from '../model'
import { followUpDrawings } from '../retention'
import { present } from './fields'

export const MINE_FIELDS = {
  id: true,
  mode: true,
  topic: true,
  title: true,
  text: true,
  drawingFileId: true,
  photoFileIds: true,
  audioFileId: true,
  audioDurationMs: true,
  location: true,
  street: true,
  community: true,
  ageGroup: true,
  onBehalfOfChild: true,
  contact: true,
  prefill: true,
  visibility: true,
  publication: true,
  openOnBoard: true,
  status: true,
  history: true,
  replies: true,
  supportCount: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  redactedAt: true,
  personalDataPurgedAt: true,
  authorDeletedAt: true,
  transcript: true,
  followUps: true
} as const satisfies Record<keyof MySuggestion, true>

export const AUTHOR_REPLY_FIELDS = { at: true, by: true, text: true, textForChildren: true } as const satisfies Record<
  keyof AuthorReply,
  true
>

/** The fields the author and staff both see as stored (the author's own, staff's to handle). */
const SHARED_OPTIONAL = [
  'drawingFileId',
  'audioFileId',
  'audioDurationMs',
  'transcript',
  'location',
  'street',
  'community',
  'ageGroup',
  'prefill',
  'publication',
  'openOnBoard',
  'closedAt',
  'redactedAt',
  'personalDataPurgedAt',
  'authorDeletedAt',
  'followUps'
] as const

/** The case as both its author and staff read it: the words as the row holds them, the timeline. */
export function sharedCase(s: Suggestion) {
  return {
    id: s._id,
    mode: s.mode,
    topic: s.topic,
    title: s.title,
    text: s.text,
    photoFileIds: s.photoFileIds,
    onBehalfOfChild: s.onBehalfOfChild,
    visibility: s.visibility,
    status: s.status,
    history: s.history,
    supportCount: s.supportCount,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    ...present(s, SHARED_OPTIONAL)
  }
}

export function toMine(s: Suggestion): MySuggestion {
  return {
    ...sharedCase(s),
    // Theirs in full (the contact they gave), and each reply as words, who and when.
    ...(s.contact ? { contact: s.contact } : {}),
    replies: s.replies.map((r) => ({
      at: r.at,
      by: r.by,
      text: r.text,
      ...(r.textForChildren ? { textForChildren: r.textForChildren } : {})
    }))
  }
}

export const ACK_FIELDS = {
  id: true,
  status: true,
  visibility: true,
  createdAt: true,
  duplicate: true
} as const satisfies Record<keyof SubmitAck, true>

/** What a submission (or a worker's entry) answers: the row's id and where it stands. */
export function toAck(s: Suggestion, duplicate: boolean): SubmitAck {
  return { id: s._id, status: s.status, visibility: s.visibility, createdAt: s.createdAt, duplicate }
}

/** The stored files a row's image links may be made for (suggestions.imageUrls, staff.imageUrls). */
export interface ImageFiles {
  photoFileIds: string[]
  drawingFileId?: string
  audioFileId?: string
  /** A child's drawings with 还没有 (解决了吗). */
  followUpDrawings: string[]
}

export function toImageFiles(s: Suggestion): ImageFiles {
  return {
    photoFileIds: s.photoFileIds ?? [],
    ...(s.drawingFileId ? { drawingFileId: s.drawingFileId } : {}),
    ...(s.audioFileId ? { audioFileId: s.audioFileId } : {}),
    followUpDrawings: followUpDrawings(s)
  }
}
