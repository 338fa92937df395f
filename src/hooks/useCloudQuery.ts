// Server data for one screen, so pages never call the cloud themselves: loading, the Chinese
// error message the seam returns, retry, and local updates after a save. Only the newest request
// may set the answer (a slow older one is dropped), and nothing is set after unmount.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FunctionName, Payload, ResponseOf } from '../domain/cloud-api'
import type { CloudError } from '../domain/errors'
import type { LoadStatus } from '../domain/load-status'
import { callCloud } from '../services/cloud'
import { useAlive } from './useAlive'

export interface CloudQuery<T> {
  /** The last answer for this request; null until the first one (and after the request changes). */
  data: T | null
  status: LoadStatus
  error: CloudError | null
  /** Asks again (retry, pull-down refresh); what is on screen stays until the answer comes. */
  reload(): Promise<void>
  /** Changes the data on screen after a local change (a save, a support) without asking again. */
  setData(update: (data: T) => T): void
}

interface State<T> {
  key: string | null
  data: T | null
  status: LoadStatus
  error: CloudError | null
}

/**
 * Asks `name` with `payload` on mount and whenever the payload changes (compared by value, so a
 * new object with the same fields asks nothing). `null` waits (e.g. until the caller's role is known).
 */
export function useCloudQuery<N extends FunctionName, P extends Payload<N>>(
  name: N,
  payload: P | null
): CloudQuery<ResponseOf<N, P['action']>> {
  type T = ResponseOf<N, P['action']>
  const key = payload === null ? null : JSON.stringify([name, payload])
  const [state, setState] = useState<State<T>>({ key: null, data: null, status: 'idle', error: null })
  const alive = useAlive()
  const latest = useRef(0)
  const current = useRef({ key, payload })
  current.current = { key, payload }

  const load = useCallback(async () => {
    const { key: asked, payload: p } = current.current
    const seq = ++latest.current
    if (asked === null || p === null) return
    // A different question starts from nothing; the same one keeps its answer on screen.
    setState((s) => ({ key: asked, data: s.key === asked ? s.data : null, status: 'loading', error: null }))
    const r = await callCloud(name, p)
    if (!alive.current || seq !== latest.current) return
    setState((s) =>
      r.ok ? { key: asked, data: r.data, status: 'ready', error: null } : { ...s, status: 'error', error: r.error }
    )
  }, [name, alive])

  useEffect(() => {
    void load()
  }, [key, load])

  const setData = useCallback(
    (update: (data: T) => T) => setState((s) => (s.data === null ? s : { ...s, data: update(s.data) })),
    []
  )

  // Between a new payload and its effect, show the new request as loading, not the old answer.
  if (state.key !== key) {
    return { data: null, status: key === null ? 'idle' : 'loading', error: null, reload: load, setData }
  }
  return { data: state.data, status: state.status, error: state.error, reload: load, setData }
}
