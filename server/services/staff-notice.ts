// 新建议提醒: a citizen's new suggestion tells the staff whose area it is in, by WeChat subscribe
// message. WeChat's subscriptions are one-time: each 订阅 tap a staff member accepts allows one
// message, so the taps are counted here (credits) and only those with one left are sent to; and
// however many arrive, one person gets at most one notice an hour (RATE_LIMITS.staffNotice, on
// the rate_slots every other limit uses). A notice never holds up or fails the submission.
import { RATE_LIMITS } from '../../src/domain/rate-limits'
import type { Caller, StaffRecord } from '../../src/domain/roles'
import { newSuggestionMessage } from '../../src/domain/staff/message'
import { inScope } from '../../src/domain/staff/permissions'
import { toStaffNoticeRow } from '../../src/domain/suggestions/egress'
import type { Suggestion } from '../../src/domain/suggestions/model'
import type { Context } from '../function'
import { claimRateSlot } from './rate-limit'
import type { Repository } from '../adapters/repository'

export interface NoticeSubscription {
  /** The staff member's openid. */
  _id: string
  /** Accepted 订阅 taps not yet used by a message. */
  credits: number
  updatedAt: string
  /** The suggestion the last notice was about: a retried submission does not send it again. */
  lastSuggestionId?: string
}

/** WeChat keeps at most this many one-time subscriptions worth counting. */
export const NOTICE_CREDITS_MAX = 20
/** Staff asked per suggestion at most (the allowlist is small; this bounds a submission's work). */
const MAX_RECIPIENTS = 50

const subscriptions = (repo: Repository) => repo.collection<NoticeSubscription>('staff_notice_subs')

export async function noticeCredits(repo: Repository, openid: string): Promise<number> {
  return (await subscriptions(repo).get(openid))?.credits ?? 0
}

/** One accepted 订阅 tap: one more notice may be sent to this person. */
export async function addNoticeCredit(repo: Repository, openid: string, now: Date): Promise<number> {
  const sub = await subscriptions(repo).get(openid)
  const credits = Math.min(NOTICE_CREDITS_MAX, (sub?.credits ?? 0) + 1)
  await subscriptions(repo).put({ ...sub, _id: openid, credits, updatedAt: now.toISOString() })
  return credits
}

export type NoticeResult = {
  staffId: string
  status: 'sent' | 'recorded' | 'rate_limited' | 'not_subscribed' | 'failed'
}

const callerOf = (r: StaffRecord): Caller => ({ openid: r.openid, role: r.role, scope: r.scope, name: r.name })

/** Sends the new-suggestion notice to the staff in its area who subscribed; what happened to each. */
export async function notifyStaffOfNew(ctx: Context, s: Suggestion): Promise<NoticeResult[]> {
  const { repo } = ctx
  const notifier = ctx.services.notifier
  if (!notifier.templateFor('new_suggestion')) return []
  // Only those with an accepted 订阅 left can be sent to: few, and on an index, where the whole
  // allowlist would be read and filtered on every submission.
  const subscribed = await subscriptions(repo).find({ credits: { $gt: 0 } }, { limit: 1000 })
  if (subscribed.length === 0) return []
  const staff = await repo
    .collection<StaffRecord>('staff')
    .find({ openid: { $in: subscribed.map((r) => r._id) }, active: true }, { limit: 1000 })
  const inArea = staff.filter((r) => r.openid !== s.authorId && inScope(callerOf(r), s)).slice(0, MAX_RECIPIENTS)
  const results: NoticeResult[] = []
  const message = newSuggestionMessage(toStaffNoticeRow(s))
  const at = ctx.now()
  for (const r of inArea) {
    const sub = await subscriptions(repo).get(r.openid)
    const credits = sub?.credits ?? 0
    if (credits <= 0 || sub?.lastSuggestionId === s._id) continue
    // The slot is this suggestion's: the retry of a submission that died after taking it sends.
    if (!(await claimRateSlot(repo, RATE_LIMITS.staffNotice, r.openid, at, s._id))) {
      results.push({ staffId: r._id, status: 'rate_limited' })
      continue
    }
    const outcome = await notifier
      .send({ kind: 'new_suggestion', touser: r.openid, suggestionId: s._id, ...message }, at.toISOString())
      .catch(() => ({ status: 'failed' as const }))
    const used = outcome.status === 'sent' || outcome.status === 'recorded'
    if (used || outcome.status === 'not_subscribed')
      await subscriptions(repo).put({
        _id: r.openid,
        credits: outcome.status === 'not_subscribed' ? 0 : credits - 1,
        updatedAt: at.toISOString(),
        lastSuggestionId: s._id
      })
    results.push({
      staffId: r._id,
      status:
        outcome.status === 'sent' || outcome.status === 'recorded' || outcome.status === 'not_subscribed'
          ? outcome.status
          : 'failed'
    })
  }
  return results
}
