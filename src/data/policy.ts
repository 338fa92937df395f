// The policy text and the 政策 tab's summary: the device's copy (services/policy) and the
// cloud's newer version; district admins publish a new one.
import type { PolicyDocument } from '../domain/policy/content'
import type { PolicySummary } from '../domain/policy/summary'
import { policyDocumentCache, policySummaryCache, type VersionSource } from '../services/policy'
import { action } from './calls'

const latest = action('policy', 'latest')
const summary = action('policy', 'summary')

export const policyCalls = { publishPolicy: action('policy', 'publish') }

export const policyDocumentSource: VersionSource<PolicyDocument> = {
  ...policyDocumentCache,
  async fetchNewer(knownVersion) {
    const r = await latest({ knownVersion })
    return r.ok && !r.data.upToDate ? { value: r.data.document, publishedAt: r.data.publishedAt } : null
  }
}

export const policySummarySource: VersionSource<PolicySummary> = {
  ...policySummaryCache,
  async fetchNewer(knownVersion) {
    const r = await summary({ knownVersion })
    return r.ok && !r.data.upToDate ? { value: r.data.summary, publishedAt: r.data.publishedAt } : null
  }
}
