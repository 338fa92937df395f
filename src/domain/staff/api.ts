// Contract of the `staff` cloud function: the community workers' and admins' backend. Every
// action checks the caller's role and area on the server (permissions.ts); the pages use `me`
// only to hide what the server would refuse anyway.
import type { NoFields } from '../wire'
import type { Role } from '../roles'
import type { SubmitAck } from '../suggestions/api'
import type { ImageUrls } from '../suggestions/images'
import type {
  AgeGroup,
  AudioCheck,
  EntryChannel,
  FollowUp,
  GuardianConsent,
  HiddenMark,
  HistoryEntry,
  Mode,
  Publication,
  Reply,
  Status,
  SuggestionLocation,
  Topic,
  TransferReason,
  InternalNote,
  UrgentMark,
  Visibility
} from '../suggestions/model'
import type { FieldError } from '../suggestions/validate'
import type { CaseDeadline, DeadlineLimits, DeadlineReport, InboxDeadline } from './deadlines'
import type { ExportFormat } from './export'
import type { InboxFilter, InboxSort } from './inbox-query'
import type { MaskedContact } from './mask'
import type { ScopeView, StaffAction } from './permissions'
import type { Department, TransferTarget } from './routing'
import type { StaffReport } from './report'
import type { ReplyTemplate } from './templates'

export type { InboxFilter, InboxSort } from './inbox-query'
export type { StaffReport } from './report'
export type { ReplyTemplate } from './templates'

export interface StaffMe {
  role: Role
  roleLabel: string
  name?: string
  scope: ScopeView
  /** What the role allows (still checked per suggestion and area on every call). */
  can: Record<StaffAction, boolean>
  /** The workflow steps this role may take. */
  transitions: Array<{ from: Status; to: Status; reasonRequired: boolean }>
}

/** One row of the inbox list: enough for a card, no personal data. */
export interface InboxItem {
  id: string
  topic: Topic
  mode: Mode
  title: string
  /** The first 60 characters of the text. */
  excerpt: string
  ageGroup?: AgeGroup
  street?: string
  community?: string
  status: Status
  visibility: Visibility
  supportCount: number
  createdAt: string
  updatedAt: string
  hasPhoto: boolean
  hasDrawing: boolean
  hasAudio: boolean
  hasContact: boolean
  replyCount: number
  channel?: EntryChannel
  /** 跟进: its author answered 还没有 after 已办结 and it is not closed again yet. */
  followUp?: true
  /** 紧急: a child may be in danger (Suggestion.urgent); the card says so first. */
  urgent?: true
  /** The step still owed and its due day (deadlines.ts); none once nothing is owed. */
  deadline?: InboxDeadline
  /** 指派: who works on it, by name; `assignedToMe` when it is the caller. */
  assigneeName?: string
  assignedToMe?: true
}

export interface InboxPage {
  items: InboxItem[]
  /** Pass as `cursor` for the next page; null at the end. */
  next: string | null
  /**
   * Rows the database matched (before text search / photo filter); null on later pages. With
   * `q` or `hasPhoto` the number shown is the rows searched, not the hits.
   */
  total: number | null
  /** False when text search / photo filter stopped at its scan budget: `next` continues it. */
  complete: boolean
}

/** Moderation originals: what was redacted or removed (admins only). */
export interface SuggestionOriginal {
  title?: string
  text?: string
  removedFiles: string[]
}

