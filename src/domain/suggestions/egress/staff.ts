// What staff receive of a row: the inbox card, the case view and the report's figures. Staff see
// the words as they are (they review them), the contact masked (the full one only through the
// logged openContact), the consent as its record; never the author's openid, the worker's own
// openid on an assisted row, or the purge's bookkeeping.
import { firstChars } from '../../text'
import { caseDeadlineView, inboxDeadline, type DeadlineClock } from '../../staff/deadlines'
import type { InboxItem, StaffSuggestion, SuggestionOriginal } from '../../staff/api'
import { maskContact } from '../../staff/mask'
import type { ReportRow } from '../../staff/report'
import { findCommunity, findStreet } from '../../streets'
import { isOpenFollowUp } from '../followup'
import type { Suggestion } from '../model'
import { sharedCase } from './author'
import { present } from './fields'

export const INBOX_FIELDS = {
  id: true,
  topic: true,
  mode: true,
  title: true,
  excerpt: true,
  ageGroup: true,
  street: true,
  community: true,
  status: true,
  visibility: true,
  supportCount: true,
  createdAt: true,
  updatedAt: true,
  hasPhoto: true,
  hasDrawing: true,
  hasAudio: true,
  hasContact: true,
  replyCount: true,
  channel: true,
  followUp: true,
  urgent: true,
  deadline: true,
  assigneeName: true,
  assignedToMe: true
} as const satisfies Record<keyof InboxItem, true>

/** `clock`: the limits in force and the time of the call, for the step still owed. */
export function toInboxItem(s: Suggestion, clock: DeadlineClock, me: string | null = null): InboxItem {
  const deadline = inboxDeadline(s, clock)
  return {
    id: s._id,
    topic: s.topic,
    mode: s.mode,
    title: s.title,
    excerpt: firstChars(s.text, 60),
    ...(s.ageGroup ? { ageGroup: s.ageGroup } : {}),
    ...(s.street ? { street: s.street } : {}),
    ...(s.community ? { community: s.community } : {}),
    status: s.status,
    visibility: s.visibility,
    supportCount: s.supportCount,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    hasPhoto: s.photoFileIds.length > 0,
    hasDrawing: Boolean(s.drawingFileId),
    hasAudio: Boolean(s.audioFileId),
    hasContact: Boolean(s.contact),
    replyCount: s.replies.length,
    ...(s.channel ? { channel: s.channel } : {}),
    ...(isOpenFollowUp(s) ? { followUp: true as const } : {}),
    ...(s.urgent ? { urgent: true as const } : {}),
    ...(deadline ? { deadline } : {}),
    ...(s.assignee ? { assigneeName: s.assignee.name } : {}),
    ...(s.assignee && me && s.assignee.openid === me ? { assignedToMe: true as const } : {})
  }
}

export const STAFF_FIELDS = {
  id: true,
  mode: true,
  topic: true,
  title: true,
  text: true,
  drawingFileId: true,
  photoFileIds: true,
  audioFileId: true,
  audioDurationMs: true,
  transcript: true,
  audioCheck: true,
  location: true,
  street: true,
  streetName: true,
  community: true,
  communityName: true,
  ageGroup: true,
  onBehalfOfChild: true,
  contact: true,
  consent: true,
  voiceConsent: true,
  personalDataPurgedAt: true,
  authorDeletedAt: true,
  visibility: true,
  publication: true,
  openOnBoard: true,
  hidden: true,
  urgent: true,
  redactedAt: true,
  status: true,
  history: true,
  replies: true,
  supportCount: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  followUps: true,
  prefill: true,
  rev: true,
  enteredBy: true,
  channel: true,
  approvedSpans: true,
  original: true,
  allowed: true,
  deadlines: true,
  department: true,
  assignee: true,
  internalNotes: true
} as const satisfies Record<keyof StaffSuggestion, true>

/** What the case view adds from outside the row: the originals (district admins) and the buttons. */
export interface StaffExtras {
  original?: SuggestionOriginal | null
  allowed: StaffSuggestion['allowed']
  clock: DeadlineClock
  /** The department it was handed to (转办), looked up by the function: its name is not on the row. */
  department?: StaffSuggestion['department'] | null
  /** The caller's openid: whether the assignee is them (the openid itself never leaves). */
  me?: string | null
}

/** The case view of a row already known to be in the caller's area. */
export function toStaffSuggestion(s: Suggestion, extras: StaffExtras): StaffSuggestion {
  const { original } = extras
  return {
    ...sharedCase(s),
    replies: s.replies,
    rev: s.rev ?? 0,
    ...present(s, ['audioCheck', 'consent', 'voiceConsent', 'enteredBy', 'channel', 'approvedSpans', 'urgent']),
    // A hidden mark stays null once shown again: the page tells "never hidden" from "shown again".
    ...(s.hidden !== undefined ? { hidden: s.hidden } : {}),
    ...(s.street ? { streetName: findStreet(s.street)?.name } : {}),
    ...(s.community ? { communityName: findCommunity(s.community)?.community.name } : {}),
    ...(s.department && extras.department?.id === s.department ? { department: extras.department } : {}),
    ...(s.assignee
      ? {
          assignee: {
            staffId: s.assignee.staffId,
            name: s.assignee.name,
            at: s.assignee.at,
            by: s.assignee.by,
            isMe: Boolean(extras.me) && s.assignee.openid === extras.me
          }
        }
      : {}),
    ...(s.internalNotes?.length
      ? { internalNotes: s.internalNotes.map(({ id, at, by, text }) => ({ id, at, by, text })) }
      : {}),
    ...(s.contact ? { contact: maskContact(s.contact) } : {}),
    ...(original
      ? {
          original: {
            ...(original.title !== undefined ? { title: original.title } : {}),
            ...(original.text !== undefined ? { text: original.text } : {}),
            removedFiles: original.removedFiles
          }
        }
      : {}),
    allowed: extras.allowed,
    deadlines: caseDeadlineView(s, extras.clock)
  }
}

export const REPORT_FIELDS = {
  status: true,
  topic: true,
  mode: true,
  ageGroup: true,
  street: true,
  community: true,
  createdAt: true,
  history: true,
  replies: true,
  followUps: true
} as const satisfies Record<keyof ReportRow, true>

/** What a report counts a row by: statuses and times, never a word or a note. */
export function toReportRow(s: Suggestion): ReportRow {
  return {
    status: s.status,
    topic: s.topic,
    mode: s.mode,
    ...(s.ageGroup ? { ageGroup: s.ageGroup } : {}),
    ...(s.street ? { street: s.street } : {}),
    ...(s.community ? { community: s.community } : {}),
    createdAt: s.createdAt,
    history: s.history.map((h) => ({ status: h.status, at: h.at, by: h.by, ...(h.event ? { event: h.event } : {}) })),
    replies: s.replies.map((r) => ({ at: r.at })),
    ...(s.followUps ? { followUps: s.followUps.map((f) => ({ answer: f.answer, at: f.at })) } : {})
  }
}

/** What 查看完整号码 answers (staff.openContact, after its audit entry): the contact, nothing else. */
export interface OpenedContact {
  name?: string
  phone: string
}

export function toOpenedContact(s: Suggestion): OpenedContact | null {
  if (!s.contact) return null
  return { ...(s.contact.name ? { name: s.contact.name } : {}), phone: s.contact.phone ?? '' }
}
