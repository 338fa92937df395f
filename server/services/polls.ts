// 快问快答's counts, for the policy function and the purge: recounted from the answer records, and
// made final once a poll has ended (cloudfunctions/policy/polls.ts says why this way); and one
// person's answers for 我的数据, listed and deleted.
import { toMyPollAnswer, type MyPollAnswer } from '../../src/domain/polls/egress'
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

/**
 * A running poll's counts as the records say now, written unless a final count is there first
 * (settle may make it between the read and this write): the poll as counted.
 */
export async function recountRunning(ctx: Store, p: Poll): Promise<Poll> {
  if (p.talliedAt) return p
  const counted = { ...p, ...(await recount(ctx, p)) }
  await polls(ctx).updateIf(p._id, { talliedAt: null }, { counts: counted.counts, respondents: counted.respondents })
  return counted
}

/** An ended poll counted for the last time (once: a final count is never written over). */
export async function settle(ctx: Store, now: Date, p: Poll): Promise<Poll> {
  if (p.talliedAt || pollStatus(p, now.getTime()) !== 'closed') return p
  const patch = { ...(await recount(ctx, p)), talliedAt: now.toISOString() }
  if (await polls(ctx).updateIf(p._id, { talliedAt: null }, patch)) return { ...p, ...patch }
  return (await polls(ctx).get(p._id)) ?? p
}

/** 我的数据: the answers this person gave that are still kept, newest first, by their words. */
export async function myPollAnswersForData(ctx: Store, openid: string): Promise<MyPollAnswer[]> {
  // A person answers a few polls a season, and the purge deletes answers after the final count.
  const mine = await answers(ctx).find({ openid }, { limit: 1000 })
  const out: MyPollAnswer[] = []
  for (const a of mine) {
    const p = await polls(ctx).get(a.pollId)
    if (p) out.push(toMyPollAnswer(a, p))
  }
  return out.sort((a, b) => b.at.localeCompare(a.at))
}

/**
 * 删除我的全部数据: this person's answers deleted. A poll still running is recounted without them
 * (a call that dies first leaves that to the next answer or the final count); a poll counted for
 * the last time keeps its counts, which name nobody. How many answers went.
 */
export async function forgetMyPollAnswers(ctx: Store, openid: string): Promise<number> {
  let deleted = 0
  for (let page = await answers(ctx).find({ openid }, { limit: 100 }); page.length;) {
    for (const a of page) {
      if (await answers(ctx).remove(a._id)) deleted += 1
      const p = await polls(ctx).get(a.pollId)
      if (p) await recountRunning(ctx, p)
    }
    page = await answers(ctx).find({ openid }, { limit: 100 })
  }
  return deleted
}