/** A suggestion as staff see it: contact masked, consent reduced to its record, no openid. */
export interface StaffSuggestion {
  id: string
  mode: Mode
  topic: Topic
  title: string
  text: string
  drawingFileId?: string
  photoFileIds: string[]
  /** A child's recording: staff play it through imageUrls' `audio` link; never public. */
  audioFileId?: string
  audioDurationMs?: number
  /** What a staff member heard in it (moderate op 'transcribe'): what the public board may show. */
  transcript?: string
  /** The automatic check of the recording: no verdict yet while it runs. */
  audioCheck?: AudioCheck
  location?: SuggestionLocation
  street?: string
  streetName?: string
  community?: string
  communityName?: string
  /** 转办: the department it was handed to (staff/routing.ts), by name. */
  department?: { id: string; name: string }
  /** 指派: who works on it (staff/casework.ts); `isMe` when it is the caller. */
  assignee?: { staffId: string; name: string; at: string; by: string; isMe: boolean }
  /** 内部备注: staff's notes for each other, oldest first; never shown to its author. */
  internalNotes?: InternalNote[]
  ageGroup?: AgeGroup
  onBehalfOfChild: boolean
  contact?: MaskedContact
  consent?: GuardianConsent
  /** The guardian's agreement to the child's recording (its version and when it arrived). */
  voiceConsent?: GuardianConsent
  personalDataPurgedAt?: string
  /** When the author deleted their personal data (or withdrew the suggestion). */
  authorDeletedAt?: string
  visibility: Visibility
  /** Whether its words may be public; 'pending' until someone with `publish` approved them. */
  publication?: Publication
  /** See Suggestion.openOnBoard: whether the board shows it while open, once public. */
  openOnBoard?: true
  hidden?: HiddenMark | null
  /** 紧急: a child may be in danger; who or what flagged it, and why. */
  urgent?: UrgentMark
  redactedAt?: string
  status: Status
  history: HistoryEntry[]
  replies: Reply[]
  supportCount: number
  createdAt: string
  updatedAt: string
  closedAt?: string
  /** The author's answers to 解决了吗？ (the last 还没有 without a new closure is 跟进). */
  followUps?: FollowUp[]
  prefill?: { source: 'policy' | 'place'; refId: string }
  /** 受理 and (once accepted) 答复: due day, when done, late or not (deadlines.ts). */
  deadlines: CaseDeadline[]
  /** Send back as `rev` with a change: a stale view is refused instead of overwriting. */
  rev: number
  enteredBy?: string
  channel?: EntryChannel
  /** What findPersonalInfo flagged when the words were published anyway (with a logged reason). */
  approvedSpans?: string[]
  /** Only for district admins, only when something was redacted or removed. */
  original?: SuggestionOriginal
  /** What this caller may do with it now (buttons). */
  allowed: {
    transitions: Status[]
    reply: boolean
    openContact: boolean
    moderate: boolean
    /** 公开: approve its words for the public board (street and district admins). */
    publish: boolean
    /** Take the approval back (anyone who moderates). */
    unpublish: boolean
    /** Approve a reply for the public board (street and district admins; rows whose words need it). */
    publishReply: boolean
    /** 标记紧急: flag a child in danger the words missed (any staff; not once it is flagged). */
    markUrgent: boolean
    /** 转办: hand it to a community, a street or a department (not once it is final). */
    transfer: boolean
    /** 我来负责 / 不再负责 (own), or 指派 anyone who can work on it (admins). */
    assign: boolean
    assignOthers: boolean
    /** 内部备注. */
    note: boolean
  }
}

export type NotifyOutcome =
  | { status: 'sent' }
  | { status: 'recorded' }
  | { status: 'skipped'; reason: 'no_template' | 'assisted_entry' | 'duplicate' }
  | { status: 'not_subscribed' }
  | { status: 'failed'; errCode?: number }

export type ModerationOp = 'approve' | 'hide' | 'unhide' | 'redact' | 'removeImage' | 'transcribe'

/** One step of a suggestion's moderation history (from the audit log; a name, never an openid). */
export interface ModerationEntry {
  at: string
  by: string
  role: Role | 'system'
  op: ModerationOp | 'publish' | 'unpublish' | 'publish_reply'
  /** Why it was hidden. */
  reason?: string
  /** What a redaction changed, and how many places. */
  field?: 'title' | 'text'
  count?: number
  /** The image a removal took out (its file is deleted). */
  fileId?: string
}

export interface BatchRowResult {
  /** 1-based, as on the paper form. */
  row: number
  ok: boolean
  id?: string
  duplicate?: boolean
  visibility?: Visibility
  errors?: FieldError[]
}

/** The time limits in force; `updatedAt`/`updatedBy` once a district admin has set them. */
export interface DeadlineSettings extends DeadlineLimits {
  updatedAt?: string
  updatedBy?: string
}

export interface StaffView {
  id: string
  /** Last characters of the openid, for recognising a record; the full id is never sent ('' while invited). */
  openidHint: string
  /** 待加入: the invitation code (ABCD-EFGH) to give the person, while it can still be used. */
  invite?: string
  /** The invitation was not used in time: prepare a new place. */
  inviteExpired?: true
  role: Exclude<Role, 'citizen'>
  roleLabel: string
  scope: ScopeView
  name: string
  active: boolean
  demo?: boolean
  /** 区儿童保护联系人: told at once of every urgent suggestion. */
  safeguardingContact?: true
}

