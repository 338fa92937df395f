// The subscribe message that tells a parent their 预约参观 was answered (its own module: the staff
// function, which shares ../staff/message, has no visits to tell).
import { clip, messageTime, type MessageData } from '../staff/message'
import { visitStatusLabel, type VisitOutcome, type VisitRequest } from './visits'

export const VISIT_MESSAGE_PAGE = 'pkg-places/visit/index'

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
