// 快问快答 in the policy function. An answer is one record per person and poll (its _id says who
// and which poll), inserted once: a retry finds it and is answered as given. The counts on the
// poll are recounted from the records after every answer (a retry recounts the same), and for the
// last time when the poll has ended (closed early or past its last day): then they are final, the
// results are public and the purge may delete the records (cloudfunctions/purge/polls.ts). Two
// answers at the same moment may write their recounts in either order; the next recount, and at
// the latest the final one, sets them right, and nobody outside staff sees a count before that.
import { chinaDate, DAY_MS } from '../../src/domain/clock'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import { toCitizenPoll, toPublicPoll, toStaffPoll } from '../../src/domain/polls/egress'
import {
  answerId,
  asksRespondent,
  AUDIENCES,
  closeRefusal,
  isRespondent,
  openPollsWhere,
  pollStatus,
  type Poll,
  type PollAnswer
} from '../../src/domain/polls/model'
import { validatePoll } from '../../src/domain/polls/validate'
import { can, inScope } from '../../src/domain/staff/permissions'
import type { Caller } from '../../src/domain/roles'
import { audit, staffName } from '../../server/services/audit'
import { openRound } from '../../server/services/council'
import { recountRunning, settle } from '../../server/services/polls'
import { quarterLabel } from '../../src/domain/council/model'
import type { Handlers, Context } from '../../server/function'

const FORBIDDEN = '只有街道和区级管理员可以发起投票'
const NOT_YOURS = '街道管理员只能管理本街道的投票'
/** Closed polls stay on the citizens' page with their results this long after their last day. */
const RESULTS_SHOWN_DAYS = 30
const STAFF_LIST_LIMIT = 50
const CITIZEN_LIST_LIMIT = 20

const polls = (ctx: Context) => ctx.repo.collection<Poll>('polls')
const answers = (ctx: Context) => ctx.repo.collection<PollAnswer>('poll_answers')

/** A district admin manages every poll; a street admin those of their own street. */
const manages = (caller: Caller, p: Pick<Poll, 'street'>) =>
  can(caller, 'runPolls') &&
  (caller.role === 'district_admin' || (p.street !== null && inScope(caller, { street: p.street })))

async function pollFor(ctx: Context, id: unknown): Promise<Poll | null> {
  return typeof id === 'string' && id ? polls(ctx).get(id) : null
}

const staffView = (ctx: Context, p: Poll) => toStaffPoll(p, ctx.now().getTime(), manages(ctx.caller, p))

type PollHandlers = Pick<
  Handlers<'policy'>,
  'listPolls' | 'answerPoll' | 'staffPolls' | 'createPoll' | 'openPoll' | 'closePoll'
>

