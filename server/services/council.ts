// 儿童议事会's storage steps shared by the policy function and the purge: who a caller is on the
// council, the round under way, the suggestions a street's council looks at, and the final count
// of a closed round (written once: the items keep their answers, the ballots may then go).
import {
  ballotId,
  itemId,
  quarterBounds,
  tallyPicks,
  COUNCIL_LIMITS,
  type CouncilBallot,
  type CouncilItem,
  type CouncilRound,
  type Representative
} from '../../src/domain/council/model'
import { toSelfRepresentative, type MyCouncilData } from '../../src/domain/council/egress'
import { toCouncilRow, type CouncilRow } from '../../src/domain/suggestions/egress'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { isFixed } from '../../src/domain/suggestions/status'
import type { Context } from '../function'

type Store = Pick<Context, 'repo'>
export const representatives = (ctx: Store) => ctx.repo.collection<Representative>('council_representatives')
export const rounds = (ctx: Store) => ctx.repo.collection<CouncilRound>('council_rounds')
export const ballots = (ctx: Store) => ctx.repo.collection<CouncilBallot>('council_ballots')
export const items = (ctx: Store) => ctx.repo.collection<CouncilItem>('council_items')

const PAGE = 100

/** The caller's place on the council: only while they are a representative. */
export async function representativeOf(ctx: Store, openid: string | null): Promise<Representative | null> {
  if (!openid) return null
  const [r] = await representatives(ctx).find({ openid, endedAt: null }, { limit: 1 })
  return r ?? null
}

/** The round taking picks now, if any (at most one is open). */
export async function openRound(ctx: Store): Promise<CouncilRound | null> {
  const [r] = await rounds(ctx).find({ closedAt: null }, { orderBy: [['openedAt', 'desc']], limit: 1 })
  return r ?? null
}

/**
 * The suggestions a street's council looks at in a round: the street's suggestions of the round's
 * quarter that are on the public board (a person approved their words) and not yet done (已办结:
 * nothing left to ask the district for), children's first, then the newest, to
 * COUNCIL_LIMITS.candidates.
 */
export async function candidates(
  ctx: Store,
  street: string,
  round: CouncilRound,
  /** The count at the round's end: a pick of a suggestion finished since still counts. */
  { withDone = false } = {}
): Promise<CouncilRow[]> {
  const { startsAt, endsAt } = quarterBounds(round)
  const rows: CouncilRow[] = []
  for (let skip = 0; skip < COUNCIL_LIMITS.candidates * 10; skip += PAGE) {
    const page = await ctx.repo
      .collection<Suggestion>('suggestions')
      .find(
        { street, createdAt: { $gte: startsAt, $lt: endsAt } },
        { orderBy: [['createdAt', 'desc']], skip, limit: PAGE }
      )
    for (const s of page) {
      const row = toCouncilRow(s)
      if (row && (withDone || !isFixed(row.status))) rows.push(row)
    }
    if (page.length < PAGE) break
  }
  return rows.sort((a, b) => Number(b.byChild) - Number(a.byChild)).slice(0, COUNCIL_LIMITS.candidates)
}

/** The suggestions of some items as the board shows them now (null: no longer on the board). */
export async function councilRows(ctx: Store, list: readonly CouncilItem[]): Promise<Map<string, CouncilRow | null>> {
  const rows = new Map<string, CouncilRow | null>()
  for (const i of list) {
    if (rows.has(i.suggestionId)) continue
    const s = await ctx.repo.collection<Suggestion>('suggestions').get(i.suggestionId)
    rows.set(i.suggestionId, s ? toCouncilRow(s) : null)
  }
  return rows
}

/**
 * A closed round counted for the last time: one item per picked suggestion with its picks (an
 * item written by an earlier, interrupted count keeps its answer and gets the count again).
 */
export async function tallyRound(ctx: Store, now: Date, round: CouncilRound): Promise<CouncilRound> {
  if (round.talliedAt || !round.closedAt) return round
  const all: CouncilBallot[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await ballots(ctx).find({ roundId: round._id }, { orderBy: [['_id', 'asc']], skip, limit: PAGE })
    all.push(...page)
    if (page.length < PAGE) break
  }
  const streets = [...new Set(all.map((b) => b.street))]
  for (const street of streets) {
    // Only what is still on the board counts: a suggestion taken off it meanwhile is not tallied
    // (one finished meanwhile is: the children asked for it).
    const offered = new Set((await candidates(ctx, street, round, { withDone: true })).map((c) => c.id))
    const ofStreet = all
      .filter((b) => b.street === street)
      .map((b) => ({ picks: b.picks.filter((id) => offered.has(id)) }))
    for (const [suggestionId, picks] of tallyPicks(ofStreet)) {
      const item: CouncilItem = {
        _id: itemId(round._id, suggestionId),
        roundId: round._id,
        street,
        suggestionId,
        picks,
        answer: null
      }
      if ((await items(ctx).insert(item)) === 'exists') await items(ctx).update(item._id, { picks })
    }
  }
  const talliedAt = now.toISOString()
  if (await rounds(ctx).updateIf(round._id, { talliedAt: null }, { talliedAt })) return { ...round, talliedAt }
  return (await rounds(ctx).get(round._id)) ?? round
}

/** 我的数据: the caller's place on the council, with how many they picked in the round under way. */
export async function myCouncilForData(ctx: Store, openid: string): Promise<MyCouncilData | null> {
  const me = await representativeOf(ctx, openid)
  if (!me) return null
  const round = await openRound(ctx)
  const ballot = round ? await ballots(ctx).get(ballotId(round._id, me._id)) : null
  return { ...toSelfRepresentative(me), picks: ballot?.picks.length ?? 0 }
}

/**
 * 删除我的全部数据: the representative's ballots deleted, then their account unlinked (they stop
 * being a representative): a call that dies in between is finished by its retry. 1 when it did.
 */
export async function forgetRepresentative(ctx: Store, openid: string, at: string): Promise<number> {
  const me = await representativeOf(ctx, openid)
  if (!me) return 0
  for (const b of await ballots(ctx).find({ representativeId: me._id }, { limit: 200 }))
    await ballots(ctx).remove(b._id)
  const patch = { openid: null, inviteCode: null, endedAt: at, endedByName: '本人删除了自己的数据' }
  return (await representatives(ctx).updateIf(me._id, { openid }, patch)) ? 1 : 0
}
