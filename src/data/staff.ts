// The staff workspace's server data: one door for the inbox, a case, moderation, templates,
// people, reports and the audit log (the wire lives here and in src/domain/staff/api).
import type { RequestOf } from '../domain/cloud-api'
import type { AuditKind, AuditView, InboxFilter, InboxItem, InboxPage, InboxSort } from '../domain/staff/api'
import { INBOX_PAGE_SIZE } from '../domain/staff/limits'
import { useCloudPages } from '../hooks/useCloudPages'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

/** Changes staff make; with useCalls(staffCalls) for the button's busy state. */
export const staffCalls = {
  transition: action('staff', 'transition'),
  reply: action('staff', 'reply'),
  openContact: action('staff', 'openContact'),
  moderate: action('staff', 'moderate'),
  publish: action('staff', 'publish'),
  unpublish: action('staff', 'unpublish'),
  publishReply: action('staff', 'publishReply'),
  enter: action('staff', 'enter'),
  /** A batch kept on the device as it was sent (useBatchEntryStore): resent unchanged. */
  enterBatch: (payload: BatchPayload) => enterBatchCall(payload),
  exportRows: action('staff', 'export'),
  saveTemplate: action('staff', 'saveTemplate'),
  saveStaff: action('staff', 'saveStaff'),
  saveDeadlines: action('staff', 'saveDeadlines'),
  markUrgent: action('staff', 'markUrgent'),
  // Not named `transfer`: the device-floor check reads `.transfer(` as ArrayBuffer.prototype.transfer (iOS 17.4).
  transferCase: action('staff', 'transfer'),
  saveDepartment: action('staff', 'saveDepartment'),
  assign: action('staff', 'assign'),
  addNote: action('staff', 'addNote')
}
const enterBatchCall = action('staff', 'enterBatch')
const auditLog = action('staff', 'auditLog')
const inboxPage = action('staff', 'inbox')

/** 批量代录's request as the device keeps it until the answer comes (its stored shape). */
export type BatchPayload = { action: 'enterBatch' } & RequestOf<'staff', 'enterBatch'>
export const batchPayload = (request: RequestOf<'staff', 'enterBatch'>): BatchPayload => ({
  action: 'enterBatch',
  ...request
})

/** 处理期限 in force (defaults until a district admin sets them). */
export function useDeadlines() {
  return useCloudQuery('staff', { action: 'deadlines' })
}

/** The departments a suggestion can be handed to (the district admin also gets those switched off); null waits. */
export function useDepartments(asked = true) {
  return useCloudQuery('staff', asked ? { action: 'departments' } : null)
}

/** Who could work on a case (指派, admins); null waits until the picker opens. */
export function useAssignees(id: string | null) {
  return useCloudQuery('staff', id === null ? null : { action: 'assignees', id })
}

/** One suggestion as staff see it. */
export function useStaffCase(id: string) {
  return useCloudQuery('staff', { action: 'get', id })
}

/** One suggestion's moderation history (审核与隐私). */
export function useModerationLog(id: string) {
  return useCloudQuery('staff', { action: 'moderationLog', id })
}

/** Reply templates; null waits (e.g. until it is known the caller may reply). */
export function useTemplates(request: { includeInactive?: boolean } | null) {
  return useCloudQuery('staff', request === null ? null : { action: 'listTemplates', ...request })
}

/** The staff allowlist (district admins); `asked` false waits. */
export function useStaffList(asked = true) {
  return useCloudQuery('staff', asked ? { action: 'listStaff' } : null)
}

/** The report for the caller's area under the inbox filter. */
export function useStaffReport(filter: InboxFilter) {
  return useCloudQuery('staff', { action: 'report', filter })
}

export interface AuditFilter {
  kind?: AuditKind
  staffId?: string
  month?: string
}

/** 操作记录, newest first, a page at a time. */
export function useAuditLog(filter: AuditFilter) {
  return useCloudPages<AuditView, string>(JSON.stringify(filter), (cursor) => auditLog({ ...filter, cursor }))
}

/** The inbox under a filter and sort, a page at a time (`first.total`: rows matched). */
export function useInbox(filter: InboxFilter, sort: InboxSort) {
  return useCloudPages<InboxItem, string, InboxPage>(JSON.stringify([filter, sort]), (cursor) =>
    inboxPage({ filter, sort, cursor, pageSize: INBOX_PAGE_SIZE })
  )
}
