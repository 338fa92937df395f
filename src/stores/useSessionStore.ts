// Who the caller is: the app's one identity source. whoami answers once for every page, the
// staff pages included (their role, area and capabilities travel in `me.staff`).
import { useEffect } from 'react'
import { create } from 'zustand'
import type { WhoAmI } from '../domain/cloud-api'
import type { CloudError } from '../domain/errors'
import type { StaffMe } from '../domain/staff/api'
import type { LoadStatus } from '../domain/load-status'
import type { DevIdentity } from '../domain/roles'
import { fetchWhoAmI } from '../data/user'
import { devIdentityAvailable, getDevIdentity, setDevIdentity } from '../services/dev-identity'
import { singleFlight } from './single-flight'

interface SessionState {
  status: LoadStatus
  me: WhoAmI | null
  error: CloudError | null
  /** Demo identity in the browser's developer tools; null on WeChat. */
  devIdentity: DevIdentity | null
  devToolsAvailable: boolean
  load(): Promise<void>
  switchIdentity(identity: DevIdentity): Promise<void>
}

export const useSessionStore = create<SessionState>((set, get) => ({
  status: 'idle',
  me: null,
  error: null,
  devIdentity: getDevIdentity(),
  devToolsAvailable: devIdentityAvailable,
  // Pages ask on mount and again on every show; one request serves both.
  load: singleFlight(async () => {
    set({ status: 'loading', error: null })
    const r = await fetchWhoAmI()
    if (r.ok) set({ status: 'ready', me: r.data })
    else set({ status: 'error', error: r.error })
  }),
  async switchIdentity(identity) {
    // A load on its way asked as the previous identity (the launch's, or a page's): joining it
    // would show that identity. Let it land, then ask again as the new one.
    const stale = get().status === 'loading'
    setDevIdentity(identity)
    set({ devIdentity: identity })
    await get().load()
    if (stale) await get().load()
  }
}))

/** The staff pages' view of the caller; asks who-am-I if nobody has yet, null until it answers. */
export function useStaffMe(): StaffMe | null {
  const status = useSessionStore((s) => s.status)
  const load = useSessionStore((s) => s.load)
  useEffect(() => {
    if (status === 'idle') void load()
  }, [status, load])
  return useSessionStore((s) => s.me?.staff ?? null)
}
