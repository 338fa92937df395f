/**
 * Property-based: random activities and sign-ups (any state, seat or waitlist, attended or not,
 * names and phones of every shape) through every way out of the activities function. Each stored
 * value carries a token of its own, so what an answer holds can be traced back to its field.
 */
import fc from 'fast-check'
import {
  ACTIVITY_FIELDS,
  SIGNUP_FIELDS,
  toMyDataSignUp,
  toMySignUp,
  toOpenedSignUpContact,
  toPublicActivity,
  toStaffActivity,
  toStaffSignUp,
  type ActivityEgress
} from './egress'
import { signUpsCsv } from './export'
import { activityNoticeData } from './message'
import { activityReminderData } from './reminder'
import { ACTIVITY_STATUSES, type Activity, type SignUp, type Standing } from './model'

const phone = fc.oneof(
  fc.integer({ min: 3, max: 9 }).chain((d) => fc.stringMatching(new RegExp(`^1${d}\\d{9}$`))),
  fc.stringMatching(/^023-\d{8}$/)
)
const name = fc.constantFrom('王女士', '李', '欧阳先生', '张小明妈妈', 'Anna')

const signUp: fc.Arbitrary<SignUp> = fc.record({
  _id: fc.stringMatching(/^su[0-9a-f]{10}$/),
  activityId: fc.constant('act-1'),
  userId: fc.stringMatching(/^oUSER[A-Za-z0-9]{10}$/),
  childAge: fc.integer({ min: 0, max: 17 }),
  guardianName: name,
  guardianPhone: phone,
  consentVersion: fc.constant(1),
  state: fc.constantFrom('active' as const, 'cancelled' as const),
  signedAt: fc.constant('2026-12-01T02:00:00.000Z'),
  cancelledAt: fc.option(fc.constant('2026-12-02T02:00:00.000Z'), { nil: undefined }),
  attended: fc.option(fc.boolean(), { nil: undefined }),
  activityEndAt: fc.constant('2026-12-05T03:00:00.000Z')
})

const activity: fc.Arbitrary<Activity> = fc.record({
  _id: fc.constant('act-1'),
  title: fc.constant('周末亲子绘本会'),
  description: fc.constant('一起读绘本'),
  place: fc.oneof(
    fc.record({
      kind: fc.constant('place' as const),
      placeId: fc.constant('cc-1'),
      name: fc.constant('大井巷儿童之家')
    }),
    fc.record({ kind: fc.constant('address' as const), address: fc.constant('民生路 1 号') })
  ),
  street: fc.constant('500103001'),
  community: fc.option(fc.constant('500103001001'), { nil: undefined }),
  startAt: fc.constant('2026-12-05T01:30:00.000Z'),
  endAt: fc.constant('2026-12-05T03:00:00.000Z'),
  ageMin: fc.constant(3),
  ageMax: fc.constant(6),
  capacity: fc.integer({ min: 1, max: 500 }),
  fee: fc.option(fc.record({ amountYuan: fc.constant(20) }), { nil: null }),
  howToSignUp: fc.constant(''),
  coverFileId: fc.option(fc.constant('cloud://env/staff-images/coverTOKEN.jpg'), { nil: undefined }),
  replacedCoverFileIds: fc.option(fc.constant(['cloud://env/staff-images/oldCoverTOKEN.jpg']), { nil: undefined }),
  status: fc.constantFrom(...ACTIVITY_STATUSES),
  notice: fc.option(fc.constant('改到下午'), { nil: undefined }),
  createdAt: fc.constant('2026-11-30T02:00:00.000Z'),
  createdBy: fc.stringMatching(/^oSTAFF[A-Za-z0-9]{10}$/),
  createdByName: fc.constant('张社工'),
  updatedAt: fc.constant('2026-11-30T02:00:00.000Z'),
  rev: fc.nat(20)
})

const standing = fc.constantFrom<Standing>('confirmed', 'waitlisted', 'cancelled')

