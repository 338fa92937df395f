// A list the server hands out a page at a time ("加载更多"): the pages so far, loading, the
// error in the cloud layer's words, more or not. A new `key` (a changed filter) starts again from
// the first page; an answer to an older key or an older request is dropped. A reload (pull-down,
// back on the page) keeps the rows on screen until the first page answers.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CloudError, CloudResult } from '../domain/errors'
import type { LoadStatus } from '../domain/load-status'

export interface CloudPages<T, P = object> {
  items: T[]
  /** The first page's whole answer (e.g. the inbox's total); null until it lands. */
  first: P | null
  status: LoadStatus
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
export function useCloudPages<T, C, P extends { items: T[]; next: C | null } = { items: T[]; next: C | null }>(
  key: string | null,
  fetchPage: (cursor: C | null) => Promise<CloudResult<P>>
): CloudPages<T, P> {
  const [state, setState] = useState<{
    items: T[]
    first: P | null
    next: C | null
    status: LoadStatus
    error: CloudError | null
  }>({
    items: [],
    first: null,
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

  // `fresh`: a new question, so nothing of the old answer stays on screen.
  const load = useCallback(async (cursor: C | null, fresh = false) => {
    const mine = ++seq.current
    setState((s) => ({ ...(fresh ? { items: [], first: null, next: null } : s), status: 'loading', error: null }))
    const r = await fetchRef.current(cursor)
    if (!alive.current || mine !== seq.current) return
    setState((s) =>
      r.ok
        ? {
            items: cursor === null ? r.data.items : [...s.items, ...r.data.items],
            first: cursor === null ? r.data : s.first,
            next: r.data.next,
            status: 'ready',
            error: null
          }
        : { ...s, status: 'error', error: r.error }
    )
  }, [])

  useEffect(() => {
    if (key !== null) void load(null, true)
  }, [key, load])

  const loadMore = useCallback(async () => {
    if (state.next !== null && state.status !== 'loading') await load(state.next)
  }, [state.next, state.status, load])
  const reload = useCallback(() => load(null), [load])
  const setItems = useCallback((update: (items: T[]) => T[]) => setState((s) => ({ ...s, items: update(s.items) })), [])

  return {
    items: state.items,
    first: state.first,
    status: state.status,
    error: state.error,
    hasMore: state.next !== null,
    loadMore,
    reload,
    setItems
  }
}
