// 快问快答's counts, for the policy function and the purge: recounted from the answer records, and
// made final once a poll has ended (cloudfunctions/policy/polls.ts says why this way).
import { pollStatus, type Poll, type PollAnswer } from '../../src/domain/polls/model'
import type { Context } from '../function'

type Store = Pick<Context, 'repo'>
const polls = (ctx: Store) => ctx.repo.collection<Poll>('polls')
const answers = (ctx: Store) => ctx.repo.collection<PollAnswer>('poll_answers')

/** The counts as the records say now. */
export async function recount(ctx: Store, p: Poll): Promise<Pick<Poll, 'counts' | 'respondents'>> {
  const counts: number[] = []
  for (let option = 0; option < p.options.length; option++)
    counts.push(await answers(ctx).count({ pollId: p._id, option }))
  const child = await answers(ctx).count({ pollId: p._id, as: 'child' })
  const parent = await answers(ctx).count({ pollId: p._id, as: 'parent' })
  return { counts, respondents: { child, parent } }
}

/** An ended poll counted for the last time (once: a final count is never written over). */
export async function settle(ctx: Store, now: Date, p: Poll): Promise<Poll> {
  if (p.talliedAt || pollStatus(p, now.getTime()) !== 'closed') return p
  const patch = { ...(await recount(ctx, p)), talliedAt: now.toISOString() }
  if (await polls(ctx).updateIf(p._id, { talliedAt: null }, patch)) return { ...p, ...patch }
  return (await polls(ctx).get(p._id)) ?? p
}
