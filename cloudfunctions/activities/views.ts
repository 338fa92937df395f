// What the activities function answers about an activity, shared by the citizen and staff actions.
import type { ActivityWithMine, NoticeOutcome } from '../../src/domain/activities/api'
import { toMySignUp, toPublicActivity, type PublicActivity } from '../../src/domain/activities/egress'
import { activityNoticeData } from '../../src/domain/activities/message'
import type { Activity } from '../../src/domain/activities/model'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { Context } from '../../server/function'
import { activities, seatState, signUpIdOf, type SeatState } from '../../server/services/activity-seats'

const NOT_FOUND = '没有找到这个活动，可能已被删除'

export const notFound = () => fail<never>('NOT_FOUND', NOT_FOUND)

export async function coverUrl(ctx: Context, a: Activity): Promise<string | undefined> {
  if (!a.coverFileId) return undefined
  return (await ctx.services.fileUrls.tempUrls([a.coverFileId]))[a.coverFileId]
}

export async function publicView(ctx: Context, a: Activity, state?: SeatState): Promise<PublicActivity> {
  const s = state ?? (await seatState(ctx, a))
  return toPublicActivity(a, { confirmed: s.st.confirmed, waitlisted: s.st.waiting.length }, await coverUrl(ctx, a))
}

function mineFrom(state: SeatState, id: string) {
  const row = state.rows.find((r) => r._id === id)
  if (!row) return null
  const s = state.st.of.get(id) ?? { standing: 'cancelled' as const }
  return toMySignUp(row, s.standing, s.position)
}

export async function withMine(ctx: Context, a: Activity, state?: SeatState): Promise<ActivityWithMine> {
  const s = state ?? (await seatState(ctx, a))
  return {
    activity: await publicView(ctx, a, s),
    mine: ctx.caller.openid ? mineFrom(s, signUpIdOf(a._id, ctx.caller.openid)) : null
  }
}

/** Sends the change or cancellation to everyone signed up (seat or waitlist); at least once per call. */
export async function noticeEveryone(ctx: Context, a: Activity): Promise<NoticeOutcome> {
  const { rows } = await seatState(ctx, a)
  const message = activityNoticeData(a)
  const outcomes: NoticeOutcome['outcomes'] = {}
  let notified = 0
  for (const r of rows.filter((x) => x.state === 'active')) {
    const outcome = await ctx.services.notifier.send(
      { kind: 'activity', touser: r.userId, suggestionId: a._id, ...message },
      ctx.now().toISOString()
    )
    outcomes[outcome.status] = (outcomes[outcome.status] ?? 0) + 1
    notified += 1
  }
  return { notified, outcomes }
}

export async function loadActivity(ctx: Context, id: unknown): Promise<CloudResult<Activity>> {
  if (typeof id !== 'string' || !id) return notFound()
  const a = await activities(ctx).get(id)
  return a ? ok(a) : notFound()
}
