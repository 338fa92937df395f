// 新建议提醒: a citizen's new suggestion tells the staff whose area it is in, by WeChat subscribe
// message (a parent's 预约参观 too: ./visit-notice). WeChat's subscriptions are one-time: each 订阅
// tap a staff member accepts allows one message, so the taps are counted here (credits) and only
// those with one left are sent to; and however many arrive, one person gets at most one notice of
// a kind an hour (RATE_LIMITS.staffNotice, .visitNotice, on the rate_slots every other limit uses).
// A notice never holds up or fails the submission.
import { RATE_LIMITS, type RateRule } from '../../src/domain/rate-limits'
import { callerFrom, type StaffRecord } from '../../src/domain/roles'
import { escalationMessage, newSuggestionMessage, type MessageData } from '../../src/domain/staff/message'
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
  /**
   * The key of the last notice (a suggestion's id, `<id>#escalated-<level>` for a 督办, `visit#<id>`
   * for a visit request): a retried submission or request does not send it again.
   */
  lastNoticeKey?: string
  /**
   * lastNoticeKey as releases before 2026-12 stored it, named for the first kind of notice: read
   * while a record still has it, never written (the next notice's write replaces the record).
   */
  lastSuggestionId?: string
}

/** The last notice's key, under either name it was stored with. */
const lastNoticeKey = (sub: NoticeSubscription | null) => sub?.lastNoticeKey ?? sub?.lastSuggestionId

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

/** What sending a notice needs: the database (the 订阅 counts) and the notifier. */
export type NoticeDeps = Pick<Context, 'repo'> & { notifier: Context['services']['notifier'] }
const depsOf = (ctx: Context): NoticeDeps => ({ repo: ctx.repo, notifier: ctx.services.notifier })

/**
 * Sends one notice to one staff member with an accepted 订阅 left, and spends it. `key` names
 * the notice (the suggestion's id for a new one; with its 督办 level for an escalation; `visit#<id>`
 * for a visit request): the same key again is not sent again (a retried submission or pass).
 */
async function sendNotice(
  deps: NoticeDeps,
  r: StaffRecord,
  /** What the notice is about (a suggestion's or a visit request's id): its rate slot and record. */
  about: string,
  message: { page: string; data: MessageData },
  at: Date,
  /** The hourly cap it counts against (none: urgent notices and 督办). */
  cap: RateRule | null,
  key: string = about
): Promise<NoticeResult | null> {
  const { repo } = deps
  const sub = await subscriptions(repo).get(r.openid)
  const credits = sub?.credits ?? 0
  if (credits <= 0 || lastNoticeKey(sub) === key) return null
  // The slot is this suggestion's (or request's): the retry of a call that died after taking it sends.
  if (cap && !(await claimRateSlot(repo, cap, r.openid, at, about))) return { staffId: r._id, status: 'rate_limited' }
  const outcome = await deps.notifier
    .send({ kind: 'new_suggestion', touser: r.openid, suggestionId: about, ...message }, at.toISOString())
    .catch(() => ({ status: 'failed' as const }))
  const used = outcome.status === 'sent' || outcome.status === 'recorded'
  if (used || outcome.status === 'not_subscribed')
    await subscriptions(repo).put({
      _id: r.openid,
      credits: outcome.status === 'not_subscribed' ? 0 : credits - 1,
      updatedAt: at.toISOString(),
      lastNoticeKey: key
    })
  return {
    staffId: r._id,
    status:
      outcome.status === 'sent' || outcome.status === 'recorded' || outcome.status === 'not_subscribed'
        ? outcome.status
        : 'failed'
  }
}

/**
 * A suggestion flagged urgent (a child may be in danger): the street admin of its street and every
 * 区儿童保护联系人 are told at once, with no hourly cap (the cap is there for volume; this is
 * not). Each still needs an accepted 订阅 (WeChat sends nothing without one); without any, the
 * inbox's 紧急 chip is what they find. Returns what happened to each, and who was told (the
 * ordinary new-suggestion notice then skips them: one message, not two).
 */
