// 儿童议事会 in the policy function (the rules: src/domain/council). Every write is safe to send
// again: a representative's add and a round's opening are keyed by their ids, a join finds the
// account already joined, a ballot is replaced whole, closing counts once (tallyRound) and an
// answer is set, not appended.
import { inviteCodeFrom, normalizeInviteCode } from '../../src/domain/invite-code'
import { randomBytes } from 'node:crypto'
import { chinaDate } from '../../src/domain/clock'
import {
  ballotId,
  councilInviteExpired,
  quarterOf,
  type CouncilBallot,
  type CouncilItem,
  type CouncilRound,
  type Representative
} from '../../src/domain/council/model'
import {
  toGuardianContact,
  toMyPicks,
  toPublicItem,
  toPublicRound,
  toSelfRepresentative,
  toStaffItem,
  toStaffRepresentative,
  toStaffRound
} from '../../src/domain/council/egress'
import type { CouncilStreet } from '../../src/domain/council/api'
import { validateCouncilAnswer, validatePicks, validateRepresentative } from '../../src/domain/council/validate'
import { fail, ok } from '../../src/domain/errors'
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import { can, inScope } from '../../src/domain/staff/permissions'
import { STREETS } from '../../src/domain/streets'
import { audit, staffName } from '../../server/services/audit'
import {
  ballots,
  candidates,
  councilRows,
  items,
  openRound,
  representativeOf,
  representatives,
  rounds,
  tallyRound
} from '../../server/services/council'
import { claimRateSlot } from '../../server/services/rate-limit'
import { settle } from '../../server/services/polls'
import { toPublicPoll, type PublicPoll } from '../../src/domain/polls/egress'
import { pollStatus, type Poll } from '../../src/domain/polls/model'
import type { Context, Handlers } from '../../server/function'

const NOT_STAFF = '只有街道和区级管理员可以管理儿童议事会'
const NOT_DISTRICT = '只有区级管理员可以开始、结束议事和答复'
const NOT_YOURS = '街道管理员只能管理本街道的小代表'
const NOT_MEMBER = '只有小代表可以参加议事'
/** Closed rounds on the council page, newest first. */
const PUBLIC_ROUNDS = 4
const STAFF_LIST_LIMIT = 200

type CouncilHandlers = Pick<
  Handlers<'policy'>,
  | 'council'
  | 'councilMe'
  | 'joinCouncil'
  | 'pickCouncil'
  | 'staffCouncil'
  | 'addRepresentative'
  | 'endRepresentative'
  | 'councilGuardian'
  | 'openRound'
  | 'closeRound'
  | 'answerCouncilItem'
>

const staffLike = (ctx: Context) => can(ctx.caller, 'manageCouncil') || can(ctx.caller, 'leadCouncil')

async function representativeInScope(ctx: Context, id: unknown) {
  if (!can(ctx.caller, 'manageCouncil')) return { refused: fail('FORBIDDEN', NOT_STAFF) }
  const r = typeof id === 'string' && id ? await representatives(ctx).get(id) : null
  if (!r) return { refused: fail('NOT_FOUND', '没有找到这位小代表') }
  if (!inScope(ctx.caller, { street: r.street })) return { refused: fail('FORBIDDEN', NOT_YOURS) }
  return { r }
}

async function closedRounds(ctx: Context, limit: number): Promise<CouncilRound[]> {
  return rounds(ctx).find({ closedAt: { $ne: null } }, { orderBy: [['openedAt', 'desc']], limit })
}

async function roundItems(ctx: Context, roundId: string, street?: string): Promise<CouncilItem[]> {
  return items(ctx).find(
    { roundId, ...(street ? { street } : {}) },
    { orderBy: [['picks', 'desc']], limit: STAFF_LIST_LIMIT }
  )
}

