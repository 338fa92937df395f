// Seats and the waitlist of one activity. A seat is a document (_id activity#n): taken by
// inserting it, or by writing a holder into an empty one only while it is empty (updateIf), so two
// sign-ups at the same moment can never both have it and capacity is never exceeded. Every write
// action ends with settle(), which frees seats whose holder cancelled and hands free seats to the
// waitlist in order: a step a crash left half done is finished by the next call (its retry).
import { createHash } from 'node:crypto'
import { MAX_LIMIT } from '../adapters/repository'
import type { Context } from '../function'
import { seatId, type Activity, type Seat, type SignUp } from '../../src/domain/activities/model'
import { toMyDataSignUp, type MyDataSignUp } from '../../src/domain/activities/egress'
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

/**
 * 删除我的全部数据 for activities: every sign-up of `openid` goes, and the seat it held passes to the
 * first on the waitlist as a cancel does. Each row is cancelled and settled before it is removed,
 * so a call that dies half way leaves a row its retry finds and finishes; never a seat held by a
 * sign-up that no longer exists. Returns how many sign-ups were removed.
 */
export async function forgetSignUps(ctx: Context, openid: string): Promise<number> {
  let removed = 0
  for (;;) {
    const rows = await signUps(ctx).find({ userId: openid }, { orderBy: [['_id', 'asc']], limit: MAX_LIMIT })
    if (rows.length === 0) return removed
    for (const r of rows) {
      if (r.state === 'active')
        await signUps(ctx).update(r._id, { state: 'cancelled', cancelledAt: ctx.now().toISOString() })
      const a = await activities(ctx).get(r.activityId)
      if (a) await settle(ctx, a)
      if (await signUps(ctx).remove(r._id)) removed += 1
    }
  }
}

/** 我的数据: each sign-up of `openid`, newest first, with where it stands. */
export async function mySignUpsForData(ctx: Context, openid: string): Promise<MyDataSignUp[]> {
  const rows = await signUps(ctx).find({ userId: openid }, { orderBy: [['signedAt', 'desc']], limit: MAX_LIMIT })
  const out: MyDataSignUp[] = []
  for (const r of rows) {
    const a = await activities(ctx).get(r.activityId)
    const standing = a ? ((await seatState(ctx, a)).st.of.get(r._id)?.standing ?? 'cancelled') : 'cancelled'
    out.push(toMyDataSignUp(r, a, standing))
  }
  return out
}
