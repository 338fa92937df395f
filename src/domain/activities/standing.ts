// Who has a seat and who waits, from the seats and the sign-ups of one activity. A seat names the
// sign-up holding it; active sign-ups without a seat wait in the order they signed up.
import type { Seat, SignUp, Standing } from './model'

export interface Standings {
  /** rowId → standing and, on the waitlist, the position (1 = next). */
  of: Map<string, { standing: Standing; position?: number }>
  confirmed: number
  /** Active sign-ups without a seat, in waitlist order. */
  waiting: SignUp[]
  /** Seats whose holder is no longer an active sign-up (a cancel that died half way): free them. */
  stale: Seat[]
  /** Seats numbered 1…capacity that nobody holds (absent or empty). */
  freeSeats: number[]
}

export const byWaitlistOrder = (a: Pick<SignUp, 'signedAt' | '_id'>, b: Pick<SignUp, 'signedAt' | '_id'>) =>
  a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0

export function standings(signUps: readonly SignUp[], seats: readonly Seat[], capacity: number): Standings {
  const active = new Map(signUps.filter((s) => s.state === 'active').map((s) => [s._id, s]))
  const holding = new Set<string>()
  const stale: Seat[] = []
  const held = new Set<number>()
  // The lowest seat a sign-up holds counts; a second one (two promotions at once) is stale.
  for (const seat of [...seats].sort((a, b) => a.n - b.n)) {
    if (!seat.signupId) continue
    if (seat.n > capacity || !active.has(seat.signupId) || holding.has(seat.signupId)) {
      stale.push(seat)
      continue
    }
    holding.add(seat.signupId)
    held.add(seat.n)
  }
  const of: Standings['of'] = new Map()
  for (const s of signUps) if (s.state === 'cancelled') of.set(s._id, { standing: 'cancelled' })
  for (const id of holding) of.set(id, { standing: 'confirmed' })
  const waiting = [...active.values()].filter((s) => !holding.has(s._id)).sort(byWaitlistOrder)
  waiting.forEach((s, i) => of.set(s._id, { standing: 'waitlisted', position: i + 1 }))
  const freeSeats: number[] = []
  for (let n = 1; n <= capacity; n++) if (!held.has(n)) freeSeats.push(n)
  return { of, confirmed: holding.size, waiting, stale, freeSeats }
}
