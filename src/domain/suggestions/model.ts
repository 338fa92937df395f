// 一米建议: what a suggestion is, in the words of the child and the adult forms.
import { charCount, firstChars } from '../text'

export const TOPICS = [
  { key: 'play', label: '玩的地方', emoji: '🛝' },
  { key: 'school_way', label: '上学路上', emoji: '🚸' },
  { key: 'safety', label: '安全', emoji: '🦺' },
  { key: 'parks_green', label: '公园和绿地', emoji: '🌳' },
  { key: 'toilets_water', label: '厕所和喝水', emoji: '🚻' },
  { key: 'doctor', label: '看病', emoji: '🏥' },
  { key: 'learning', label: '图书馆和学习', emoji: '📚' },
  { key: 'other', label: '其他', emoji: '💡' }
] as const
export type Topic = (typeof TOPICS)[number]['key']

export const AGE_GROUPS = [
  { key: 'under6', label: '6岁以下' },
  { key: '6to9', label: '6—9岁' },
  { key: '10to13', label: '10—13岁' },
  { key: '14to17', label: '14—17岁' }
] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]['key']

export type Mode = 'child' | 'adult'

export const STATUSES = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '办理中',
  adopted: '已采纳',
  answered: '已答复',
  rejected: '不予采纳',
  closed: '已办结',
  // The author took it back (not a staff step): nothing personal is left, staff can only look.
  withdrawn: '已撤回'
} as const
export type Status = keyof typeof STATUSES

/**
 * Whether anyone but the author may see it (after the content check). 'hidden': a staff member
 * took it off the public board (the author still sees it).
 */
export type Visibility = 'visible' | 'pending_review' | 'blocked' | 'hidden'

/**
 * Whether its words may go on the public board (see needsPublicationApproval): 'auto' for an
 * adult writing for themselves, 'pending' until a staff member approved a child's words (公开),
 * 'approved' after. A row without it (from before) is never public.
 */
export type Publication = 'auto' | 'pending' | 'approved'

/** How a suggestion collected offline reached a community worker (assisted entry). */
export const ENTRY_CHANNELS = { event: '活动', paper: '纸质', phone: '电话', visit: '上门' } as const
export type EntryChannel = keyof typeof ENTRY_CHANNELS

/**
 * A child may be in danger (safeguarding.ts): the row is never public, whatever its status or
 * approval, and the people who can act were told at once. Set by the words at submit or by a
 * staff member (标记紧急) for what the words missed; never taken off by the app.
 */
export interface UrgentMark {
  at: string
  /** 'words': the submit's word check; 'staff': a staff member's 标记紧急. */
  source: 'words' | 'staff'
  /** The staff member's display name, or 系统 for the word check. */
  by: string
  /** What made it urgent, for staff: the kinds the words suggest, or the staff member's reason. */
  reason: string
}

/** Why and by whom a suggestion was taken off the public board. */
export interface HiddenMark {
  at: string
  by: string
  reason: string
  /**
   * The visibility it had before: 取消隐藏 gives exactly that back, so hiding and showing again
   * never turns a row the content check blocked (or one waiting for review) into a visible one.
   * Marks from before it was recorded have none: such a row waits for a person's review.
   */
  from?: Exclude<Visibility, 'hidden'>
}

export interface GeoPoint {
  latitude: number
  longitude: number
}

export interface SuggestionLocation extends GeoPoint {
  /** How it was chosen: on the map, the phone's position, or a street's centre. */
  source: (typeof LOCATION_SOURCES)[number]
  /** A place the suggestion is about (from the place card), when there is one. */
  placeId?: string
  /** The place's name, or what the map picker named the point ("大井巷社区"). */
  placeName?: string
  /** The address the map picker gave for the point (chooseLocation's `address`). */
  address?: string
}

export const LOCATION_SOURCES = ['map', 'current', 'street', 'place'] as const

/**
 * A point someone picked on a map or the phone's own position: it can locate a person. Children
 * never send one (street or place only); retention and 我的数据 treat it as personal data.
 */
export function isPreciseLocation(location: SuggestionLocation | undefined): boolean {
  return location?.source === 'map' || location?.source === 'current'
}

export interface Contact {
  name?: string
  phone?: string
}

/** What the app says about consent: only which text version the guardian agreed to. */
export interface ConsentInput {
  version: string
}

/** The stored record of that consent. */
export interface GuardianConsent extends ConsentInput {
  /** When the server received it: a device clock can say anything (see recordConsent). */
  acceptedAt: string
}

/** What the app sends: the form's content plus a client-generated id (the idempotency key). */
export interface SuggestionInput {
  id: string
  mode: Mode
  topic: Topic
  title: string
  text: string
  drawingFileId?: string
  photoFileIds: string[]
  /** A child's recording (see audio.ts): the stored file and its length. Never public. */
  audioFileId?: string
  audioDurationMs?: number
  location?: SuggestionLocation
  street?: string
  community?: string
  ageGroup?: AgeGroup
  onBehalfOfChild: boolean
  contact?: Contact
  /** The guardian agreed to the recording (VOICE_CONSENT_TEXT): sent with a child's audio. */
  voiceConsent?: ConsentInput
  consent?: ConsentInput
  prefill?: { source: 'policy' | 'place'; refId: string }
}

