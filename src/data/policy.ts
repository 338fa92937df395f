// The policy text and the 政策 tab's summary: the device's copy (services/policy) and the
// cloud's newer version; district admins publish a new one.
import type { PolicyDocument } from '../domain/policy/content'
import type { PolicySummary } from '../domain/policy/summary'
import { policyDocumentCache, policySummaryCache, type VersionSource } from '../services/policy'
import { useCloudQuery } from '../hooks/useCloudQuery'
import { action } from './calls'

const latest = action('policy', 'latest')
const summary = action('policy', 'summary')

export const policyCalls = {
  publishPolicy: action('policy', 'publish'),
  /** 目标进展: a target's current value with its source (district admins). */
  recordProgress: action('policy', 'recordProgress'),
  /** How far the district has come toward each 2026 target (the 政策 tab and home). */
  progress: action('policy', 'progress')
}

/** Every value entered for one target, newest first (district admins); nothing until one is chosen. */
export function useProgressHistory(targetId: string | null) {
  return useCloudQuery('policy', targetId ? { action: 'progressHistory', targetId } : null)
}

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
