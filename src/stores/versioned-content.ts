// Content that ships with the app and may be replaced by a newer version published in the cloud:
// the bundled copy, unless a valid newer one came (now or in an earlier download, cached).
import { create } from 'zustand'
import type { VersionSource } from '../services/policy'

export interface VersionedContent<T> {
  value: T
  source: 'bundled' | 'cloud'
  /** When the cloud version in use was published. */
  publishedAt: string | null
  checking: boolean
  /** Shows the cached newer version at once, then asks the cloud for anything newer still. */
  refresh(): Promise<void>
}

/** The newer of the bundled copy and a candidate (null when the candidate is invalid or older). */
export type ChooseNewer<T> = (bundled: T, candidate: unknown) => T | null

export function createVersionedStore<T extends { version: string }>(
  bundled: T,
  chooseNewer: ChooseNewer<T>,
  from: VersionSource<T>
) {
  const cached = from.readCached()
  const fromCache = cached ? chooseNewer(bundled, cached.value) : null
  return create<VersionedContent<T>>((set, get) => ({
    value: fromCache ?? bundled,
    source: fromCache ? 'cloud' : 'bundled',
    publishedAt: fromCache ? (cached?.publishedAt ?? null) : null,
    checking: false,
    async refresh() {
      if (get().checking) return
      set({ checking: true })
      // Offline or an error: the content in hand (bundled or cached) is still right to show.
      const newer = await from.fetchNewer(get().value.version)
      const chosen = newer ? chooseNewer(bundled, newer.value) : null
      if (newer && chosen) {
        from.writeCached(chosen, newer.publishedAt)
        set({ value: chosen, source: 'cloud', publishedAt: newer.publishedAt })
      }
      set({ checking: false })
    }
  }))
}
