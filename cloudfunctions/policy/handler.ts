// policy: serves newer versions of the policy content and lets district admins publish one.
import { jsonBoundsProblem } from '../../src/domain/json-bounds'
import { validateNews, type DistrictExample } from '../../src/domain/news'
import type { PolicyDocument } from '../../src/domain/policy/content'
import { policySummary } from '../../src/domain/policy/document-summary'
import { validatePolicyForPublish } from '../../src/domain/policy/validate'
import { fail, ok } from '../../src/domain/errors'
import { can } from '../../src/domain/staff/permissions'
import { audit } from '../../server/services/audit'
import { defineFunction, type Context } from '../../server/function'

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

async function newest(repo: Context['repo']): Promise<PolicyRecord | undefined> {
  const [latest] = await repo
    .collection<PolicyRecord>('policy')
    .find({}, { orderBy: [['publishedAt', 'desc']], limit: 1 })
  return latest
}

export const policyFunction = defineFunction('policy', {
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
  }
})
