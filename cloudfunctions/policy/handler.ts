// policy: serves newer versions of the policy content and lets district admins publish one.
import { jsonBoundsProblem } from '../../src/domain/json-bounds'
import { validateNews, type DistrictExample } from '../../src/domain/news'
import { policyDocument, type PolicyDocument } from '../../src/domain/policy/content'
import { policySummary } from '../../src/domain/policy/document-summary'
import {
  currentByTarget,
  toPublicProgress,
  toStaffProgress,
  type ProgressBoard,
  type ProgressEntry
} from '../../src/domain/policy/progress'
import { kidsProgressSentence } from '../../src/domain/policy/progress-kids'
import { validateProgress } from '../../src/domain/policy/progress-validate'
import { countRelated } from '../../src/domain/policy/related'
import type { SummaryTarget } from '../../src/domain/policy/summary'
import { chinaDate } from '../../src/domain/clock'
import { can } from '../../src/domain/staff/permissions'
import { toTargetRow, type TargetRow } from '../../src/domain/suggestions/egress'
import type { Suggestion } from '../../src/domain/suggestions/model'
import { PUBLIC_STATS } from '../../src/domain/suggestions/rules'
import { BOARD_STATUSES } from '../../src/domain/suggestions/status'
import { validatePolicyForPublish } from '../../src/domain/policy/validate'
import { fail, ok, type CloudResult } from '../../src/domain/errors'
import { audit, auditEntry, staffName, type AuditEntry } from '../../server/services/audit'
import { defineFunction, type Context } from '../../server/function'
import { councilHandlers } from './council'
import { pollHandlers } from './polls'

export interface PolicyRecord {
  _id: string
  document: PolicyDocument
  publishedAt: string
  publishedBy: string
}

export interface NewsRecord {
  _id: string
  items: DistrictExample[]
  publishedAt: string
  publishedBy: string
}

const FORBIDDEN = '只有区级管理员可以发布政策内容'
const PROGRESS_FORBIDDEN = '只有区级管理员可以录入目标进展'
/** A target's history page: far more than a plan's three years of monthly figures. */
const HISTORY_LIMIT = 200

// The counts beside the targets, once per database for PUBLIC_STATS.cacheMs (anonymous calls).
const relatedCache = new WeakMap<object, { until: number; rows: TargetRow[]; complete: boolean }>()

/** The targets of the newest published text (or the bundled one): the ids a value may be entered for. */
async function currentTargets(repo: Context['repo']): Promise<SummaryTarget[]> {
  const latest = await newest(repo)
  return policySummary(latest?.document ?? policyDocument).targets
}

/** Suggestions taken up or finished that were written about a policy item, newest first, to a cap. */
async function relatedRows(ctx: Context): Promise<{ rows: TargetRow[]; complete: boolean }> {
  const now = ctx.now().getTime()
  const cached = relatedCache.get(ctx.repo)
  if (cached && cached.until > now) return cached
  const rows: TargetRow[] = []
  while (rows.length < PUBLIC_STATS.maxRows) {
    const page = await ctx.repo
      .collection<Suggestion>('suggestions')
      .find(
        { visibility: 'visible', status: { $in: [...BOARD_STATUSES] }, 'prefill.source': 'policy' },
        { orderBy: [['createdAt', 'desc']], skip: rows.length, limit: PUBLIC_STATS.page }
      )
    rows.push(...page.map(toTargetRow))
    if (page.length < PUBLIC_STATS.page) break
  }
  const value = { rows, complete: rows.length < PUBLIC_STATS.maxRows }
  relatedCache.set(ctx.repo, { until: now + PUBLIC_STATS.cacheMs, ...value })
  return value
}

const progressEntries = (ctx: Context) => ctx.repo.collection<ProgressEntry>('policy_progress')

async function newest(repo: Context['repo']): Promise<PolicyRecord | undefined> {
  const [latest] = await repo
    .collection<PolicyRecord>('policy')
    .find({}, { orderBy: [['publishedAt', 'desc']], limit: 1 })
  return latest
}

