// Seats and the waitlist of one activity. A seat is a document (_id activity#n): taken by
// inserting it, or by writing a holder into an empty one only while it is empty (updateIf), so two
// sign-ups at the same moment can never both have it and capacity is never exceeded. Every write
// action ends with settle(), which frees seats whose holder cancelled and hands free seats to the
// waitlist in order: a step a crash left half done is finished by the next call (its retry).
import { createHash } from 'node:crypto'
import { MAX_LIMIT } from '../../server/adapters/repository'
import type { Context } from '../../server/function'
import { seatId, type Activity, type Seat, type SignUp } from '../../src/domain/activities/model'
import { standings, type Standings } from '../../src/domain/activities/standing'

export const activities = (ctx: Context) => ctx.repo.collection<Activity>('activities')
export const signUps = (ctx: Context) => ctx.repo.collection<SignUp>('activity_signups')
export const seats = (ctx: Context) => ctx.repo.collection<Seat>('activity_seats')

/** One sign-up per account and activity; the id does not reveal the account. */
export function signUpIdOf(activityId: string, openid: string): string {
  return `su${createHash('sha256').update(`${activityId}\n${openid}`).digest('hex').slice(0, 24)}`
}

export interface SeatState {
  rows: SignUp[]
  seats: Seat[]
  st: Standings
}

export async function seatState(ctx: Context, a: Pick<Activity, '_id' | 'capacity'>): Promise<SeatState> {
  const rows = await signUps(ctx).find({ activityId: a._id }, { orderBy: [['signedAt', 'asc']], limit: MAX_LIMIT })
  const held = await seats(ctx).find({ activityId: a._id }, { orderBy: [['n', 'asc']], limit: MAX_LIMIT })
  return { rows, seats: held, st: standings(rows, held, a.capacity) }
}

async function claim(ctx: Context, activityId: string, n: number, signupId: string): Promise<boolean> {
  const id = seatId(activityId, n)
  if ((await seats(ctx).insert({ _id: id, activityId, n, signupId })) === 'inserted') return true
  return seats(ctx).updateIf(id, { signupId: null }, { signupId })
}

/** Frees stale seats and fills free ones from the waitlist; the state it leaves. */
export async function settle(ctx: Context, a: Pick<Activity, '_id' | 'capacity'>): Promise<SeatState> {
  // Each round changes at least one seat or ends; a lost race (another caller took the seat) reads again.
  for (let round = 0; round < 20; round++) {
    const state = await seatState(ctx, a)
    let changed = false
    for (const seat of state.st.stale)
      changed = (await seats(ctx).updateIf(seat._id, { signupId: seat.signupId }, { signupId: null })) || changed
    if (changed) continue
    const pairs = Math.min(state.st.freeSeats.length, state.st.waiting.length)
    if (pairs === 0) return state
    for (let i = 0; i < pairs; i++)
      changed = (await claim(ctx, a._id, state.st.freeSeats[i], state.st.waiting[i]._id)) || changed
    if (!changed) return state
  }
  return seatState(ctx, a)
}
