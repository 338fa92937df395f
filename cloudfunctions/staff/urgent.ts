// 标记紧急: a staff member flags a child in danger that the words at submit did not catch (a
// drawing, a recording, words the list missed). Like the word check's flag it takes the row off
// every public view at once and tells the street admin and the 区儿童保护联系人 with no hourly
// cap; the reason goes into the audit log. Nothing in the app takes the flag off again.
import { fail, ok } from '../../src/domain/errors'
import { URGENT_REASON } from '../../src/domain/staff/workflow'
import { charCount, visibleText } from '../../src/domain/text'
import { notifyUrgent } from '../../server/services/staff-notice'
import type { Handler } from '../../server/function'
import { commitChange, loadInScope, staffName } from './access'
import { staffView } from './view'

export const markUrgent: Handler<'staff', 'markUrgent'> = async (req, ctx) => {
  const loaded = await loadInScope(ctx, req.id, 'markUrgent')
  if (!loaded.ok) return loaded
  const s = loaded.data
  if (s.urgent) return ok(await staffView(ctx, s))
  const reason = typeof req.reason === 'string' ? visibleText(req.reason) : ''
  if (charCount(reason) < URGENT_REASON.min || charCount(reason) > URGENT_REASON.max)
    return fail('VALIDATION', `请写明为什么紧急（${URGENT_REASON.min}—${URGENT_REASON.max} 个字）`, 'reason')
  const at = ctx.now().toISOString()
  const committed = await commitChange(ctx, s, {
    kind: 'urgent',
    patch: { urgent: { at, source: 'staff', by: staffName(ctx.caller), reason } },
    detail: { source: 'staff', reason },
    expectedRev: req.rev
  })
  if (!committed.ok) return committed
  const flagged = committed.data.suggestion
  await notifyUrgent(ctx, flagged).catch((e) => console.error('[staff.markUrgent] notice', e))
  return ok(await staffView(ctx, flagged))
}
