/**
 * Property-based: random visit requests (any state, answered or not, names and phones of every
 * shape) through every way out of the places function. Each projection carries only the fields
 * VISIT_FIELDS allows it; the parent's account leaves through none; a whole phone only to its owner
 * or the logged step; the lock-screen message never the parent's words or the staff answer.
 */
import fc from 'fast-check'
import {
  toMyDataVisit,
  toMyVisit,
  toOpenedVisitContact,
  toStaffVisit,
  toVisitNoticeRow,
  VISIT_EGRESS,
  VISIT_FIELDS,
  type VisitEgress
} from './visit-egress'
import { visitMessage, visitRequestNotice } from './visit-message'
import { VISIT_CHILD_AGES, VISIT_SLOTS, VISIT_STATUSES, type VisitRequest } from './visits'

const phone = fc.oneof(
  fc.integer({ min: 3, max: 9 }).chain((d) => fc.stringMatching(new RegExp(`^1${d}\\d{9}$`))),
  fc.stringMatching(/^023-\d{8}$/)
)
const iso = fc.constantFrom('2026-12-01T02:00:00.000Z', '2026-12-03T09:30:00.000Z')

const request: fc.Arbitrary<VisitRequest> = fc.record(
  {
    _id: fc.stringMatching(/^visit[0-9a-f]{10}$/),
    placeId: fc.constantFrom('cc-1', 'cc-91500103MA5UTEST01'),
    placeName: fc.constantFrom('示例托育园', '大井巷示例宝贝屋'),
    street: fc.constant('500103003'),
    community: fc.constant('500103003019'),
    userId: fc.stringMatching(/^oUSER[A-Za-z0-9]{10}$/),
    childAge: fc.constantFrom(...VISIT_CHILD_AGES.map((a) => a.key)),
    slot: fc.constantFrom(...VISIT_SLOTS.map((s) => s.key)),
    note: fc.constantFrom('NOTEwords 想看午睡的地方'),
    guardianName: fc.constantFrom('王女士', '欧阳先生', '张小明妈妈', 'Anna'),
    guardianPhone: phone,
    consentVersion: fc.constant(1),
    status: fc.constantFrom(...VISIT_STATUSES.map((s) => s.key)),
    answer: fc.constantFrom('ANSWERwords 到前台找李老师'),
    createdAt: iso,
    closedAt: iso,
    answeredBy: fc.constantFrom('张社工'),
    notification: fc.constantFrom('sent' as const, 'failed' as const),
    staffTold: fc.boolean()
  },
  {
    requiredKeys: [
      '_id',
      'placeId',
      'placeName',
      'userId',
      'childAge',
      'slot',
      'guardianName',
      'guardianPhone',
      'consentVersion',
      'status',
      'createdAt'
    ]
  }
)

const allowed = (way: VisitEgress) =>
  Object.keys(VISIT_FIELDS).filter((k) => VISIT_FIELDS[k as keyof VisitRequest].includes(way))

describe('visit request egress, for any request', () => {
  it('every way out is decided, and every projection carries only fields decided for it', () => {
    fc.assert(
      fc.property(request, (r) => {
        const within = (out: object, way: VisitEgress, renamed: Record<string, string> = {}) =>
          expect(
            Object.keys(out)
              .map((k) => renamed[k] ?? k)
              .filter((k) => !allowed(way).includes(k))
          ).toEqual([])
        within(toMyVisit(r), 'mine', { id: '_id' })
        within(toMyDataVisit(r), 'myData')
        within(toStaffVisit(r), 'staff', { rowId: '_id' })
        within(toOpenedVisitContact(r), 'openContact')
        within(toVisitNoticeRow(r), 'staffNotice')
        expect(Object.keys(VISIT_EGRESS).sort()).toEqual([
          'mine',
          'myData',
          'notice',
          'openContact',
          'staff',
          'staffNotice'
        ])
      }),
      { numRuns: 200 }
    )
  })

  it('the parent’s account leaves through no way out; staff see the contact masked; the message holds no one’s words', () => {
    fc.assert(
      fc.property(request, (r) => {
        const everything = JSON.stringify([
          toMyVisit(r),
          toMyDataVisit(r),
          toStaffVisit(r),
          toOpenedVisitContact(r),
          visitMessage(r),
          visitRequestNotice(toVisitNoticeRow(r))
        ])
        expect(everything).not.toContain(r.userId)
        const staff = toStaffVisit(r)
        expect(JSON.stringify(staff)).not.toContain(r.guardianPhone)
        // Only the first three and the last four digits show.
        const digits = r.guardianPhone.replace(/\D/g, '')
        expect(staff.guardianPhone.replace(/\D/g, '')).toBe(digits.slice(0, 3) + digits.slice(-4))
        if (Array.from(r.guardianName).length > 1) expect(JSON.stringify(staff)).not.toContain(r.guardianName)
        const message = JSON.stringify(visitMessage(r))
        for (const words of ['NOTEwords', 'ANSWERwords', r.guardianName, r.guardianPhone, '张社工'])
          expect(message).not.toContain(words)
        // Only an answered request is told, and the message names the centre.
        const told = visitMessage(r)
        if ((r.status === 'arranged' || r.status === 'declined') && r.closedAt) expect(message).toContain(r.placeName)
        else expect(told).toBeNull()
        // The staff notice of a new request: the centre, never the parent's name, phone or words.
        const notice = JSON.stringify(visitRequestNotice(toVisitNoticeRow(r)))
        for (const words of ['NOTEwords', 'ANSWERwords', r.guardianName, r.guardianPhone, r._id])
          expect(notice).not.toContain(words)
        expect(notice).toContain(r.placeName)
        // My data names the centre in words, never an id.
        expect(JSON.stringify(toMyDataVisit(r))).not.toContain(r.placeId)
      }),
      { numRuns: 300 }
    )
  })
})