export const pollHandlers: PollHandlers = {
  async listPolls(_req, ctx) {
    const now = ctx.now().getTime()
    const open = await polls(ctx).find(openPollsWhere(now), { orderBy: [['endsOn', 'asc']], limit: CITIZEN_LIST_LIMIT })
    const since = chinaDate(now - RESULTS_SHOWN_DAYS * DAY_MS)
    const recent = await polls(ctx).find(
      { openedAt: { $ne: null }, endsOn: { $gte: since } },
      { orderBy: [['endsOn', 'desc']], limit: CITIZEN_LIST_LIMIT * 2 }
    )
    const closed: Poll[] = []
    for (const p of recent) if (pollStatus(p, now) === 'closed') closed.push(await settle(ctx, ctx.now(), p))
    const mine = async (p: Poll) => (ctx.caller.openid ? answers(ctx).get(answerId(p._id, ctx.caller.openid)) : null)
    const openViews = []
    for (const p of open) openViews.push(toCitizenPoll(p, now, await mine(p)))
    return ok({ open: openViews, closed: closed.slice(0, CITIZEN_LIST_LIMIT).map((p) => toPublicPoll(p, now)) })
  },

  async answerPoll(req, ctx) {
    const openid = ctx.caller.openid
    if (!openid) return fail('UNAUTHENTICATED')
    const poll = await pollFor(ctx, req.pollId)
    const now = ctx.now().getTime()
    if (!poll || !poll.openedAt) return fail('NOT_FOUND', '没有找到这个投票')
    if (!isRespondent(req.as)) return fail('VALIDATION', '请先选择：我是小朋友，还是我是家长', 'as')
    const option = req.option
    if (typeof option !== 'number' || !Number.isInteger(option) || option < 0 || option >= poll.options.length)
      return fail('VALIDATION', '请选一个选项', 'option')
    const id = answerId(poll._id, openid)
    const held = await answers(ctx).get(id)
    const status = pollStatus(poll, now)
    if (!held) {
      if (status !== 'open') return fail('CONFLICT', status === 'closed' ? '这个投票已经结束了' : '这个投票还没有开始')
      if (!asksRespondent(poll.audience, req.as))
        return fail('VALIDATION', `这个投票只问${AUDIENCES[poll.audience]}`, 'as')
    }
    const given: PollAnswer = held ?? {
      _id: id,
      pollId: poll._id,
      openid,
      option,
      as: req.as,
      at: ctx.now().toISOString()
    }
    // Inserted once; a second call of the same person (a retry, or a race) finds the first.
    const first = held ?? ((await answers(ctx).insert(given)) === 'inserted' ? given : await answers(ctx).get(id))
    if (!first || first.option !== option) return fail('CONFLICT', '你已经投过票了，每人只能投一次', 'option')
    // Recounted on a retry too: the call it repeats may have died before writing the counts.
    const counted = await recountRunning(ctx, poll)
    return ok({ poll: toCitizenPoll(counted, now, first), replayed: held !== null || first !== given })
  },

  async staffPolls(_req, ctx) {
    if (!can(ctx.caller, 'runPolls')) return fail('FORBIDDEN', FORBIDDEN)
    const newest = { orderBy: [['createdAt', 'desc']] as Array<[string, 'desc']>, limit: STAFF_LIST_LIMIT }
    // A street admin sees their street's polls and the district's (to read, not to manage).
    const wheres =
      ctx.caller.role === 'district_admin' ? [{}] : [{ street: ctx.caller.scope.street ?? '' }, { street: null }]
    const found: Poll[] = []
    for (const where of wheres) found.push(...(await polls(ctx).find(where, newest)))
    found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).splice(STAFF_LIST_LIMIT)
    const list: Poll[] = []
    for (const p of found) list.push(await settle(ctx, ctx.now(), p))
    const round = await openRound(ctx)
    return ok({
      polls: list.map((p) => staffView(ctx, p)),
      councilRound: round ? { id: round._id, label: quarterLabel(round._id) } : null
    })
  },

  async createPoll(req, ctx): Promise<CloudResult<{ poll: ReturnType<typeof toStaffPoll>; replayed: boolean }>> {
    if (!can(ctx.caller, 'runPolls')) return fail('FORBIDDEN', FORBIDDEN)
    const checked = validatePoll(req.poll, chinaDate(ctx.now().getTime()))
    if (!checked.ok) return fail('VALIDATION', checked.errors[0].message, checked.errors[0].field)
    const { id, ...input } = checked.value
    if (!manages(ctx.caller, input)) return fail('FORBIDDEN', NOT_YOURS, 'street')
    // Checked for a new poll only: a retry of one saved while its round was open is answered below.
    if (input.councilRoundId && !(await polls(ctx).get(id)) && (await openRound(ctx))?._id !== input.councilRoundId)
      return fail('VALIDATION', '只能关联正在进行的议事', 'councilRoundId')
    const poll: Poll = {
      _id: id,
      ...input,
      createdAt: ctx.now().toISOString(),
      createdBy: ctx.caller.openid,
      createdByName: staffName(ctx.caller),
      openedAt: null,
      closedAt: null,
      closedByName: null,
      counts: input.options.map(() => 0),
      respondents: { child: 0, parent: 0 },
      talliedAt: null,
      answersDeletedAt: null
    }
    const inserted = (await polls(ctx).insert(poll)) === 'inserted'
    const stored = inserted ? poll : await polls(ctx).get(id)
    // The same admin saving the same poll again (a lost answer) is answered with it; else refused.
    if (!stored || stored.createdBy !== poll.createdBy || stored.question !== poll.question)
      return fail('CONFLICT', '保存编号已被使用，请重新打开页面再试')
    await audit(ctx, 'create_poll', { detail: { pollId: id, street: stored.street ?? 'district' } }, id)
    return ok({ poll: staffView(ctx, stored), replayed: !inserted })
  },

  async openPoll(req, ctx) {
    if (!can(ctx.caller, 'runPolls')) return fail('FORBIDDEN', FORBIDDEN)
    const poll = await pollFor(ctx, req.id)
    if (!poll) return fail('NOT_FOUND', '没有找到这个投票')
    if (!manages(ctx.caller, poll)) return fail('FORBIDDEN', NOT_YOURS)
    if (poll.closedAt || pollStatus(poll, ctx.now().getTime()) === 'closed')
      return fail('CONFLICT', '这个投票已经结束，不能再开始')
    let opened = poll
    if (!poll.openedAt) {
      const openedAt = ctx.now().toISOString()
      await polls(ctx).updateIf(poll._id, { openedAt: null }, { openedAt })
      opened = (await polls(ctx).get(poll._id)) ?? { ...poll, openedAt }
    }
    await audit(ctx, 'open_poll', { detail: { pollId: poll._id } }, poll._id)
    return ok({ poll: staffView(ctx, opened) })
  },

  async closePoll(req, ctx) {
    if (!can(ctx.caller, 'runPolls')) return fail('FORBIDDEN', FORBIDDEN)
    const poll = await pollFor(ctx, req.id)
    if (!poll) return fail('NOT_FOUND', '没有找到这个投票')
    if (!manages(ctx.caller, poll)) return fail('FORBIDDEN', NOT_YOURS)
    const notBegun = closeRefusal(poll)
    if (notBegun) return fail('VALIDATION', notBegun)
    let closed = poll
    if (!poll.closedAt && pollStatus(poll, ctx.now().getTime()) !== 'closed') {
      const patch = { closedAt: ctx.now().toISOString(), closedByName: staffName(ctx.caller) }
      await polls(ctx).updateIf(poll._id, { closedAt: null }, patch)
      closed = (await polls(ctx).get(poll._id)) ?? { ...poll, ...patch }
    }
    // Counted for the last time, also when a crash came after closing and this is the retry.
    const settled = await settle(ctx, ctx.now(), closed)
    await audit(ctx, 'close_poll', { detail: { pollId: poll._id } }, poll._id)
    return ok({ poll: staffView(ctx, settled) })
  }
}
