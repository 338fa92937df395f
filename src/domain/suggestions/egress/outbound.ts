// What leaves the district's systems in a file or a message: the CSV and Open311 exports (a file
// that travels by chat and mail), and the WeChat subscribe messages (shown on a lock screen).
// Words only once a person approved them (or an adult's own); replies only once approved where
// the row's words needed it; staff notes without the author's unapproved words; nothing that
// looks personal unless a person approved that span; a row about a child at street level only.
import { maskContact, type MaskedContact } from '../../staff/mask'
import type {
  AgeGroup,
  EntryChannel,
  FollowUpAnswer,
  GeoPoint,
  HistoryEntry,
  Mode,
  Reply,
  Status,
  Suggestion,
  Topic
} from '../model'
import { publicText } from '../rules'
import {
  authorWords,
  isChildRelated,
  latestApprovedReply,
  publicState,
  wordsApproved,
  type PublicState
} from './approval'
import { withoutPersonal, withoutQuotes } from './words'

/** One row of an export, everything the CSV and Open311 writers may use (staff/export.ts). */
export interface ExportRow {
  id: string
  createdAt: string
  updatedAt: string
  status: Status
  topic: Topic
  /** The words once approved (or an adult's own), without what looks personal; null while they wait. */
  words: { title: string; text: string } | null
  author: 'child' | 'for_child' | 'adult'
  ageGroup?: AgeGroup
  street?: string
  community?: string
  /** A public place the suggestion is about (a park, a clinic): never a person's position. */
  placeName?: string
  /** The point, only for an adult's own row: a row about a child goes out at street level only. */
  point?: GeoPoint
  supportCount: number
  photoCount: number
  hasDrawing: boolean
  contact?: MaskedContact
  channel?: EntryChannel
  publicState: PublicState
  /** The newest reply that may go out; `waiting` when a newer one still waits for approval. */
  reply: { text: string; waiting: boolean } | null
  /** Why it was refused (不予采纳), when it was. */
  refusal?: string
  /** The author's answers to 解决了吗; their sentence only where their words may go out. */
  followUps: Array<{ at: string; answer: FollowUpAnswer; text?: string }>
}

export const EXPORT_FIELDS = {
  id: true,
  createdAt: true,
  updatedAt: true,
  status: true,
  topic: true,
  words: true,
  author: true,
  ageGroup: true,
  street: true,
  community: true,
  placeName: true,
  point: true,
  supportCount: true,
  photoCount: true,
  hasDrawing: true,
  contact: true,
  channel: true,
  publicState: true,
  reply: true,
  refusal: true,
  followUps: true
} as const satisfies Record<keyof ExportRow, true>

/**
 * A staff text as it may leave: without what looks personal, and, while the author's words are
 * not approved, without any run of them it quotes.
 */
export function outboundStaffText(text: string, s: Suggestion): string {
  const unquoted = wordsApproved(s) ? text : withoutQuotes(text, authorWords(s))
  return withoutPersonal(unquoted)
}

function refusalOf(s: Suggestion): string | undefined {
  if (s.status !== 'rejected') return undefined
  const note = [...s.history].reverse().find((h) => h.status === 'rejected' && !h.event)?.note
  return note ? outboundStaffText(note, s) : undefined
}

export function toExportRow(s: Suggestion): ExportRow {
  const approved = s.approvedSpans ?? []
  const open = wordsApproved(s)
  const latest = s.replies[s.replies.length - 1]
  const shown: Reply | undefined = latestApprovedReply(s)
  const refusal = refusalOf(s)
  const child = isChildRelated(s)
  const author: ExportRow['author'] = s.mode === 'child' ? 'child' : s.onBehalfOfChild ? 'for_child' : 'adult'
  return {
    id: s._id,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    status: s.status,
    topic: s.topic,
    words: open ? { title: withoutPersonal(s.title, approved), text: withoutPersonal(publicText(s), approved) } : null,
    author,
    ...(s.ageGroup ? { ageGroup: s.ageGroup } : {}),
    ...(s.street ? { street: s.street } : {}),
    ...(s.community ? { community: s.community } : {}),
    // Only a place from the registry (the place card): a name typed or picked on a map can be a home.
    ...(s.location?.source === 'place' && s.location.placeName
      ? { placeName: withoutPersonal(s.location.placeName) }
      : {}),
    ...(s.location && !child ? { point: { latitude: s.location.latitude, longitude: s.location.longitude } } : {}),
    supportCount: s.supportCount,
    photoCount: s.photoFileIds.length,
    hasDrawing: Boolean(s.drawingFileId),
    ...(s.contact ? { contact: maskContact(s.contact) } : {}),
    ...(s.channel ? { channel: s.channel } : {}),
    publicState: publicState(s),
    reply: shown ? { text: withoutPersonal(shown.text), waiting: latest !== shown } : null,
    ...(refusal ? { refusal } : {}),
    followUps: (s.followUps ?? []).map((f) => ({
      at: f.at,
      answer: f.answer,
      ...(open && f.text ? { text: withoutPersonal(f.text) } : {})
    }))
  }
}

