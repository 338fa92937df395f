// Policy content from the cloud, cached on the device so a newer version survives offline starts:
// the document (pkg-policy) and the 政策 tab's summary of it, each under its own key.
import type { PolicyDocument } from '../domain/policy/content'
import type { PolicySummary } from '../domain/policy/summary'
import { callCloud } from './cloud'
import { taroStorage } from './storage'

/** A newer version from the cloud as it arrived (checked by the store before use), with its date. */
export interface NewerVersion {
  value: unknown
  publishedAt: string
}

export interface VersionSource<T> {
  /** The version cached by an earlier download, if any. */
  readCached(): NewerVersion | null
  writeCached(value: T, publishedAt: string): void
  /** The cloud's newest version unless it is `knownVersion`; null when up to date or unreachable. */
  fetchNewer(knownVersion: string): Promise<NewerVersion | null>
}

// `field` keeps the stored shape of earlier app versions ({ document, publishedAt }).
function cache<T>(key: string, field: string): Pick<VersionSource<T>, 'readCached' | 'writeCached'> {
  return {
    readCached() {
      const raw = taroStorage.getItem(key)
      if (typeof raw !== 'string') return null
      try {
        const stored = JSON.parse(raw) as Record<string, unknown>
        return { value: stored[field], publishedAt: String(stored.publishedAt ?? '') }
      } catch {
        return null
      }
    },
    writeCached(value, publishedAt) {
      void taroStorage.setItem(key, JSON.stringify({ [field]: value, publishedAt }))
    }
  }
}

export const policyDocumentSource: VersionSource<PolicyDocument> = {
  ...cache<PolicyDocument>('policy-document', 'document'),
  async fetchNewer(knownVersion) {
    const r = await callCloud('policy', { action: 'latest', knownVersion })
    return r.ok && !r.data.upToDate ? { value: r.data.document, publishedAt: r.data.publishedAt } : null
  }
}

export const policySummarySource: VersionSource<PolicySummary> = {
  ...cache<PolicySummary>('policy-summary', 'summary'),
  async fetchNewer(knownVersion) {
    const r = await callCloud('policy', { action: 'summary', knownVersion })
    return r.ok && !r.data.upToDate ? { value: r.data.summary, publishedAt: r.data.publishedAt } : null
  }
}
