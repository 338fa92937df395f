// The worker's inbox: who I am (role, what I may do), the filter, and the loaded pages.
import { create } from 'zustand'
import type { CloudError } from '../domain/errors'
import type { InboxFilter, InboxItem, InboxSort, StaffMe } from '../domain/staff/api'
import { callCloud } from '../services/cloud'
import { INBOX_PAGE_SIZE } from '../domain/staff/limits'

interface StaffState {
  me: StaffMe | null
  filter: InboxFilter
  sort: InboxSort
  items: InboxItem[]
  next: string | null
  total: number | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: CloudError | null
  loadMe(): Promise<void>
  setFilter(filter: InboxFilter, sort?: InboxSort): Promise<void>
  reload(): Promise<void>
  loadMore(): Promise<void>
}

export const useStaffStore = create<StaffState>((set, get) => {
  // Every request takes a number; only the newest may write (quick filter taps answer out of
  // order). The first page of the same filter is shared while it runs (mount and first show).
  let seq = 0
  let firstPage: { key: string; promise: Promise<void> } | null = null

  const fetchPage = async (cursor: string | null) => {
    const mine = ++seq
    set({ status: 'loading', error: null })
    const { filter, sort } = get()
    const r = await callCloud('staff', { action: 'inbox', filter, sort, cursor, pageSize: INBOX_PAGE_SIZE })
    if (mine !== seq) return
    if (!r.ok) return set({ status: 'error', error: r.error })
    set({
      status: 'ready',
      items: cursor ? [...get().items, ...r.data.items] : r.data.items,
      next: r.data.next,
      ...(cursor ? {} : { total: r.data.total })
    })
  }

  const reload = () => {
    const key = JSON.stringify([get().filter, get().sort])
    if (firstPage?.key === key) return firstPage.promise
    const promise = fetchPage(null).finally(() => {
      if (firstPage?.promise === promise) firstPage = null
    })
    firstPage = { key, promise }
    return promise
  }

  return {
    me: null,
    filter: {},
    sort: 'newest',
    items: [],
    next: null,
    total: null,
    status: 'idle',
    error: null,
    async loadMe() {
      const r = await callCloud('staff', { action: 'me' })
      set(r.ok ? { me: r.data } : { error: r.error })
    },
    async setFilter(filter, sort) {
      set({ filter, ...(sort ? { sort } : {}) })
      await reload()
    },
    reload,
    async loadMore() {
      const next = get().next
      if (next && get().status !== 'loading') await fetchPage(next)
    }
  }
})