/**
 * Steps recorded in the history that are not a staff status change: most keep the status; the
 * author's 还没有 (reopened) moves 已办结 back to 办理中 (see followup.ts).
 */
export const HISTORY_EVENTS = {
  published: '已同意公开（采纳或办结后显示在公示栏）',
  unpublished: '已撤下公开',
  data_deleted: '个人信息已删除',
  confirmed_solved: '提建议的人说：解决了',
  reopened: '提建议的人说：还没有解决，重新办理',
  /** 督办 (server/services/escalation.ts): an overdue step, taken up by the street, then the district. */
  escalated_street: '逾期未办，已督办到街道',
  escalated_district: '逾期未办，已督办到区',
  /** 转办 (staff.transfer): handed to a community, a street or a department; `to` and `reason` say which and why. */
  transferred: '已转办'
} as const
export type HistoryEvent = keyof typeof HISTORY_EVENTS

export interface HistoryEntry {
  status: Status
  at: string
  /** Who made the change: 'author', or a staff member's display name. */
  by: string
  note?: string
  /** Set when the entry records a step other than a staff status change (see HISTORY_EVENTS). */
  event?: HistoryEvent
  /** 转办: the name of whom it was handed to, as it was then (staff/routing.ts). */
  to?: string
  /** 转办: why, from the fixed list whose words the author reads (staff/routing.ts TRANSFER_REASONS). */
  reason?: TransferReason
}

/** The named worker a suggestion is assigned to (their openid never leaves the functions). */
export interface Assignee {
  /** Their staff record. */
  staffId: string
  openid: string
  name: string
  at: string
  /** Who assigned it (a display name): themselves when they took it. */
  by: string
}

/** A note staff write for each other on a case; its author never sees it. */
export interface InternalNote {
  /** The writer's client id for this note: the same note sent twice is stored once. */
  id: string
  at: string
  by: string
  text: string
}

/** Why a suggestion was handed on (the words: staff/routing.ts). */
export type TransferReason = 'triage' | 'responsibility' | 'location' | 'expertise'

export interface Reply {
  /**
   * The worker's client id for this send (the idempotency key, as a suggestion's id is): the same
   * send arriving twice (a second tap, a retry) is stored once. Replies from before have none.
   */
  id?: string
  at: string
  by: string
  text: string
  /** The same reply in words for children; what a child author sees. */
  textForChildren?: string
  /**
   * Whether it may be public, like the row's words (Publication): 'auto' on a row whose words need
   * no approval, 'pending' until a street or district admin approved it (staff.publishReply),
   * 'approved' after. Replies from before have none and count as their row's words would
   * (egress/approval.ts: replyApproved).
   */
  publication?: Publication
}

/**
 * WeChat's asynchronous audio check (security.mediaCheckAsync): requested at submit, its verdict
 * recorded when WeChat pushes it (suggestions.mediaChecked). The trace id that lets a verdict in
 * is kept apart (collection media_checks) and never leaves the functions.
 */
export interface AudioCheck {
  requestedAt: string
  /** The text check's verdict at submit: with the audio's, it decides the visibility. */
  text: 'pass' | 'review' | 'risky'
  /** Unset until the result arrives ('review': the check failed or doubted; a person decides). */
  verdict?: 'pass' | 'review' | 'risky'
  verdictAt?: string
}

/** The author's answer to 解决了吗？ (followup.ts: the rules, and the labels 解决了 / 还没有). */
export type FollowUpAnswer = 'solved' | 'not_yet'

/** One answer of the author to 解决了吗？ */
export interface FollowUp {
  answer: FollowUpAnswer
  at: string
  /** Which closure it answers (the row's closedAt then): one answer per closure. */
  closedAt: string
  /** The author's optional sentence (their data: withdraw, deleteMyData and the purge remove it). */
  text?: string
  /** A child's drawing with 还没有 (their data, like the sentence; staff only, never public). */
  drawingFileId?: string
}

