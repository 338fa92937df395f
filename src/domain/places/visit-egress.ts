// Everything of a visit request that leaves the places function goes through one of these
// projections, each an allow-list. Every stored field is decided in VISIT_FIELDS: a new field that
// is not listed fails the egress tests.
import { maskName, maskPhone } from '../staff/mask'
import type { VisitChildAge, VisitRequest, VisitSlot, VisitStatus } from './visits'

/** Ways out of the places function for a visit request. */
export const VISIT_EGRESS = {
  mine: 'the parent’s own requests on the place page and 我的参观预约 (toMyVisit)',
  myData: 'the parent’s own requests on 我的数据 and in its file, in words (toMyDataVisit)',
  staff: 'the staff list of requests in their area, contact masked (toStaffVisit)',
  openContact: 'the whole name and phone, one logged step (toOpenedVisitContact)',
  notice: 'the subscribe message of the answer (visitMessage in ./visit-message)',
  staffNotice: 'the subscribe message telling the area’s staff a request came (toVisitNoticeRow, visitRequestNotice)'
} as const
export type VisitEgress = keyof typeof VISIT_EGRESS

export const VISIT_FIELDS: Record<keyof VisitRequest, readonly VisitEgress[]> = {
  _id: ['mine', 'staff'],
  // The answer's message opens the centre's visit page by it.
  placeId: ['mine', 'staff', 'notice'],
  placeName: ['mine', 'myData', 'staff', 'notice', 'staffNotice'],
  street: ['staff'],
  community: ['staff'],
  userId: [],
  childAge: ['mine', 'myData', 'staff'],
  slot: ['mine', 'myData', 'staff'],
  note: ['mine', 'myData', 'staff'],
  // Staff see them masked; the whole only through openContact (logged); the parent sees their own.
  guardianName: ['mine', 'myData', 'staff', 'openContact'],
  guardianPhone: ['mine', 'myData', 'staff', 'openContact'],
  consentVersion: [],
  status: ['mine', 'myData', 'staff', 'notice'],
  answer: ['mine', 'myData', 'staff'],
  createdAt: ['mine', 'myData', 'staff', 'staffNotice'],
  closedAt: ['mine', 'myData', 'staff', 'notice'],
  answeredBy: ['staff'],
  notification: [],
  staffTold: []
}

/** What the parent and staff both see of a request (staff with the contact masked). */
interface VisitFacts {
  placeId: string
  placeName: string
  childAge: VisitChildAge
  slot: VisitSlot
  note?: string
  guardianName: string
  guardianPhone: string
  status: VisitStatus
  answer?: string
  createdAt: string
  closedAt?: string
}

const visitFacts = (r: VisitRequest): VisitFacts => ({
  placeId: r.placeId,
  placeName: r.placeName,
  childAge: r.childAge,
  slot: r.slot,
  ...(r.note ? { note: r.note } : {}),
  guardianName: r.guardianName,
  guardianPhone: r.guardianPhone,
  status: r.status,
  ...(r.answer ? { answer: r.answer } : {}),
  createdAt: r.createdAt,
  ...(r.closedAt ? { closedAt: r.closedAt } : {})
})

export type MyVisit = VisitFacts & { id: string }

export const toMyVisit = (r: VisitRequest): MyVisit => ({ id: r._id, ...visitFacts(r) })

/** One of my requests on 我的数据: the centre named in words, never an id. */
export type MyDataVisit = Omit<VisitFacts, 'placeId'>

export function toMyDataVisit(r: VisitRequest): MyDataVisit {
  const { placeId: _placeId, ...rest } = visitFacts(r)
  return rest
}

export type StaffVisit = VisitFacts & {
  /** Opaque: what openContact and the answer name (never the parent’s account). */
  rowId: string
  street?: string
  community?: string
  answeredBy?: string
}

export function toStaffVisit(r: VisitRequest): StaffVisit {
  return {
    rowId: r._id,
    ...visitFacts(r),
    guardianName: maskName(r.guardianName),
    guardianPhone: maskPhone(r.guardianPhone),
    ...(r.street ? { street: r.street } : {}),
    ...(r.community ? { community: r.community } : {}),
    ...(r.answeredBy ? { answeredBy: r.answeredBy } : {})
  }
}

export const toOpenedVisitContact = (r: VisitRequest) => ({
  guardianName: r.guardianName,
  guardianPhone: r.guardianPhone
})

/** What the staff notice of a new request may carry: which centre and when; nothing of the parent. */
export interface VisitNoticeRow {
  placeName: string
  createdAt: string
}

export const toVisitNoticeRow = (r: VisitRequest): VisitNoticeRow => ({
  placeName: r.placeName,
  createdAt: r.createdAt
})
