// Reading actions over many suggestions: the inbox, the report and the export. All three apply
// the same filters, always intersected with the caller's area on the server.
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import type { InboxFilter } from '../../src/domain/staff/api'
import { EXPORT_FORMATS, exportFilename, toCsv, toOpen311, type ExportFormat } from '../../src/domain/staff/export'
import {
  dbFilter,
  dbOrder,
  encodeCursor,
  parseInboxFilter,
  parseInboxRequest,
  rowFilter,
  type InboxSort,
  type QueryFilter
} from '../../src/domain/staff/inbox-query'
import { scopeWhere } from '../../src/domain/staff/permissions'
import { deadlineReport, overdueFirst } from '../../src/domain/staff/deadlines'
import { buildReport } from '../../src/domain/staff/report'
import { toExportRow, toInboxItem, toReportRow } from '../../src/domain/suggestions/egress'
import type { Handler, Context } from '../../server/function'
import { addNoticeCredit, noticeCredits } from '../../server/services/staff-notice'
import { audit, denied, suggestions } from './access'
import { deadlineClock } from './deadlines'
import { INBOX_SCAN_BUDGET, scan } from './scan'
import { pagingInt } from '../../src/domain/paging'
import { EXPORT_MAX_ROWS, REPORT_MAX_ROWS } from '../../src/domain/staff/limits'

/** Rows read at most for an export or report with text search / photo filter. */
const WIDE_SCAN_BUDGET = 30_000

interface Selection {
  where: QueryFilter
  match: ReturnType<typeof rowFilter>
  filter: InboxFilter
}

function select(ctx: Context, rawFilter: unknown): CloudResult<Selection> {
  const parsed = parseInboxFilter(rawFilter)
  if (!parsed.ok) return fail('VALIDATION', parsed.message, parsed.field)
  const scope = scopeWhere(ctx.caller, parsed.value)
  if (!scope.ok) return fail(scope.code, scope.message, `filter.${scope.field}`)
  return ok({
    where: dbFilter(parsed.value, scope.where, ctx.caller.openid),
    match: rowFilter(parsed.value),
    filter: parsed.value
  })
}

export const inbox: Handler<'staff', 'inbox'> = async (req, ctx) => {
  const refused = denied(ctx, 'list')
  if (refused) return refused
  const parsed = parseInboxRequest(req)
  if (!parsed.ok) return fail('VALIDATION', parsed.message, parsed.field)
  const { sort, offset, pageSize } = parsed.value
  const selection = select(ctx, parsed.value.filter)
  if (!selection.ok) return selection
  const { where, match } = selection.data
  const clock = await deadlineClock(ctx)
  const total = offset === 0 ? await suggestions(ctx).count(where) : null
  if (sort === 'overdue') {
    // Overdue is a matter of working days, not a stored field: the rows of the selection are read
    // (within the scan budget, as text search is) and ordered here; the cursor is a position in
    // that order, and `complete` says when the budget ran out before the end.
    const all = await scan(ctx, where, dbOrder('newest'), 0, INBOX_SCAN_BUDGET, match)
    const items = all.rows.map((s) => toInboxItem(s, clock, ctx.caller.openid)).sort(overdueFirst)
    const end = offset + pageSize
    return ok({
      items: items.slice(offset, end),
      next: end < items.length ? encodeCursor(end) : null,
      total,
      complete: all.complete && all.next === null
    })
  }
  const page = await scan(ctx, where, dbOrder(sort), offset, pageSize, match)
  return ok({
    items: page.rows.map((s) => toInboxItem(s, clock, ctx.caller.openid)),
    next: page.next === null ? null : encodeCursor(page.next),
    total,
    complete: page.complete
  })
}

export const report: Handler<'staff', 'report'> = async (req, ctx) => {
  const refused = denied(ctx, 'report')
  if (refused) return refused
  const selection = select(ctx, req.filter)
  if (!selection.ok) return selection
  const { where, match } = selection.data
  const r = await scan(ctx, where, dbOrder('newest'), 0, REPORT_MAX_ROWS, match, WIDE_SCAN_BUDGET)
  const rows = r.rows.map(toReportRow)
  const deadlines = deadlineReport(rows, await deadlineClock(ctx))
  return ok({ ...buildReport(rows, r.next !== null), limit: REPORT_MAX_ROWS, deadlines })
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  open311: 'application/json; charset=utf-8'
}

export const exportInbox: Handler<'staff', 'export'> = async (req, ctx) => {
  const refused = denied(ctx, 'export')
  if (refused) return refused
  const format = EXPORT_FORMATS.find((f) => f === req.format)
  if (!format) return fail('VALIDATION', '请选择导出格式：CSV 或 Open311 JSON', 'format')
  const sort: InboxSort = req.sort === 'supported' ? 'supported' : 'newest'
  const limit =
    req.limit === undefined || req.limit === null ? EXPORT_MAX_ROWS : pagingInt(req.limit, 1, EXPORT_MAX_ROWS)
  if (limit === null) return fail('VALIDATION', `导出条数请在 1—${EXPORT_MAX_ROWS} 之间`, 'limit')
  const selection = select(ctx, req.filter)
  if (!selection.ok) return selection
  const { where, match, filter } = selection.data
  const r = await scan(ctx, where, dbOrder(sort), 0, limit, match, WIDE_SCAN_BUDGET)
  // Only what toExportRow lets out: approved words, nothing personal, street level for a child.
  const rows = r.rows.map(toExportRow)
  const content = format === 'csv' ? toCsv(rows) : toOpen311(rows)
  const truncated = r.next !== null
  // Exports leave the system: who took which rows is part of the record.
  await audit(ctx, 'export', { detail: { format, rows: r.rows.length, truncated, filter: JSON.stringify(filter) } })
  return ok({
    format,
    filename: exportFilename(format, ctx.now().toISOString()),
    mimeType: MIME[format],
    content,
    rows: r.rows.length,
    truncated
  })
}

/**
 * What waits for the caller (the 我的 tab's staff entry): suggestions in their area not yet
 * taken up, and how many 新建议提醒 their accepted 订阅 taps still allow.
 */
export const waiting: Handler<'staff', 'waiting'> = async (_req, ctx) => {
  const refused = denied(ctx, 'list')
  if (refused) return refused
  const selection = select(ctx, { status: ['submitted'] })
  if (!selection.ok) return selection
  const submitted = await suggestions(ctx).count(selection.data.where)
  return ok({ submitted, noticeCredits: await noticeCredits(ctx.repo, ctx.caller.openid!) })
}

/** One accepted 订阅 tap (asked in the tap on the phone): one more 新建议提醒 may be sent. */
export const subscribeNotice: Handler<'staff', 'subscribeNotice'> = async (req, ctx) => {
  const refused = denied(ctx, 'list')
  if (refused) return refused
  if (req.accepted !== true) return ok({ noticeCredits: await noticeCredits(ctx.repo, ctx.caller.openid!) })
  return ok({ noticeCredits: await addNoticeCredit(ctx.repo, ctx.caller.openid!, ctx.now()) })
}
