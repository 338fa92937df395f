import { activityWhen, ageLabel, feeLabel, hasEnded, isEditable, isOpenForSignUp, isThisWeek } from './model'
import { signUpDue } from './retention'
import { SIGNUP_CONSENT_TEXT } from './consent'
import { standings } from './standing'
import type { Seat, SignUp } from './model'

const A = { startAt: '2026-12-05T01:30:00.000Z', endAt: '2026-12-05T03:00:00.000Z', status: 'published' as const }

describe('activity predicates', () => {
  it('sign-up is open until the start, never once cancelled', () => {
    expect(isOpenForSignUp(A, Date.parse('2026-12-05T01:29:00Z'))).toBe(true)
    expect(isOpenForSignUp(A, Date.parse('2026-12-05T01:30:00Z'))).toBe(false)
    expect(isOpenForSignUp({ ...A, status: 'cancelled' }, 0)).toBe(false)
    expect(isEditable(A, Date.parse('2026-12-05T02:00:00Z'))).toBe(true)
    expect(hasEnded(A, Date.parse('2026-12-05T03:00:00Z'))).toBe(true)
  })
  it('says when in China time, ages and price', () => {
    expect(activityWhen(A)).toBe('12月5日 周六 09:30–11:00')
    expect(ageLabel({ ageMin: 3, ageMax: 6 })).toBe('3–6 岁')
    expect(feeLabel(null)).toBe('免费')
    expect(feeLabel({ amountYuan: 20, note: '材料费' })).toBe('20 元（材料费）')
  })
  it('this week ends on Sunday night in China', () => {
    // Monday 2026-11-30 10:00 China.
    const monday = Date.parse('2026-11-30T02:00:00Z')
    expect(isThisWeek(A, monday)).toBe(true)
    expect(isThisWeek({ startAt: '2026-12-06T15:59:00Z', endAt: '2026-12-06T15:59:30Z' }, monday)).toBe(true)
    expect(isThisWeek({ startAt: '2026-12-06T16:00:00Z', endAt: '2026-12-06T17:00:00Z' }, monday)).toBe(false)
  })
})

describe('retention', () => {
  it('a sign-up is due 30 days after the activity ended, and the consent says so', () => {
    expect(signUpDue({ activityEndAt: A.endAt }, new Date('2027-01-04T02:59:00Z'))).toBe(false)
    expect(signUpDue({ activityEndAt: A.endAt }, new Date('2027-01-04T03:00:00Z'))).toBe(true)
    expect(SIGNUP_CONSENT_TEXT).toContain('活动结束 30 天后')
  })
})

describe('standings', () => {
  const su = (id: string, at: string, state: SignUp['state'] = 'active') => ({ _id: id, signedAt: at, state }) as SignUp
  const seat = (n: number, signupId: string | null): Seat => ({ _id: `a#${n}`, activityId: 'a', n, signupId })
  it('seats first, then the waitlist in sign-up order; a second seat of one sign-up is stale', () => {
    const s = standings(
      [su('x', '1'), su('y', '2'), su('z', '3'), su('w', '0', 'cancelled')],
      [seat(1, 'x'), seat(2, 'x'), seat(3, 'w')],
      3
    )
    expect(s.confirmed).toBe(1)
    expect(s.waiting.map((w) => w._id)).toEqual(['y', 'z'])
    expect(s.of.get('z')).toEqual({ standing: 'waitlisted', position: 2 })
    expect(s.of.get('w')).toEqual({ standing: 'cancelled' })
    expect(s.stale.map((t) => t.n)).toEqual([2, 3])
    expect(s.freeSeats).toEqual([2, 3])
  })
})
