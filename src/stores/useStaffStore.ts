// The worker's inbox: who I am (role, what I may do) and the filter the inbox and the report
// share. The rows themselves are the inbox page's (useInbox in src/data/staff).
import { create } from 'zustand'
import type { CloudError } from '../domain/errors'
import type { InboxFilter, InboxSort, StaffMe } from '../domain/staff/api'
import { fetchStaffMe } from '../data/staff'

interface StaffState {
  me: StaffMe | null
  error: CloudError | null
  filter: InboxFilter
  sort: InboxSort
  loadMe(): Promise<void>
  setFilter(filter: InboxFilter, sort?: InboxSort): void
}

export const useStaffStore = create<StaffState>((set) => ({
  me: null,
  error: null,
  filter: {},
  sort: 'newest',
  async loadMe() {
    const r = await fetchStaffMe()
    set(r.ok ? { me: r.data, error: null } : { error: r.error })
  },
  setFilter(filter, sort) {
    set({ filter, ...(sort ? { sort } : {}) })
  }
}))
