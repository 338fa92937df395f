// Policy content cached on the device so a newer version survives offline starts: the document
// (pkg-policy) and the 政策 tab's summary of it, each under its own key. src/data/policy adds
// the question to the cloud.
import type { PolicyDocument } from '../domain/policy/content'
import type { PolicySummary } from '../domain/policy/summary'
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

export const policyDocumentCache = cache<PolicyDocument>('policy-document', 'document')
export const policySummaryCache = cache<PolicySummary>('policy-summary', 'summary')
