// The subscribe messages of 预约参观: to a parent, that their request was answered; to the staff of
// the centre's area, that a request came (its own module: the staff function, which shares
// ../staff/message, has no visits to tell).
import { clip, messageTime, staffNotice, type MessageData } from '../staff/message'
import type { VisitNoticeRow } from './visit-egress'
import { visitStatusLabel, type VisitOutcome, type VisitRequest } from './visits'

export const VISIT_MESSAGE_PAGE = 'pkg-places/visit/index'
export const STAFF_VISITS_PAGE = 'pkg-staff/visits/index'

const VISIT_WORDS: Record<VisitOutcome, string> = {
  arranged: '已和机构约好，请看答复',
  declined: '暂时不能安排，请看原因'
}

/**
 * 预约参观's answer goes with the reply template (keys as correctionMessage): the centre, the outcome
 * and when; never the parent's words or the staff answer (a message shows on a lock screen).
 * Null for a request not answered.
 */
export function visitMessage(r: VisitRequest): { page: string; data: MessageData } | null {
  if ((r.status !== 'arranged' && r.status !== 'declined') || !r.closedAt) return null
  return {
    page: `${VISIT_MESSAGE_PAGE}?placeId=${encodeURIComponent(r.placeId)}`,
    data: {
      thing1: { value: clip(`“${r.placeName}”参观预约`, 20) },
      phrase2: { value: clip(visitStatusLabel(r.status), 5) },
      thing3: { value: VISIT_WORDS[r.status] },
      time4: { value: messageTime(r.closedAt) }
    }
  }
}

/**
 * A new request, told to the staff of the centre's area with the 新建议提醒 template (its keys:
 * thing1, thing2, time3, as newSuggestionMessage): that a parent asks to visit, which centre and
 * when; never the parent's name, phone or words (read on 工作台 → 参观预约, where opening the
 * contact is logged).
 */
export function visitRequestNotice(row: VisitNoticeRow): { page: string; data: MessageData } {
  return staffNotice(STAFF_VISITS_PAGE, '家长预约参观托育机构', row.placeName, row.createdAt)
}