export const councilHandlers: CouncilHandlers = {
  async council(_req, ctx) {
    const current = await openRound(ctx)
    const closed = []
    for (const round of await closedRounds(ctx, PUBLIC_ROUNDS)) {
      const settled = await tallyRound(ctx, ctx.now(), round)
      const list = await roundItems(ctx, round._id)
      const rows = await councilRows(ctx, list)
      const streets: CouncilStreet[] = []
      for (const s of STREETS) {
        const mine = list.filter((i) => i.street === s.code)
        if (!mine.length) continue
        streets.push({
          streetLabel: `${s.name}街道`,
          representatives: await representatives(ctx).count({ street: s.code, endedAt: null }),
          items: mine.map((i) => toPublicItem(i, rows.get(i.suggestionId) ?? null))
        })
      }
      // The polls asked for the round, closed and counted (a poll still running shows on 快问快答).
      const polls: PublicPoll[] = []
      const now = ctx.now()
      const asked = await ctx.repo
        .collection<Poll>('polls')
        .find({ councilRoundId: round._id }, { orderBy: [['createdAt', 'desc']], limit: 20 })
      for (const p of asked) {
        if (!p.openedAt || pollStatus(p, now.getTime()) !== 'closed') continue
        polls.push(toPublicPoll(await settle(ctx, now, p), now.getTime()))
      }
      closed.push({ ...toPublicRound(settled), streets, polls })
    }
    return ok({ current: current ? toPublicRound(current) : null, rounds: closed })
  },

  async councilMe(_req, ctx) {
    const me = await representativeOf(ctx, ctx.caller.openid)
    const round = await openRound(ctx)
    if (!me || !round)
      return ok({
        representative: me ? toSelfRepresentative(me) : null,
        round: round ? toPublicRound(round) : null,
        candidates: [],
        picks: []
      })
    const ballot = await ballots(ctx).get(ballotId(round._id, me._id))
    const offered = await candidates(ctx, me.street, round)
    // A pick taken off the board since (hidden, or pushed out of the list) is not shown, so it
    // is not kept either: the child's next save replaces the ballot with what they see.
    const shown = new Set(offered.map((c) => c.id))
    return ok({
      representative: toSelfRepresentative(me),
      round: toPublicRound(round),
      candidates: offered,
      picks: toMyPicks(ballot).filter((id) => shown.has(id))
    })
  },

  async joinCouncil(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    // A retry after a lost answer (the code is used up by then) finds the account joined.
    const already = await representativeOf(ctx, openid)
    if (already) return ok({ representative: toSelfRepresentative(already), replayed: true })
    const code = normalizeInviteCode(req.code)
    if (!code) return fail('VALIDATION', '邀请码是 8 位字母和数字，请再看一看', 'code')
    // Keyed by the code: a retry of the same try (its answer lost) is given its slot again.
    if (!(await claimRateSlot(ctx.repo, RATE_LIMITS.councilJoin, openid, ctx.now(), code)))
      return fail('RATE_LIMITED', RATE_LIMITS.councilJoin.message, 'code')
    const [r] = await representatives(ctx).find({ inviteCode: code }, { limit: 1 })
    if (!r || r.endedAt) return fail('NOT_FOUND', '没有找到这个邀请码，请和爸爸妈妈一起问问街道的工作人员', 'code')
    if (councilInviteExpired(r, ctx.now().getTime()))
      return fail('VALIDATION', '这个邀请码已经过期了，请和爸爸妈妈一起请街道的工作人员重新添加你', 'code')
    const patch = { openid, joinedAt: ctx.now().toISOString(), inviteCode: null }
    if (!(await representatives(ctx).updateIf(r._id, { inviteCode: code, openid: null }, patch))) {
      const now = await representatives(ctx).get(r._id)
      if (now?.openid !== openid) return fail('CONFLICT', '这个邀请码已经用过了', 'code')
      return ok({ representative: toSelfRepresentative(now), replayed: true })
    }
    return ok({ representative: toSelfRepresentative({ ...r, ...patch }), replayed: false })
  },

  async pickCouncil(req, ctx) {
    const me = await representativeOf(ctx, ctx.caller.openid)
    if (!me) return fail('FORBIDDEN', NOT_MEMBER)
    const round = typeof req.roundId === 'string' && req.roundId ? await rounds(ctx).get(req.roundId) : null
    if (!round) return fail('NOT_FOUND', '没有找到这一次议事')
    if (round.closedAt) return fail('CONFLICT', '这一次议事已经结束了，谢谢你！')
    const allowed = new Set((await candidates(ctx, me.street, round)).map((c) => c.id))
    const checked = validatePicks(req.picks, allowed)
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, 'picks')
    const ballot: CouncilBallot = {
      _id: ballotId(round._id, me._id),
      roundId: round._id,
      representativeId: me._id,
      street: me.street,
      picks: checked.value,
      at: ctx.now().toISOString()
    }
    await ballots(ctx).put(ballot)
    return ok({ picks: toMyPicks(ballot) })
  },

  async staffCouncil(_req, ctx) {
    if (!staffLike(ctx)) return fail('FORBIDDEN', NOT_STAFF)
    const district = ctx.caller.role === 'district_admin'
    const street = district ? undefined : (ctx.caller.scope.street ?? '')
    const reps = await representatives(ctx).find(street === undefined ? {} : { street }, {
      orderBy: [['createdAt', 'desc']],
      limit: STAFF_LIST_LIMIT
    })
    const current = await openRound(ctx)
    const closed = await closedRounds(ctx, PUBLIC_ROUNDS)
    const list: CouncilItem[] = []
    for (const round of closed) {
      await tallyRound(ctx, ctx.now(), round)
      list.push(...(await roundItems(ctx, round._id, street)))
    }
    const rows = await councilRows(ctx, list)
    const shown = current ? [current, ...closed] : closed
    return ok({
      representatives: reps.map((r) => toStaffRepresentative(r, ctx.now().getTime())),
      rounds: shown.map(toStaffRound),
      items: list.map((i) => toStaffItem(i, rows.get(i.suggestionId) ?? null))
    })
  },

  async addRepresentative(req, ctx) {
    if (!can(ctx.caller, 'manageCouncil')) return fail('FORBIDDEN', NOT_STAFF)
    const checked = validateRepresentative(req.representative, chinaDate(ctx.now().getTime()))
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const input = checked.value
    if (!inScope(ctx.caller, { street: input.street })) return fail('FORBIDDEN', NOT_YOURS, 'street')
    const record: Representative = {
      _id: input.id,
      street: input.street,
      nickname: input.nickname,
      ageGroup: input.ageGroup,
      guardian: {
        relation: input.guardianRelation,
        phone: input.guardianPhone,
        agreedOn: input.agreedOn,
        recordedByName: staffName(ctx.caller)
      },
      inviteCode: inviteCodeFrom(randomBytes(8)),
      openid: null,
      joinedAt: null,
      createdAt: ctx.now().toISOString(),
      createdBy: ctx.caller.openid,
      createdByName: staffName(ctx.caller),
      endedAt: null,
      endedByName: null
    }
    const inserted = (await representatives(ctx).insert(record)) === 'inserted'
    const stored = inserted ? record : await representatives(ctx).get(record._id)
    // The same admin saving the same child again (a lost answer) is answered with it; anything
    // else under its id (a phone corrected before the retry) is refused, never silently dropped.
    const asSaved = (r: Representative) =>
      JSON.stringify([
        r.createdBy,
        r.street,
        r.nickname,
        r.ageGroup,
        r.guardian?.relation,
        r.guardian?.phone,
        r.guardian?.agreedOn
      ])
    if (!stored || asSaved(stored) !== asSaved(record)) return fail('CONFLICT', '保存编号已被使用，请重新打开页面再试')
    await audit(
      ctx,
      'add_representative',
      { detail: { representativeId: stored._id, street: stored.street } },
      stored._id
    )
    return ok({ representative: toStaffRepresentative(stored, ctx.now().getTime()), replayed: !inserted })
  },

  async endRepresentative(req, ctx) {
    const { r, refused } = await representativeInScope(ctx, req.id)
    if (!r) return refused
    let ended = r
    if (!r.endedAt) {
      // The account loses access at once: the link to it and an unused code go with the end.
      const patch = {
        endedAt: ctx.now().toISOString(),
        endedByName: staffName(ctx.caller),
        openid: null,
        inviteCode: null
      }
      await representatives(ctx).updateIf(r._id, { endedAt: null }, patch)
      ended = (await representatives(ctx).get(r._id)) ?? { ...r, ...patch }
    }
    await audit(ctx, 'end_representative', { detail: { representativeId: r._id } }, r._id)
    return ok({ representative: toStaffRepresentative(ended, ctx.now().getTime()) })
  },

  async councilGuardian(req, ctx) {
    const { r, refused } = await representativeInScope(ctx, req.id)
    if (!r) return refused
    const contact = toGuardianContact(r)
    if (!contact) return fail('NOT_FOUND', '监护人的电话已按保存期限删除')
    // Logged before it is sent: each opening is an entry of its own.
    await audit(ctx, 'open_guardian_contact', { detail: { representativeId: r._id } })
    return ok(contact)
  },

  async openRound(_req, ctx) {
    if (!can(ctx.caller, 'leadCouncil')) return fail('FORBIDDEN', NOT_DISTRICT)
    const quarter = quarterOf(ctx.now().getTime())
    const open = await openRound(ctx)
    if (open && open._id !== quarter.id) return fail('CONFLICT', '上一次议事还没有结束，请先结束它')
    const round: CouncilRound = open ?? {
      _id: quarter.id,
      from: quarter.from,
      to: quarter.to,
      openedAt: ctx.now().toISOString(),
      openedByName: staffName(ctx.caller),
      closedAt: null,
      closedByName: null,
      talliedAt: null,
      ballotsDeletedAt: null
    }
    if (!open && (await rounds(ctx).insert(round)) === 'exists') {
      const held = await rounds(ctx).get(round._id)
      if (held?.closedAt) return fail('CONFLICT', '本季度的议事已经结束了，下个季度再开始')
    }
    await audit(ctx, 'open_round', { detail: { roundId: round._id } }, round._id)
    return ok({ round: toStaffRound((await rounds(ctx).get(round._id)) ?? round) })
  },

  async closeRound(req, ctx) {
    if (!can(ctx.caller, 'leadCouncil')) return fail('FORBIDDEN', NOT_DISTRICT)
    const round = typeof req.id === 'string' && req.id ? await rounds(ctx).get(req.id) : null
    if (!round) return fail('NOT_FOUND', '没有找到这一次议事')
    let closed = round
    if (!round.closedAt) {
      const patch = { closedAt: ctx.now().toISOString(), closedByName: staffName(ctx.caller) }
      await rounds(ctx).updateIf(round._id, { closedAt: null }, patch)
      closed = (await rounds(ctx).get(round._id)) ?? { ...round, ...patch }
    }
    // Counted for the last time, also when a crash came after closing and this is the retry.
    const settled = await tallyRound(ctx, ctx.now(), closed)
    await audit(ctx, 'close_round', { detail: { roundId: round._id } }, round._id)
    const list = await roundItems(ctx, round._id)
    const rows = await councilRows(ctx, list)
    return ok({
      round: toStaffRound(settled),
      items: list.map((i) => toStaffItem(i, rows.get(i.suggestionId) ?? null))
    })
  },

  async answerCouncilItem(req, ctx) {
    if (!can(ctx.caller, 'leadCouncil')) return fail('FORBIDDEN', NOT_DISTRICT)
    const item = typeof req.id === 'string' && req.id ? await items(ctx).get(req.id) : null
    if (!item) return fail('NOT_FOUND', '没有找到这条被选中的建议')
    const checked = validateCouncilAnswer(req.answer, chinaDate(ctx.now().getTime()))
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const given = checked.value
    const held = item.answer
    // The same answer sent again (its answer lost) is the stored one: written and logged once.
    const same =
      held &&
      held.plan === given.plan &&
      held.byOn === given.byOn &&
      held.words === given.words &&
      held.wordsForChildren === given.wordsForChildren
    const answer = same
      ? held
      : { ...given, answeredAt: ctx.now().toISOString(), answeredByName: staffName(ctx.caller) }
    if (!same) await items(ctx).update(item._id, { answer })
    await audit(
      ctx,
      'answer_council',
      { detail: { itemId: item._id, plan: answer.plan } },
      `${item._id}:${answer.answeredAt}`
    )
    const rows = await councilRows(ctx, [item])
    return ok({ item: toStaffItem({ ...item, answer }, rows.get(item.suggestionId) ?? null) })
  }
}
