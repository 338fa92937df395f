import { create } from 'zustand'
import { policyDocument, type PolicyDocument } from '../domain/policy/content'
import { choosePolicy, type PolicySource } from '../domain/policy/versions'
import { fetchLatestPolicy, readCachedPolicy, writeCachedPolicy } from '../services/policy'

interface PolicyState {
  doc: PolicyDocument
  source: PolicySource
  /** When the cloud version in use was published. */
  publishedAt: string | null
  checking: boolean
  /** Shows the cached newer version at once, then asks the cloud for anything newer still. */
  refresh(): Promise<void>
}

function initial(): Pick<PolicyState, 'doc' | 'source' | 'publishedAt'> {
  const cached = readCachedPolicy()
  const chosen = choosePolicy(policyDocument, cached?.document)
  return { ...chosen, publishedAt: chosen.source === 'cloud' ? (cached?.publishedAt ?? null) : null }
}

export const usePolicyStore = create<PolicyState>((set, get) => ({
  ...initial(),
  checking: false,
  async refresh() {
    if (get().checking) return
    set({ checking: true })
    const r = await fetchLatestPolicy(get().doc.version)
    // Offline or an error: the content in hand (bundled or cached) is still right to show.
    if (r.ok && !r.data.upToDate) {
      const chosen = choosePolicy(policyDocument, r.data.document)
      if (chosen.source === 'cloud') {
        writeCachedPolicy(chosen.doc, r.data.publishedAt)
        set({ ...chosen, publishedAt: r.data.publishedAt })
      }
    }
    set({ checking: false })
  }
}))
