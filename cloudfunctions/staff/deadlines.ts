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
  const settings: DeadlineSettings = {
    ...checked.value,
    updatedAt: ctx.now().toISOString(),
    updatedBy: staffName(ctx.caller)
  }
  await deadlineRecords(ctx.repo).put({ _id: CURRENT_LIMITS, ...settings })
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
    `deadlines:${settings.updatedAt}`
  )
  return ok(settings)
}
