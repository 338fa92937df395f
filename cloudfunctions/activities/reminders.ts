// 活动前一天提醒: the timer's run (config.json, 18:00 China time). Every seat of an activity whose
// reminder is due (src/domain/activities/reminder.ts) gets one subscribe message per start time:
// the seat records the start time it was reminded for once the message is out, so a timer that
// runs again reminds nobody twice. As every message here, at least once and never lost: a run
// that dies between the send and the record sends that one again when it runs next. Whether
// WeChat delivers it depends on the guardian having allowed it in the sign-up tap (43101 otherwise).
import type { ReminderRun } from '../../src/domain/activities/api'
import { activityReminderData, isReminderDue, reminderWindowEnd } from '../../src/domain/activities/reminder'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import { MAX_LIMIT } from '../../server/adapters/repository'
import type { Context } from '../../server/function'
import { activities, settle, signUps } from '../../server/services/activity-seats'

export async function sendReminders(ctx: Context): Promise<CloudResult<ReminderRun>> {
  if (ctx.caller.openid) return fail('FORBIDDEN', '仅供定时任务调用')
  const now = ctx.now()
  const found = await activities(ctx).find(
    { startAt: { $gt: now.toISOString(), $lt: reminderWindowEnd(now.getTime()) } },
    { orderBy: [['startAt', 'asc']], limit: MAX_LIMIT }
  )
  const due = found.filter((a) => isReminderDue(a, now.getTime()))
  const run: ReminderRun = { activities: due.length, reminded: 0, outcomes: {} }
  for (const a of due) {
    // Seats as they stand after any waiting cancel is finished: whoever holds one now is reminded.
    const { rows, st } = await settle(ctx, a)
    const message = activityReminderData(a)
    for (const r of rows) {
      if (st.of.get(r._id)?.standing !== 'confirmed' || r.remindedFor === a.startAt) continue
      const outcome = await ctx.services.notifier.send(
        { kind: 'activity_reminder', touser: r.userId, suggestionId: a._id, ...message },
        now.toISOString()
      )
      await signUps(ctx).update(r._id, { remindedFor: a.startAt })
      run.outcomes[outcome.status] = (run.outcomes[outcome.status] ?? 0) + 1
      run.reminded += 1
    }
  }
  return ok(run)
}