export type AuditKind =
  | 'transition'
  | 'reply'
  | 'moderate'
  | 'publish'
  | 'open_contact'
  | 'enter'
  | 'export'
  | 'save_template'
  | 'save_staff'
  | 'purge'
  /** The author's own steps (suggestions.withdraw / deleteMyData); no openid, no data. */
  | 'withdraw'
  | 'delete_data'
  /** The author's answer to 解决了吗？ (answer only, never their sentence). */
  | 'follow_up'
  /** A correction report answered (places.resolveCorrection), with the place's fix if any. */
  | 'correct_place'
  /** District admins: a places import (not a dry run), a policy version, the 有什么变化 list. */
  | 'import_places'
  | 'publish_policy'
  | 'publish_news'
  /** A suggestion flagged urgent (a child may be in danger): by the words at submit, or by staff. */
  | 'urgent'
  /** District admins: a current value of a 2026 target (policy.recordProgress). */
  | 'record_progress'
  /** Street and district admins: a 快问快答 poll asked, opened or closed (policy.createPoll …). */
  | 'create_poll'
  | 'open_poll'
  | 'close_poll'
  /** 儿童议事会: a representative added or ended, a guardian's phone opened, a round opened or closed, an answer given. */
  | 'add_representative'
  | 'end_representative'
  | 'open_guardian_contact'
  | 'open_round'
  | 'close_round'
  | 'answer_council'
  /** 联系我的社区: an office's facts saved (which office; never more than the public facts). */
  | 'save_office'
  | 'save_place'
  /** 儿童友好路线: a route saved (which one, its source; never more than the public facts). */
  | 'save_walk_route'
  /** 预约参观: a parent's whole name and phone opened (which request), an answer written (which, the outcome). */
  | 'open_visit_contact'
  | 'answer_visit'
  /** 机构照片: a place's photos replaced (which place, how many; never the files). */
  | 'save_place_photos'
  /** 转办: a suggestion handed to a community, a street or a department (from, to, reason). */
  | 'transfer'
  /** District admins: a department added or changed. */
  | 'save_department'
  /** 指派: a case taken, assigned or let go (to whom, by whom). */
  | 'assign'
  /** 内部备注 written (a count, never its words). */
  | 'internal_note'
  /** 活动: staff publish, change or cancel an activity; open a sign-up's contact; mark attendance; export. */
  | 'publish_activity'
  | 'change_activity'
  | 'cancel_activity'
  | 'open_signup_contact'
  | 'mark_attendance'
  | 'export_signups'
  /** The purge deleted the sign-ups of activities that ended long enough ago. */
  | 'purge_signups'
  /** District admins: the working days allowed for 受理 and 答复 (staff.saveDeadlines). */
  | 'save_deadlines'
  /** 督办: the scheduled pass took an overdue step to the street or the district (system). */
  | 'escalate'

export interface AuditView {
  id: string
  kind: AuditKind
  at: string
  actorName: string
  actorRole: Role | 'system'
  suggestionId?: string
  /** The suggestion as staff call it (suggestionTitle), when it is still there. */
  suggestionTitle?: string
  detail?: Record<string, string | number | boolean | null>
}

export interface ExportFile {
  format: ExportFormat
  filename: string
  mimeType: string
  /** The whole file. The page service writes it (WeChat: FileSystemManager + openDocument / cloud storage; browser: a download). */
  content: string
  rows: number
  /** More rows matched than one export holds (EXPORT_MAX_ROWS): narrow the filter. */
  truncated: boolean
}

/** Optimistic concurrency: the `rev` of the view the change was made on (optional). */
interface Revisioned {
  rev?: number
}