export const policyFunction = defineFunction('policy', {
  ...pollHandlers,
  ...councilHandlers,
  async latest(req, ctx) {
    const latest = await newest(ctx.repo)
    if (!latest || latest.document.version === req.knownVersion) return ok({ upToDate: true as const })
    return ok({ upToDate: false as const, document: latest.document, publishedAt: latest.publishedAt })
  },
  // The 政策 tab carries a summary, not the document (main package size): it asks for this one.
  async summary(req, ctx) {
    const latest = await newest(ctx.repo)
    if (!latest || latest.document.version === req.knownVersion) return ok({ upToDate: true as const })
    return ok({ upToDate: false as const, summary: policySummary(latest.document), publishedAt: latest.publishedAt })
  },
  async publish(req, ctx) {
    if (!can(ctx.caller, 'publishContent')) return fail('FORBIDDEN', FORBIDDEN)
    const tooBig = jsonBoundsProblem(req.document)
    if (tooBig) return fail('VALIDATION', `政策内容格式有误：${tooBig}`, 'document')
    const checked = validatePolicyForPublish(req.document)
    if (!checked.ok) return fail('VALIDATION', `政策内容格式有误：${checked.errors.slice(0, 3).join('；')}`, 'document')
    const publishedAt = ctx.now().toISOString()
    const record: PolicyRecord = {
      _id: checked.doc.version,
      document: checked.doc,
      publishedAt,
      publishedBy: ctx.caller.openid
    }
    let stored = record
    if ((await ctx.repo.collection<PolicyRecord>('policy').insert(record)) === 'exists') {
      const held = await ctx.repo.collection<PolicyRecord>('policy').get(record._id)
      // The same admin sending the same document again (a retry after a lost answer) is answered
      // as published; anything else under that version is refused.
      const retry =
        held?.publishedBy === record.publishedBy && JSON.stringify(held.document) === JSON.stringify(record.document)
      if (!held || !retry) return fail('CONFLICT', `版本 ${checked.doc.version} 已发布过，请使用新的版本号`, 'version')
      stored = held
    }
    await audit(ctx, 'publish_policy', { detail: { version: checked.doc.version } }, checked.doc.version)
    return ok({ version: checked.doc.version, publishedAt: stored.publishedAt })
  },
  async news(_req, ctx) {
    const [latest] = await ctx.repo
      .collection<NewsRecord>('news')
      .find({}, { orderBy: [['publishedAt', 'desc']], limit: 1 })
    return ok(latest ? { items: latest.items, publishedAt: latest.publishedAt } : { items: null })
  },
  async publishNews(req, ctx) {
    if (!can(ctx.caller, 'publishContent')) return fail('FORBIDDEN', FORBIDDEN)
    const tooBig = jsonBoundsProblem(req.items)
    if (tooBig) return fail('VALIDATION', `“有什么变化”有误：${tooBig}`, 'items')
    const checked = validateNews(req.items)
    if (!checked.ok) return fail('VALIDATION', `“有什么变化”有误：${checked.errors.slice(0, 3).join('；')}`, 'items')
    const publishedAt = ctx.now().toISOString()
    // Each publication is kept (who changed the home page, and when); home reads the newest.
    await ctx.repo.collection<NewsRecord>('news').insert({
      _id: `news-${publishedAt}`,
      items: checked.items,
      publishedAt,
      publishedBy: ctx.caller.openid
    })
    await audit(ctx, 'publish_news', { detail: { count: checked.items.length } }, publishedAt)
    return ok({ count: checked.items.length, publishedAt })
  },
  async progress(_req, ctx): Promise<CloudResult<ProgressBoard>> {
    const targets = await currentTargets(ctx.repo)
    // One read per target: its latest day, the last entered of that day (index target_as_of).
    const current = new Map<string, ProgressEntry>()
    for (const t of targets) {
      const [top] = await progressEntries(ctx).find(
        { targetId: t.id },
        {
          orderBy: [
            ['asOf', 'desc'],
            ['enteredAt', 'desc']
          ],
          limit: 1
        }
      )
      if (top) current.set(t.id, top)
    }
    const related = await relatedRows(ctx)
    const counts = countRelated(
      related.rows,
      targets.map((t) => t.id)
    )
    // The same rule as the query, said once more in the domain (a day back-filled later loses).
    const chosen = currentByTarget([...current.values()])
    return ok({
      items: targets.map((t) => {
        const e = chosen.get(t.id)
        return {
          targetId: t.id,
          current: e ? toPublicProgress(e) : null,
          related: counts[t.id],
          kids: kidsProgressSentence(t, e ? e.value : null)
        }
      }),
      relatedComplete: related.complete
    })
  },
  async progressHistory(req, ctx) {
    if (!can(ctx.caller, 'recordProgress')) return fail('FORBIDDEN', PROGRESS_FORBIDDEN)
    if (typeof req.targetId !== 'string' || !req.targetId) return fail('VALIDATION', '请选择一个目标', 'targetId')
    const entries = await progressEntries(ctx).find(
      { targetId: req.targetId },
      { orderBy: [['enteredAt', 'desc']], limit: HISTORY_LIMIT }
    )
    return ok({ entries: entries.map(toStaffProgress) })
  },
  async recordProgress(req, ctx) {
    if (!can(ctx.caller, 'recordProgress') || !ctx.caller.openid) return fail('FORBIDDEN', PROGRESS_FORBIDDEN)
    const targets = await currentTargets(ctx.repo)
    const target = targets.find((t) => t.id === req.targetId)
    const checked = validateProgress(req, target, chinaDate(ctx.now().getTime()))
    if (!checked.ok || !target) {
      const first = checked.ok ? { field: 'targetId', message: '请选择一个目标' } : checked.errors[0]
      return fail('VALIDATION', first.message, first.field)
    }
    const { value } = checked
    const entry: ProgressEntry = {
      _id: value.id,
      targetId: value.targetId,
      value: value.value,
      unit: target.unit,
      asOf: value.asOf,
      source: value.source,
      enteredAt: ctx.now().toISOString(),
      enteredBy: ctx.caller.openid,
      enteredByName: staffName(ctx.caller)
    }
    // Never overwritten: a retried save (same id) finds its entry and answers it, once.
    const inserted = (await progressEntries(ctx).insert(entry)) === 'inserted'
    const stored = inserted ? entry : await progressEntries(ctx).get(entry._id)
    if (!stored || stored.enteredBy !== ctx.caller.openid || stored.targetId !== entry.targetId)
      return fail('CONFLICT', '保存编号已被使用，请重新打开页面再试')
    // The audit entry's id is the value's: written once, also when a crash came between the two
    // writes and the app sent the save again.
    const logged = auditEntry(ctx, 'record_progress', stored.enteredAt, {
      detail: {
        entryId: stored._id,
        targetId: stored.targetId,
        value: stored.value,
        unit: stored.unit,
        asOf: stored.asOf
      }
    })
    await ctx.repo.collection<AuditEntry>('audit_log').insert({ ...logged, _id: `record_progress-${stored._id}` })
    return ok({ entry: toStaffProgress(stored), replayed: !inserted })
  }
})
