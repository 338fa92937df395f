// Every field a stored suggestion has, and every way out of the system that lets it (or what is
// made of it) leave. The type below requires a line for each field of the row: a new field does
// not compile until someone decides where it may go, and the projections (public.ts, author.ts,
// staff.ts, outbound.ts) build their answers field by field, so a field goes nowhere until it is
// written into one of them. egress.test.ts checks that each projection lets out only what its
// line here says, with a row that fills every field with a value no other field has.
import type { RetainedSuggestion } from '../retention'

/** The ways out: every cloud function answer or message that carries suggestion data uses one. */
export const EGRESS = {
  ack: 'submit / enter / enterBatch answers (toAck)',
  public: 'the public board and the similar ones before sending (toPublic)',
  council: 'the suggestions a children’s council looks at and answers, as the board shows them (toCouncilRow)',
  stats: 'the public figures: counts per street and month (toStatsRow)',
  targets: 'the counts of adopted and finished suggestions beside each 2026 target (toTargetRow)',
  mine: 'the author’s own view: listMine, get, withdraw, deleteMyData, followUp (toMine)',
  images: 'short-lived links to the row’s files for its author or staff (toImageFiles)',
  inbox: 'the staff inbox cards (toInboxItem)',
  staff: 'the staff case view after get and every staff change (toStaffSuggestion)',
  openContact: 'the full contact for 查看完整号码, logged before it is sent (toOpenedContact)',
  report: 'the staff report’s figures (toReportRow)',
  export: 'the CSV and Open311 files (toExportRow)',
  replyMessage: 'the subscribe message to the author about a reply (toReplyMessageRow)',
  staffNotice: 'the new-suggestion message to staff (toStaffNoticeRow)'
} as const
export type Egress = keyof typeof EGRESS

/**
 * The row as stored. `legacyCommunity` is written by the community-code migration
 * (server/services/migrations.ts) on rows it changed; no view carries it.
 */
export type StoredSuggestion = RetainedSuggestion & { legacyCommunity?: { code: string; name: string } }

/** Where each field of the row may go (possibly only in part, masked or counted: see the projection). */
export const ROW_FIELDS = {
  _id: ['ack', 'public', 'council', 'mine', 'inbox', 'staff', 'export', 'replyMessage', 'staffNotice'],
  authorId: [],
  mode: ['mine', 'council', 'inbox', 'staff', 'report', 'export', 'staffNotice'],
  topic: ['public', 'council', 'targets', 'mine', 'inbox', 'staff', 'report', 'export', 'replyMessage', 'staffNotice'],
  // Words: the public board and exports only once approved, without what looks personal.
  title: ['public', 'council', 'mine', 'inbox', 'staff', 'export'],
  text: ['public', 'council', 'mine', 'inbox', 'staff', 'export'],
  transcript: ['public', 'council', 'mine', 'staff', 'export'],
  drawingFileId: ['mine', 'images', 'inbox', 'staff', 'export'],
  photoFileIds: ['mine', 'images', 'inbox', 'staff', 'export'],
  audioFileId: ['mine', 'images', 'inbox', 'staff'],
  audioDurationMs: ['mine', 'staff'],
  audioCheck: ['staff'],
  // Exports: a public place's name, and a point only for an adult's own row.
  location: ['mine', 'staff', 'export'],
  street: ['public', 'stats', 'mine', 'inbox', 'staff', 'report', 'export', 'staffNotice'],
  community: ['mine', 'inbox', 'staff', 'report', 'export', 'staffNotice'],
  legacyCommunity: [],
  ageGroup: ['mine', 'inbox', 'staff', 'report', 'export'],
  onBehalfOfChild: ['mine', 'staff', 'export'],
  // Staff and exports: masked; the full contact only through the logged openContact.
  contact: ['mine', 'inbox', 'staff', 'export', 'openContact'],
  consent: ['staff'],
  voiceConsent: ['staff'],
  // The 2026 targets' counts: only a reference to a policy item (never a place).
  prefill: ['mine', 'staff', 'targets'],
  visibility: ['ack', 'mine', 'inbox', 'staff', 'export'],
  publication: ['mine', 'staff', 'export'],
  // Where the row shows (PublishReview, the author's timeline); a flag, never a word.
  openOnBoard: ['mine', 'staff'],
  approvedSpans: ['public', 'council', 'staff', 'export'],
  status: [
    'ack',
    'public',
    'council',
    'stats',
    'targets',
    'mine',
    'inbox',
    'staff',
    'report',
    'export',
    'replyMessage'
  ],
  // Report: statuses and times only; exports: the reason of a refusal, fit to leave; the inbox:
  // only the due day its time of 受理 gives (deadline).
  history: ['mine', 'inbox', 'staff', 'report', 'export'],
  // Board and exports: the newest approved one, fit to leave; the report: their times.
  replies: ['public', 'mine', 'inbox', 'staff', 'report', 'export', 'replyMessage'],
  supportCount: ['public', 'mine', 'inbox', 'staff', 'export'],
  createdAt: ['ack', 'public', 'council', 'stats', 'mine', 'inbox', 'staff', 'report', 'export', 'staffNotice'],
  updatedAt: ['mine', 'inbox', 'staff', 'export'],
  rev: ['staff'],
  closedAt: ['mine', 'staff'],
  enteredBy: ['staff'],
  enteredById: [],
  channel: ['inbox', 'staff', 'export'],
  hidden: ['staff'],
  redactedAt: ['mine', 'staff'],
  personalDataPurgedAt: ['mine', 'staff'],
  authorDeletedAt: ['mine', 'staff'],
  // The answers: report and exports (the sentence only with approved words); drawings: images.
  followUps: ['mine', 'images', 'inbox', 'staff', 'report', 'export'],
  // A child may be in danger: staff only (the inbox's chip, the case page); never public, never
  // counted there. An export says only 不公开 in its 公开状态 column, never why.
  urgent: ['inbox', 'staff', 'export'],
  // 转办 to a department: staff only (the author reads it as the history's words).
  department: ['inbox', 'staff'],
  // 指派 and 内部备注: staff among themselves.
  assignee: ['inbox', 'staff'],
  internalNotes: ['staff'],
  purged: [],
  retentionDoneAt: []
} as const satisfies Record<keyof StoredSuggestion, readonly Egress[]>

/** The fields a way out may carry something of. */
export function fieldsFor(egress: Egress): Array<keyof StoredSuggestion> {
  return (Object.keys(ROW_FIELDS) as Array<keyof StoredSuggestion>).filter((f) =>
    (ROW_FIELDS[f] as readonly Egress[]).includes(egress)
  )
}

/**
 * The listed optional fields of a row that are set, copied as they are: the projections name each
 * field they let out, and an unset one stays out of the answer.
 */
export function present<T extends object, K extends keyof T>(s: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const k of keys) if (s[k] !== undefined && s[k] !== null) out[k] = s[k]
  return out
}