export interface StaffApi {
  inbox: {
    request: { filter?: InboxFilter; sort?: InboxSort; cursor?: string | null; pageSize?: number }
    response: InboxPage
  }
  /** The staff entry on 我的: new suggestions in the caller's area, and 新建议提醒 still allowed. */
  waiting: { request: NoFields; response: { submitted: number; noticeCredits: number } }
  /** After the 订阅 request in a tap: an accepted one allows one more 新建议提醒. */
  subscribeNotice: { request: { accepted: boolean }; response: { noticeCredits: number } }
  get: { request: { id: string }; response: StaffSuggestion }
  /** Short-lived links to a suggestion's images, for staff whose area it is in. */
  imageUrls: { request: { id: string }; response: ImageUrls }
  /** The full contact; every call is written to the audit log. */
  openContact: {
    request: { id: string; purpose?: string }
    response: { contact: { name?: string; phone: string }; loggedAt: string }
  }
  transition: { request: { id: string; to: Status; note?: string } & Revisioned; response: StaffSuggestion }
  /**
   * text/textForChildren override the template's; `to` changes the status in the same step.
   * `clientId`: the page's id for this send (8–64 of A–Z a–z 0–9 _ -): the same id again is
   * answered with the row as it is (`duplicate`), nothing stored or sent twice.
   */
  reply: {
    request: {
      id: string
      clientId?: string
      templateId?: string
      text?: string
      textForChildren?: string
      to?: Status
      note?: string
    } & Revisioned
    response: { suggestion: StaffSuggestion; notification: NotifyOutcome; duplicate: boolean }
  }
  /**
   * 公开: `title` and `text` are what the approver read; if the row says something else now (a
   * redaction meanwhile), it is refused, so what goes public is exactly what a person approved.
   * While findPersonalInfo still finds something in them, `reason` (2–100 characters, kept in the
   * audit log) is required: those spans then go public with the words; nothing else it finds does.
   */
  publish: {
    request: { id: string; title: string; text: string; reason?: string } & Revisioned
    response: StaffSuggestion
  }
  /**
   * A reply to a row whose words needed approval goes on the board only once approved:
   * `replyId` is its client id (or its time, for older replies), `text` what the approver read.
   */
  publishReply: { request: { id: string; replyId: string; text: string } & Revisioned; response: StaffSuggestion }
  /**
   * 转办 (cloudfunctions/staff/routing.ts): to a community, a street or a department, with a reason
   * from TRANSFER_REASONS (the author reads its words) and an optional note (adult authors read it).
   */
  transfer: {
    request: { id: string; to: TransferTarget; reason: TransferReason; note?: string } & Revisioned
    response: StaffSuggestion
  }
  /**
   * 指派 (cloudfunctions/staff/casework.ts): `staffId` a staff record id, 'me' to take it (the
   * caller's own record), null to let it go. Admins assign anyone who can work on it; others only themselves.
   */
  assign: { request: { id: string; staffId: string | null } & Revisioned; response: StaffSuggestion }
  /** Who could work on it (active, in whose area it is): the admin's choice for 指派. */
  assignees: { request: { id: string }; response: { items: Array<{ id: string; name: string; roleLabel: string }> } }
  /** 内部备注: `clientId` (8–64 of A–Z a–z 0–9 _ -) makes a resend store it once. */
  addNote: { request: { id: string; clientId: string; text: string } & Revisioned; response: StaffSuggestion }
  /** Any staff: the departments a suggestion can be handed to (with inactive ones for the district admin). */
  departments: { request: NoFields; response: { items: Department[] } }
  /** District admins: a department added or changed (the audit log keeps each change). */
  saveDepartment: { request: { department: unknown }; response: Department }
  /** 标记紧急: a child may be in danger; the reason goes into the audit log (cloudfunctions/staff/urgent.ts). */
  markUrgent: { request: { id: string; reason: string } & Revisioned; response: StaffSuggestion }
  /** Takes the approval back: the words leave the public board until approved again. */
  unpublish: { request: { id: string } & Revisioned; response: StaffSuggestion }
  moderate: {
    request: {
      id: string
      op: ModerationOp
      reason?: string
      field?: 'title' | 'text'
      spans?: string[]
      fileId?: string
      /** op 'transcribe': what was said in the recording, as the staff member heard it. */
      transcript?: string
    } & Revisioned
    response: StaffSuggestion
  }
  /** Its moderation and 公开 steps, newest first (whoever may moderate it). */
  moderationLog: { request: { id: string }; response: { items: ModerationEntry[] } }
  /** One suggestion collected offline; `suggestion` has the citizen form's shape (validateSuggestion). */
  enter: { request: { suggestion: unknown; channel: EntryChannel }; response: SubmitAck }
  /** Up to 100 rows; rows without an id get `${batchId}-<row>` so a retried batch adds nothing twice. */
  enterBatch: {
    request: {
      rows: unknown[]
      channel: EntryChannel
      batchId: string
      defaults?: { street?: string; community?: string }
    }
    response: { results: BatchRowResult[]; inserted: number; duplicates: number; failed: number }
  }
  /** `deadlines`: steps on time and overdue per street and month of the due day (deadlines.ts). */
  report: { request: { filter?: InboxFilter }; response: StaffReport & { limit: number; deadlines: DeadlineReport } }
  /** `limit`: rows at most (1–10000, default 10000); keep WeChat downloads small (see the bench for sizes). */
  export: {
    request: { filter?: InboxFilter; sort?: InboxSort; format: ExportFormat; limit?: number }
    response: ExportFile
  }
  listTemplates: { request: { includeInactive?: boolean }; response: { items: ReplyTemplate[] } }
  saveTemplate: { request: { template: unknown }; response: ReplyTemplate }
  /** Any staff: the time limits in force (defaults until a district admin sets them). */
  deadlines: { request: NoFields; response: DeadlineSettings }
  /** District admins; each change goes into the audit log with the limits before and after. */
  saveDeadlines: { request: { limits: unknown }; response: DeadlineSettings }
  listStaff: { request: NoFields; response: { items: StaffView[] } }
  saveStaff: { request: { staff: unknown }; response: StaffView }
  /**
   * District admins. `staffId`: one person's steps (their staff record id); `month`: YYYY-MM in
   * China time. 50 a page, newest first.
   */
  auditLog: {
    request: { suggestionId?: string; kind?: AuditKind; staffId?: string; month?: string; cursor?: string | null }
    response: { items: AuditView[]; next: string | null }
  }
}