/** The output keys a projection may carry for a field allowed to that way out. */
const allowed = (fields: Record<string, readonly ActivityEgress[]>, way: ActivityEgress) =>
  Object.keys(fields).filter((k) => fields[k].includes(way))

describe('activities egress, for any activity and sign-up', () => {
  it('the parent’s account leaves through no way out; a whole phone only to its owner or the logged step', () => {
    fc.assert(
      fc.property(activity, fc.array(signUp, { minLength: 1, maxLength: 5 }), standing, (a, rows, st) => {
        const counts = { confirmed: 0, waitlisted: 0 }
        const staffRows = rows.map((r) => toStaffSignUp(r, st, 1))
        const everything = JSON.stringify([
          toPublicActivity(a, counts),
          toStaffActivity(a, counts),
          rows.map((r) => toMySignUp(r, st, 1)),
          rows.map((r) => toMyDataSignUp(r, a, st)),
          staffRows,
          signUpsCsv(staffRows),
          activityNoticeData(a),
          activityReminderData(a),
          rows.map(toOpenedSignUpContact)
        ])
        for (const r of rows) expect(everything).not.toContain(r.userId)
        expect(everything).not.toContain(a.createdBy)
        const masked = JSON.stringify([staffRows, signUpsCsv(staffRows)])
        for (const r of rows) {
          expect(masked).not.toContain(r.guardianPhone)
          // The row's own masked phone shows the first three and the last four digits, no more
          // (looking for the middle four in it fails when they repeat the last four).
          const digits = r.guardianPhone.replace(/\D/g, '')
          const own = staffRows[rows.indexOf(r)].guardianPhone
          expect(own.replace(/\D/g, '')).toBe(digits.slice(0, 3) + digits.slice(-4))
          if (Array.from(r.guardianName).length > 1) expect(masked).not.toContain(r.guardianName)
        }
        // Citizens and the lock screen never see who published it or the stored file's id.
        const outward = JSON.stringify([toPublicActivity(a, counts), activityNoticeData(a), activityReminderData(a)])
        expect(outward).not.toContain('张社工')
        expect(outward).not.toContain('coverTOKEN')
      }),
      { numRuns: 300 }
    )
  })

  it('every projection carries only fields decided for its way out', () => {
    fc.assert(
      fc.property(activity, signUp, standing, (a, r, st) => {
        const within = (
          out: object,
          way: ActivityEgress,
          fields: Record<string, readonly ActivityEgress[]>,
          extra: string[]
        ) => expect(Object.keys(out).filter((k) => !allowed(fields, way).includes(k) && !extra.includes(k))).toEqual([])
        const counts = { confirmed: 1, waitlisted: 0 }
        // Derived fields: id is _id, the seat figures are counts, coverUrl a short-lived link.
        within(toPublicActivity(a, counts), 'public', ACTIVITY_FIELDS, ['id', 'seatsLeft', 'waitlisted', 'coverUrl'])
        within(toStaffActivity(a, counts), 'staffActivity', ACTIVITY_FIELDS, [
          'id',
          'seatsLeft',
          'waitlisted',
          'coverUrl'
        ])
        within(toMySignUp(r, st, 1), 'mine', SIGNUP_FIELDS, ['standing', 'waitlistPosition'])
        // 我的数据 names the activity by its title, time and place (the activity's fields, checked below).
        const myData = toMyDataSignUp(r, a, st)
        within(myData, 'myData', SIGNUP_FIELDS, [
          'standing',
          'activityTitle',
          'activityStartAt',
          'activityPlace',
          'activityCancelled'
        ])
        expect(allowed(ACTIVITY_FIELDS, 'myData').sort()).toEqual(['place', 'startAt', 'title'])
        expect(myData.activityTitle).toBe(a.title)
        expect(myData.activityStartAt).toBe(a.startAt)
        within(toStaffSignUp(r, st, 1), 'staffSignUp', SIGNUP_FIELDS, ['rowId', 'standing', 'waitlistPosition'])
        within(toOpenedSignUpContact(r), 'openContact', SIGNUP_FIELDS, [])
      }),
      { numRuns: 200 }
    )
  })
})
