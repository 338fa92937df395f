// 预约参观's part of the `places` function's contract (PlacesApi extends it).
import type { MyVisit, StaffVisit } from './visit-egress'
import type { VisitOutcome, VisitStatus } from './visits'

/** A request on the staff list, with the centre's phones as its place record has them now. */
export interface StaffVisitItem {
  visit: StaffVisit
  centrePhones: string[]
}

export interface VisitApi {
  /**
   * A parent asks to visit a childcare centre: `visit` has VisitInput's shape (validateVisitRequest);
   * its client-generated id makes a retry answer the stored request (duplicate: true).
   */
  requestVisit: { request: { visit: unknown }; response: { visit: MyVisit; duplicate: boolean } }
  /** The caller's own requests, newest first; with placeId, only that centre's. */
  myVisits: { request: { placeId?: string }; response: { items: MyVisit[] } }
  /** The parent takes back a request nobody answered yet. */
  withdrawVisit: { request: { id: string }; response: { visit: MyVisit } }
  /** Staff: the requests for centres in their area, by status (default 待联系), newest first. */
  staffVisits: {
    request: { status?: VisitStatus; cursor?: string | null }
    response: { items: StaffVisitItem[]; next: string | null; pending: number; scopeLabel: string }
  }
  /** The whole name and phone of one request, logged before it is answered. */
  openVisitContact: {
    request: { id: string }
    response: { guardianName: string; guardianPhone: string; loggedAt: string }
  }
  /** Staff write what was agreed with the centre (or why not); the parent is told. */
  answerVisit: { request: { id: string; status: VisitOutcome; answer: string }; response: { visit: StaffVisit } }
}
