// user: who the caller is (role and scope from the staff allowlist) and a health check.
import { openidHint } from '../../src/domain/cloud-api'
import { COLLECTION_NAMES } from '../../src/domain/collections'
import { ok } from '../../src/domain/errors'
import { ROLE_LABELS, isStaff } from '../../src/domain/roles'
import { staffMe } from '../../src/domain/staff/me'
import { defineFunction } from '../../server/function'
import { callerDepartmentName } from '../../server/services/departments'
import { joinStaff } from './join-staff'

export const userFunction = defineFunction('user', {
  async whoami(_req, ctx) {
    const { caller } = ctx
    return ok({
      idHint: openidHint(caller.openid),
      role: caller.role,
      roleLabel: ROLE_LABELS[caller.role],
      ...(caller.name ? { name: caller.name } : {}),
      scope: caller.scope,
      backend: ctx.backend,
      staff: staffMe(caller, await callerDepartmentName(ctx)),
      // One source for the template: the app asks to subscribe to the one the server sends with.
      ...(ctx.services.notifier.templateId ? { subscribeTemplateId: ctx.services.notifier.templateId } : {}),
      // Parents subscribe to activity changes with this one when they sign up (activities.change / cancel).
      ...(ctx.services.notifier.templateFor('activity')
        ? { activityTemplateId: ctx.services.notifier.templateFor('activity') }
        : {}),
      // …and to the day-before reminder in the same tap (activities.sendReminders).
      ...(ctx.services.notifier.templateFor('activity_reminder')
        ? { activityReminderTemplateId: ctx.services.notifier.templateFor('activity_reminder') }
        : {}),
      // Staff subscribe to 新建议提醒 with this one (sent by suggestions.submit).
      ...(isStaff(caller.role) && ctx.services.notifier.templateFor('new_suggestion')
        ? { staffNoticeTemplateId: ctx.services.notifier.templateFor('new_suggestion') }
        : {})
    })
  },
  joinStaff,
  async health(_req, ctx) {
    return ok({ backend: ctx.backend, time: ctx.now().toISOString(), collections: COLLECTION_NAMES.length })
  }
})
