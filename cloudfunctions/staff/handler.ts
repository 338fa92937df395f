// staff: the community workers' and admins' backend — inbox, handling, replies, moderation,
// assisted entry, reports, exports, templates and the staff allowlist. Role and area are checked
// here on every call (src/domain/staff/permissions.ts), from the platform's identity only.
// The actions live in the files next to this one; this one wires them up.
import { ok } from '../../src/domain/errors'
import { toImageFiles } from '../../src/domain/suggestions/egress'
import { imageUrlsOf } from '../../server/adapters/file-urls'
import { defineFunction } from '../../server/function'
import { loadInScope } from './access'
import { listAudit, listStaff, listTemplates, saveStaff, saveTemplate } from './admin'
import { addNote, assign, assignees } from './casework'
import { openContact, reply, transition } from './changes'
import { deadlines, saveDeadlines } from './deadlines'
import { enter, enterBatch } from './entry'
import { moderate, moderationLog } from './moderation'
import { publish, publishReply, unpublish } from './publication'
import { exportInbox, inbox, report, subscribeNotice, waiting } from './queries'
import { listDepartments, saveDepartment, transfer } from './routing'
import { markUrgent } from './urgent'
import { staffView } from './view'

export const staffFunction = defineFunction('staff', {
  async get(req, ctx) {
    const loaded = await loadInScope(ctx, req.id, 'read')
    if (!loaded.ok) return loaded
    return ok(await staffView(ctx, loaded.data))
  },

  async imageUrls(req, ctx) {
    const loaded = await loadInScope(ctx, req.id, 'read')
    if (!loaded.ok) return loaded
    return ok(await imageUrlsOf(ctx.services.fileUrls, toImageFiles(loaded.data), ctx.now()))
  },

  inbox,
  waiting,
  subscribeNotice,
  openContact,
  transition,
  reply,
  moderate,
  moderationLog,
  publish,
  publishReply,
  unpublish,
  markUrgent,
  transfer,
  assign,
  assignees,
  addNote,
  departments: listDepartments,
  saveDepartment,
  enter,
  enterBatch,
  report,
  export: exportInbox,
  listTemplates,
  saveTemplate,
  deadlines,
  saveDeadlines,
  listStaff,
  saveStaff,
  auditLog: listAudit
})
