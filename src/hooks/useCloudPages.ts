// A list the server hands out a page at a time ("加载更多"): the pages so far, loading, the
// error in the cloud layer's words, more or not. A new `key` (a changed filter) starts again from
// the first page; an answer to an older key or an older request is dropped.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CloudError, CloudResult } from '../domain/errors'
import type { QueryStatus } from './useCloudQuery'

export interface CloudPages<T> {
  items: T[]
  status: QueryStatus
  error: CloudError | null
  hasMore: boolean
  loadMore(): Promise<void>
  /** From the first page again (retry after an error on the first page, pull-down refresh). */
  reload(): Promise<void>
  /** Changes the items on screen after a local change (e.g. a support) without asking again. */
  setItems(update: (items: T[]) => T[]): void
}

/**
 * `fetchPage(cursor)` asks for the page after `cursor` (null: the first). `key` names the
 * question (null waits); the function may change every render, the key decides when to start over.
 */
export function useCloudPages<T, C>(
  key: string | null,
  fetchPage: (cursor: C | null) => Promise<CloudResult<{ items: T[]; next: C | null }>>
): CloudPages<T> {
  const [state, setState] = useState<{ items: T[]; next: C | null; status: QueryStatus; error: CloudError | null }>({
    items: [],
    next: null,
    status: 'idle',
    error: null
  })
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const seq = useRef(0)
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
    },
    []
  )

  const load = useCallback(async (cursor: C | null) => {
    const mine = ++seq.current
    setState((s) => ({ ...(cursor === null ? { items: [], next: null } : s), status: 'loading', error: null }))
    const r = await fetchRef.current(cursor)
    if (!alive.current || mine !== seq.current) return
    setState((s) =>
      r.ok
        ? {
            items: cursor === null ? r.data.items : [...s.items, ...r.data.items],
            next: r.data.next,
            status: 'ready',
            error: null
          }
        : { ...s, status: 'error', error: r.error }
    )
  }, [])

  useEffect(() => {
    if (key !== null) void load(null)
  }, [key, load])

  const loadMore = useCallback(async () => {
    if (state.next !== null && state.status !== 'loading') await load(state.next)
  }, [state.next, state.status, load])
  const reload = useCallback(() => load(null), [load])
  const setItems = useCallback((update: (items: T[]) => T[]) => setState((s) => ({ ...s, items: update(s.items) })), [])

  return {
    items: state.items,
    status: state.status,
    error: state.error,
    hasMore: state.next !== null,
    loadMore,
    reload,
    setItems
  }
}
