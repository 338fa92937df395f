// The filter the staff inbox and its report share (who the worker is: useStaffMe in
// useSessionStore; the rows: useInbox in src/data/staff).
import { create } from 'zustand'
import type { InboxFilter, InboxSort } from '../domain/staff/api'

interface StaffState {
  filter: InboxFilter
  sort: InboxSort
  setFilter(filter: InboxFilter, sort?: InboxSort): void
}

export const useStaffStore = create<StaffState>((set) => ({
  filter: {},
  sort: 'newest',
  setFilter(filter, sort) {
    set({ filter, ...(sort ? { sort } : {}) })
  }
}))