/** A stored suggestion: the input, plus what the server knows. */
export interface Suggestion extends Omit<SuggestionInput, 'id' | 'consent' | 'voiceConsent'> {
  _id: string
  consent?: GuardianConsent
  /** The guardian's agreement to the child's recording: deleted with the recording. */
  voiceConsent?: GuardianConsent
  authorId: string
  visibility: Visibility
  status: Status
  history: HistoryEntry[]
  replies: Reply[]
  supportCount: number
  createdAt: string
  updatedAt: string
  /** Writes under a revision claim so far; each one claims the next number (cloudfunctions/staff/access.ts). */
  rev?: number
  /** When it reached 已办结; the retention period of a child's contact data counts from here. */
  closedAt?: string
  /**
   * Assisted entry: the worker's display name and the channel. The author of such a row is a
   * marker (assistedAuthorId), never the worker, so the citizen functions never hand the worker
   * the citizen's contact data; enteredById (the worker's openid) only lets the worker's own
   * retry of the same id count as a repeat.
   */
  enteredBy?: string
  enteredById?: string
  channel?: EntryChannel
  /** Set while visibility is 'hidden'; null after it is shown again. */
  hidden?: HiddenMark | null
  /** Last time a staff member redacted its text or removed an image (originals: admins only). */
  redactedAt?: string
  /** When contact and consent were deleted after the retention period. */
  personalDataPurgedAt?: string
  /** See Publication; set at submit and by staff.publish / staff.unpublish. */
  publication?: Publication
  /**
   * Its author was told, at submit, that once public it is on the board while the district still
   * works on it (OPEN_BOARD_STATUSES). Rows from before were promised the board only once adopted
   * or closed; they have none and keep that promise (no migration may set it).
   */
  openOnBoard?: true
  /** When the author deleted their words, pictures, contact and location (or withdrew it). */
  authorDeletedAt?: string
  /** What a staff member heard in the recording: the words the public board may show. */
  transcript?: string
  audioCheck?: AudioCheck
  /** The author's answers to 解决了吗？, one per closure (followup.ts). */
  followUps?: FollowUp[]
  /**
   * What findPersonalInfo still found in the words when a street or district admin published
   * them anyway, with a reason in the audit log (staff.publish): these spans may leave the system
   * with the approved words; anything else it finds never does (egress/words.ts). Cleared when
   * the approval is taken back, and at the retention deadline.
   */
  approvedSpans?: string[]
  /** See UrgentMark. Staff only: no author, public or outbound projection carries it. */
  urgent?: UrgentMark
  /**
   * The district department it was handed to (转办, staff/routing.ts): that department's staff see
   * and act on it, wherever it is. Staff only: where it went reaches the author as the history's words.
   */
  department?: string
  /** 指派: the named worker on it (staff/casework.ts). Staff only. */
  assignee?: Assignee
  /** 内部备注 staff write for each other (staff/casework.ts). Staff only; never its author's. */
  internalNotes?: InternalNote[]
}

/** A reply as its author reads it: the words and who wrote them, when. */
export type AuthorReply = Pick<Reply, 'at' | 'by' | 'text' | 'textForChildren'>

/**
 * What the author sees of their own suggestion: their words as the row holds them (a worker's
 * redaction shows as 【已隐去】, and the page says why), every reply, the timeline. Built field by
 * field by toMine (egress/author.ts); nothing else of the row reaches the author's phone.
 */
export interface MySuggestion extends Pick<
  Suggestion,
  | 'mode'
  | 'topic'
  | 'title'
  | 'text'
  | 'drawingFileId'
  | 'photoFileIds'
  | 'audioFileId'
  | 'audioDurationMs'
  | 'location'
  | 'street'
  | 'community'
  | 'ageGroup'
  | 'onBehalfOfChild'
  | 'contact'
  | 'prefill'
  | 'visibility'
  | 'publication'
  | 'openOnBoard'
  | 'status'
  | 'history'
  | 'supportCount'
  | 'createdAt'
  | 'updatedAt'
  | 'closedAt'
  | 'redactedAt'
  | 'personalDataPurgedAt'
  | 'authorDeletedAt'
  | 'transcript'
  | 'followUps'
> {
  id: string
  replies: AuthorReply[]
}

/** What everyone sees on the public board: no personal data at all. */
export interface PublicSuggestion {
  id: string
  topic: Topic
  title: string
  text: string
  street?: string
  status: Status
  supportCount: number
  createdAt: string
  reply?: string
}

/** A board row for one caller: whether they already tapped 我也想要 (the server sends it). */
export interface BoardItem extends PublicSuggestion {
  supportedByMe?: boolean
}

export function topicLabel(topic: Topic): string {
  return TOPICS.find((t) => t.key === topic)?.label ?? '其他'
}

/** How many characters of the words stand for a missing title. */
export const TITLE_FALLBACK_CHARS = 24

/** The start of a suggestion's words as a title: a cut says it is one (…), or 秋千 cut to 秋 reads as the child's word. */
export function startOfWords(text: string): string {
  return firstChars(text, TITLE_FALLBACK_CHARS) + (charCount(text) > TITLE_FALLBACK_CHARS ? '…' : '')
}

/**
 * What a list or a heading shows as a suggestion's title, everywhere: its title, else the start of
 * its words, else what it is about, named as the recording (stored: audioFileId; still in the
 * outbox: audioPath) or the drawing it came with.
 */
export function suggestionTitle(s: {
  title: string
  text?: string
  topic: Topic
  audioFileId?: string
  audioPath?: string
  drawingFileId?: string
  drawingPath?: string
}): string {
  const made = s.audioFileId || s.audioPath ? '的录音' : s.drawingFileId || s.drawingPath ? '的画' : ''
  return s.title || startOfWords(s.text ?? '') || `关于“${topicLabel(s.topic)}”${made}`
}

export function isUnder14(ageGroup: AgeGroup | undefined): boolean {
  return ageGroup === 'under6' || ageGroup === '6to9' || ageGroup === '10to13'
}
