// Every way out lets out only what ROW_FIELDS says, and only the keys its allow-list names. The
// row below fills every field of the stored row (Required<…>: a new field does not compile until it
// is added here and to ROW_FIELDS) with values no other field has; each projection's answer is then
// searched for the values of every field its line does not name.
import { newSuggestionMessage, replyMessage } from '../../staff/message'
import { toCsv, toOpen311 } from '../../staff/export'
import {
  ACK_FIELDS,
  EGRESS,
  EXPORT_FIELDS,
  INBOX_FIELDS,
  MINE_FIELDS,
  PUBLIC_FIELDS,
  REPLY_MESSAGE_FIELDS,
  REPORT_FIELDS,
  ROW_FIELDS,
  STAFF_FIELDS,
  STAFF_NOTICE_FIELDS,
  STATS_FIELDS,
  TARGET_ROW_FIELDS,
  fieldsFor,
  toAck,
  toExportRow,
  toImageFiles,
  toInboxItem,
  toMine,
  toOpenedContact,
  toPublic,
  toCouncilRow,
  COUNCIL_ROW_FIELDS,
  toReplyMessageRow,
  toReportRow,
  toStaffNoticeRow,
  toStaffSuggestion,
  toStatsRow,
  toTargetRow,
  type Egress,
  type StoredSuggestion
} from '.'
import { ALLOWED, CLOCK, FULL_ROW } from '../../../../tests/fixtures/egress'

/** The values a field holds that could be recognised in an answer (strings and numbers, not enums). */
function markers(value: unknown): string[] {
  if (typeof value === 'number') return [String(value)]
  if (typeof value === 'string') return /^F|^local:|^\d{4}-|^1\d{10}$/.test(value) ? [value] : []
  if (Array.isArray(value)) return value.flatMap(markers)
  if (value && typeof value === 'object') return Object.values(value).flatMap(markers)
  return []
}

// An urgent row has no public answer at all (tested below): the public ways out are read on the
// same row without the flag, so what they would let out of every other field is still checked.
const notUrgent = (s: StoredSuggestion): StoredSuggestion => ({ ...s, urgent: undefined })

/** Each way out, as every cloud function answer and message that uses it would carry it. */
const ANSWERS: Record<Egress, (s: StoredSuggestion) => unknown> = {
  ack: (s) => toAck(s, false),
  public: (s) => toPublic(notUrgent(s)),
  council: (s) => toCouncilRow(notUrgent(s)),
  stats: (s) => toStatsRow(notUrgent(s)),
  targets: (s) => toTargetRow(s),
  mine: (s) => toMine(s),
  images: (s) => toImageFiles(s),
  inbox: (s) => toInboxItem(s, CLOCK),
  staff: (s) => toStaffSuggestion(s, { allowed: ALLOWED, clock: CLOCK }),
  openContact: (s) => toOpenedContact(s),
  report: (s) => toReportRow(s),
  export: (s) => [toCsv([toExportRow(s)]), toOpen311([toExportRow(s)])],
  replyMessage: (s) => replyMessage(toReplyMessageRow(s, s.replies[0])),
  staffNotice: (s) => newSuggestionMessage(toStaffNoticeRow(s))
}

describe('egress: every field decided, every way out an allow-list', () => {
  it('the table names exactly the fields of the stored row', () => {
    expect(Object.keys(ROW_FIELDS).sort()).toEqual(Object.keys(FULL_ROW).sort())
    expect(Object.keys(ANSWERS).sort()).toEqual(Object.keys(EGRESS).sort())
  })

  it.each(Object.keys(EGRESS) as Egress[])('%s lets out nothing of a field its line does not name', (egress) => {
    const json = JSON.stringify(ANSWERS[egress](FULL_ROW))
    expect(json).toBeDefined()
    const allowed = new Set(fieldsFor(egress))
    for (const field of Object.keys(ROW_FIELDS) as Array<keyof StoredSuggestion>) {
      if (allowed.has(field)) continue
      for (const marker of markers(FULL_ROW[field])) {
        if (json.includes(marker))
          throw new Error(`${egress} carries ${field} (${marker}) without a line in ROW_FIELDS`)
      }
    }
  })

  it('an urgent row (a child may be in danger) has no public answer: not on the board, not counted', () => {
    expect([toPublic(FULL_ROW), toStatsRow(FULL_ROW), toCouncilRow(FULL_ROW)]).toEqual([null, null, null])
  })

  it('never lets out the openids, the purge’s marks or a migration’s leftovers', () => {
    for (const field of ['authorId', 'enteredById', 'purged', 'retentionDoneAt', 'legacyCommunity'] as const)
      expect(ROW_FIELDS[field]).toEqual([])
  })

  it('each projection answers only with the keys of its allow-list', () => {
    const keys = (o: unknown) => Object.keys(o as object)
    const within = (o: unknown, list: object) => expect(keys(o).filter((k) => !(k in list))).toEqual([])
    within(toAck(FULL_ROW, true), ACK_FIELDS)
    within(toPublic(notUrgent(FULL_ROW)), PUBLIC_FIELDS)
    within(toStatsRow(notUrgent(FULL_ROW)), STATS_FIELDS)
    within(toCouncilRow(notUrgent(FULL_ROW)), COUNCIL_ROW_FIELDS)
    within(toTargetRow(FULL_ROW), TARGET_ROW_FIELDS)
    within(toMine(FULL_ROW), MINE_FIELDS)
    within(toInboxItem(FULL_ROW, CLOCK), INBOX_FIELDS)
    within(toStaffSuggestion(FULL_ROW, { allowed: ALLOWED, clock: CLOCK }), STAFF_FIELDS)
    within(toReportRow(FULL_ROW), REPORT_FIELDS)
    within(toExportRow(FULL_ROW), EXPORT_FIELDS)
    within(toReplyMessageRow(FULL_ROW, FULL_ROW.replies[0]), REPLY_MESSAGE_FIELDS)
    within(toStaffNoticeRow(FULL_ROW), STAFF_NOTICE_FIELDS)
    // The author's replies: the words, who and when; not the client id or the approval state.
    expect(keys(toMine(FULL_ROW).replies[0]).sort()).toEqual(['at', 'by', 'text', 'textForChildren'])
  })

  it('the targets’ counts read a policy reference, never a place the row was about', () => {
    expect(toTargetRow(FULL_ROW)).toEqual({ topic: FULL_ROW.topic, status: FULL_ROW.status })
    expect(toTargetRow({ ...FULL_ROW, prefill: { source: 'policy', refId: 'childcareSlotsPerThousand' } })).toEqual({
      topic: FULL_ROW.topic,
      status: FULL_ROW.status,
      policyRef: 'childcareSlotsPerThousand'
    })
  })

  it('the board shows nothing of a row that is not on it', () => {
    for (const over of [
      { status: 'in_progress' as const },
      { visibility: 'hidden' as const },
      { visibility: 'blocked' as const },
      { publication: 'pending' as const },
      { publication: undefined }
    ])
      expect([toPublic({ ...FULL_ROW, ...over }), toCouncilRow({ ...FULL_ROW, ...over })]).toEqual([null, null])
  })
})
