// Policy content from the cloud, cached on the device so a newer version survives offline starts.
import type { PolicyDocument } from '../domain/policy/content'
import { callCloud } from './cloud'
import { taroStorage } from './storage'

const CACHE_KEY = 'policy-document'

export interface CachedPolicy {
  document: unknown
  publishedAt: string
}

export function readCachedPolicy(): CachedPolicy | null {
  const raw = taroStorage.getItem(CACHE_KEY)
  if (typeof raw !== 'string') return null
  try {
    return JSON.parse(raw) as CachedPolicy
  } catch {
    return null
  }
}

export function writeCachedPolicy(document: PolicyDocument, publishedAt: string): void {
  void taroStorage.setItem(CACHE_KEY, JSON.stringify({ document, publishedAt }))
}

export function fetchLatestPolicy(knownVersion: string) {
  return callCloud('policy', { action: 'latest', knownVersion })
}
