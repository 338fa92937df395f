// What staff see of a suggestion: the case view (egress/staff.ts: toStaffSuggestion names every
// field), with the moderation originals for district admins and the buttons this caller may use.
import type { StaffSuggestion } from '../../src/domain/staff/api'
import { assignsOthers } from '../../src/domain/staff/casework'
import { can } from '../../src/domain/staff/permissions'
import { checkPublish, checkUnpublish, hasPendingReply } from '../../src/domain/staff/publication'
import { nextStatuses } from '../../src/domain/staff/workflow'
import { toStaffSuggestion } from '../../src/domain/suggestions/egress'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { finalRefusal, isWithdrawn } from '../../src/domain/suggestions/status'
import type { Context } from '../../server/function'
import { departments, originals } from './access'
import { deadlineClock } from './deadlines'

/** The staff view of a suggestion already known to be in the caller's area. */
export async function staffView(ctx: Context, s: Suggestion): Promise<StaffSuggestion> {
  const { caller } = ctx
  const original = can(caller, 'viewOriginal') && s.redactedAt ? await originals(ctx).get(s._id) : null
  const department = s.department ? await departments(ctx).get(s.department) : null
  return toStaffSuggestion(s, {
    original,
    // Renamed or removed since: its id alone says nothing to a person, so nothing is shown.
    department: department ? { id: department._id, name: department.name } : null,
    me: caller.openid,
    clock: await deadlineClock(ctx),
    allowed: {
      transitions: can(caller, 'transition') ? nextStatuses(s.status, caller.role) : [],
      reply: can(caller, 'reply') && finalRefusal(s.status, '回复') === null,
      openContact: can(caller, 'openContact') && Boolean(s.contact),
      // Withdrawn by its author: staff can look, nothing more.
      moderate: can(caller, 'moderate') && !isWithdrawn(s.status),
      publish: can(caller, 'publish') && checkPublish(s).ok,
      unpublish: can(caller, 'moderate') && checkUnpublish(s).ok,
      publishReply: can(caller, 'publish') && hasPendingReply(s),
      markUrgent: can(caller, 'markUrgent') && !s.urgent,
      transfer: can(caller, 'transfer') && finalRefusal(s.status, '转办') === null,
      assign: can(caller, 'assign') && finalRefusal(s.status, '指派') === null,
      assignOthers: can(caller, 'assign') && assignsOthers(caller) && finalRefusal(s.status, '指派') === null,
      note: can(caller, 'note')
    }
  })
}