/** What the subscribe message to the author is made from (staff/message.ts: replyMessage). */
export interface ReplyMessageRow {
  id: string
  topic: Topic
  status: Status
  /** The reply as the author reads it (the children's text for a child), fit to leave. */
  words: string
  at: string
}

export const REPLY_MESSAGE_FIELDS = {
  id: true,
  topic: true,
  status: true,
  words: true,
  at: true
} as const satisfies Record<keyof ReplyMessageRow, true>

export function toReplyMessageRow(s: Suggestion, reply: Reply): ReplyMessageRow {
  const words = s.mode === 'child' && reply.textForChildren ? reply.textForChildren : reply.text
  return { id: s._id, topic: s.topic, status: s.status, words: outboundStaffText(words, s), at: reply.at }
}

/**
 * The message about a status step (受理, 办理中, 已答复, 采纳, 不予采纳 with why, 已办结 with 解决了吗),
 * the same fields as a reply's: what the step means in the author's words (a child's for a
 * child), and a refusal's reason as any staff text leaves (outboundStaffText).
 */
export function toProgressMessageRow(s: Suggestion, entry: HistoryEntry): ReplyMessageRow {
  const child = s.mode === 'child'
  const reason = entry.status === 'rejected' && !entry.event && entry.note ? outboundStaffText(entry.note, s) : ''
  const words =
    entry.event === 'transferred' && entry.to
      ? `${child ? '你的建议交给了' : '已转办给'}${entry.to}`
      : reason
        ? `${child ? '没办法照做' : '不予采纳'}：${reason}`
        : PROGRESS_WORDS[entry.status][child ? 'child' : 'adult']
  return { id: s._id, topic: s.topic, status: entry.status, words, at: entry.at }
}

/** A status step told in a message (thing3, 20 characters at most: short). */
export const PROGRESS_WORDS: Record<Status, { adult: string; child: string }> = {
  submitted: { adult: '已收到你的建议', child: '你的建议送到啦' },
  accepted: { adult: '工作人员已受理', child: '工作人员看到你的建议了' },
  in_progress: { adult: '正在办理', child: '大人们正在忙着办' },
  answered: { adult: '已答复，点开查看', child: '工作人员答复啦，点开看看' },
  adopted: { adult: '你的建议被采纳了', child: '好消息！你的建议被采纳了' },
  rejected: { adult: '不予采纳，点开查看原因', child: '这次没办法照做，点开看看' },
  closed: { adult: '已办结。解决了吗？点开告诉我们', child: '办完啦！解决了吗？告诉我们' },
  withdrawn: { adult: '已撤回', child: '你把建议收回了' }
}

/** What the new-suggestion notice to staff is made from: who, what about, where, when; never words. */
export interface StaffNoticeRow {
  id: string
  mode: Mode
  topic: Topic
  street?: string
  community?: string
  createdAt: string
}

export const STAFF_NOTICE_FIELDS = {
  id: true,
  mode: true,
  topic: true,
  street: true,
  community: true,
  createdAt: true
} as const satisfies Record<keyof StaffNoticeRow, true>

export function toStaffNoticeRow(s: Suggestion): StaffNoticeRow {
  return {
    id: s._id,
    mode: s.mode,
    topic: s.topic,
    ...(s.street ? { street: s.street } : {}),
    ...(s.community ? { community: s.community } : {}),
    createdAt: s.createdAt
  }
}
