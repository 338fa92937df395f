// 处理期限: the working days allowed for 受理 and 答复, one record a district admin sets
// (src/domain/staff/deadlines.ts says what they mean). Every view of a case reads them with the
// time of the call, so a change applies to every open step at once.
import { fail, ok } from '../../src/domain/errors'
import type { DeadlineSettings } from '../../src/domain/staff/api'
import { validateDeadlineLimits, type DeadlineClock } from '../../src/domain/staff/deadlines'
import {
  CURRENT_LIMITS,
  deadlineRecords,
  readDeadlineLimits,
  readDeadlineSettings
} from '../../server/services/deadline-limits'
import type { Context, Handler } from '../../server/function'
import { audit, denied, staffName } from './access'

/** The limits in force: the district admin's, or the defaults before any were set. */
export const deadlineSettings = (ctx: Context) => readDeadlineSettings(ctx.repo)

export async function deadlineClock(ctx: Context): Promise<DeadlineClock> {
  return { limits: await readDeadlineLimits(ctx.repo), now: ctx.now().toISOString() }
}

export const deadlines: Handler<'staff', 'deadlines'> = async (_req, ctx) => {
  const refused = denied(ctx, 'list')
  if (refused) return refused
  return ok(await deadlineSettings(ctx))
}

export const saveDeadlines: Handler<'staff', 'saveDeadlines'> = async (req, ctx) => {
  const refused = denied(ctx, 'manageDeadlines')
  if (refused) return refused
  const checked = validateDeadlineLimits(req.limits)
  if (!checked.ok) return fail('VALIDATION', checked.message, checked.field)
  const before = await deadlineSettings(ctx)
  // Already as asked: a save sent again after its answer was lost (or a change to nothing).
  if (before.acceptDays === checked.value.acceptDays && before.answerDays === checked.value.answerDays)
    return ok(before)
  const settings: DeadlineSettings = {
    ...checked.value,
    updatedAt: ctx.now().toISOString(),
    updatedBy: staffName(ctx.caller)
  }
  // Logged first, keyed by the limits it replaces: a call that dies before the write is logged
  // once by its retry; one that dies after it finds the limits as asked, above.
  await audit(
    ctx,
    'save_deadlines',
    {
      detail: {
        acceptDays: settings.acceptDays,
        answerDays: settings.answerDays,
        acceptDaysBefore: before.acceptDays,
        answerDaysBefore: before.answerDays
      }
    },
    `deadlines:${before.updatedAt ?? 'default'}:${settings.acceptDays}/${settings.answerDays}`
  )
  await deadlineRecords(ctx.repo).put({ _id: CURRENT_LIMITS, ...settings })
  return ok(settings)
}