export async function notifyUrgent(ctx: Context, s: Suggestion): Promise<NoticeResult[]> {
  if (!ctx.services.notifier.templateFor('new_suggestion')) return []
  const staff = ctx.repo.collection<StaffRecord>('staff')
  const [streetAdmins, contacts] = await Promise.all([
    s.street
      ? staff.find({ role: 'street_admin', active: true, 'scope.street': s.street }, { limit: MAX_RECIPIENTS })
      : Promise.resolve([]),
    staff.find({ role: 'district_admin', active: true, safeguardingContact: true }, { limit: MAX_RECIPIENTS })
  ])
  const at = ctx.now()
  const message = newSuggestionMessage(toStaffNoticeRow(s), true)
  const results: NoticeResult[] = []
  const seen = new Set<string>()
  for (const r of [...streetAdmins, ...contacts]) {
    if (seen.has(r.openid) || r.openid === s.authorId) continue
    seen.add(r.openid)
    results.push(
      (await sendNotice(depsOf(ctx), r, s._id, message, at, null)) ?? { staffId: r._id, status: 'not_subscribed' }
    )
  }
  return results
}

/** Sends the new-suggestion notice to the staff in its area who subscribed; what happened to each. */
export async function notifyStaffOfNew(
  ctx: Context,
  s: Suggestion,
  /** Staff record ids already told (notifyUrgent): not sent a second message. */
  told: ReadonlySet<string> = new Set(),
  /** What the notice is about: the submission (the id), or one 转办 of it (its audit entry). */
  key: string = s._id
): Promise<NoticeResult[]> {
  if (!ctx.services.notifier.templateFor('new_suggestion')) return []
  const inArea = await subscribedStaff(
    ctx,
    (r) => r.openid !== s.authorId && !told.has(r._id) && inScope(callerFrom(r.openid, r), s)
  )
  if (inArea.length === 0) return []
  return sendEach(ctx, inArea, s._id, newSuggestionMessage(toStaffNoticeRow(s)), key, RATE_LIMITS.staffNotice)
}

/**
 * Active staff with an accepted 订阅 left who `pick` chooses. Only those can be sent to: few, and
 * on an index, where the whole allowlist would be read and filtered on every submission.
 */
export async function subscribedStaff(ctx: Context, pick: (r: StaffRecord) => boolean): Promise<StaffRecord[]> {
  const subscribed = await subscriptions(ctx.repo).find({ credits: { $gt: 0 } }, { limit: 1000 })
  if (subscribed.length === 0) return []
  const staff = await ctx.repo
    .collection<StaffRecord>('staff')
    .find({ openid: { $in: subscribed.map((r) => r._id) }, active: true }, { limit: 1000 })
  return staff.filter(pick).slice(0, MAX_RECIPIENTS)
}

/** The same message to each, within the hourly cap; what happened to those it was tried on. */
export async function sendEach(
  ctx: Context,
  recipients: readonly StaffRecord[],
  about: string,
  message: { page: string; data: MessageData },
  key: string,
  cap: RateRule
): Promise<NoticeResult[]> {
  const results: NoticeResult[] = []
  const at = ctx.now()
  for (const r of recipients) {
    const result = await sendNotice(depsOf(ctx), r, about, message, at, cap, key)
    if (result) results.push(result)
  }
  return results
}

/**
 * 督办: an overdue step goes to the street admins of the suggestion's street (level 1; the
 * district's admins when it names no street) and then to the district admins (level 2), with no
 * hourly cap. Each notice is keyed by the level, so a retried pass does not send it twice.
 */
export async function notifyEscalation(
  deps: NoticeDeps,
  s: Suggestion,
  level: 1 | 2,
  stepLabel: string,
  at: Date
): Promise<NoticeResult[]> {
  if (!deps.notifier.templateFor('new_suggestion')) return []
  const staff = deps.repo.collection<StaffRecord>('staff')
  const recipients =
    level === 1 && s.street
      ? await staff.find({ role: 'street_admin', active: true, 'scope.street': s.street }, { limit: MAX_RECIPIENTS })
      : await staff.find({ role: 'district_admin', active: true }, { limit: MAX_RECIPIENTS })
  const message = escalationMessage(toStaffNoticeRow(s), level, stepLabel)
  const results: NoticeResult[] = []
  for (const r of recipients) {
    if (r.openid === s.authorId) continue
    const key = `${s._id}#escalated-${level}`
    results.push(
      (await sendNotice(deps, r, s._id, message, at, null, key)) ?? { staffId: r._id, status: 'not_subscribed' }
    )
  }
  return results
}
