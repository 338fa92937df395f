// A screen's changes (save, reply, export) through one data module's calls: one busy flag for the
// button's loading state, and nothing set after the screen has gone. `calls` is a module-level
// object of the data module (stable), e.g. useCalls(staffCalls).reply(…).
import { useMemo, useState } from 'react'
import { useAlive } from '../hooks/useAlive'

// Any function that answers later; `never[]` lets each keep its own parameters.
type AnyCall = (...args: never[]) => Promise<unknown>

export function useCalls<T extends Record<string, AnyCall>>(calls: T): T & { busy: boolean } {
  const [pending, setPending] = useState(0)
  const alive = useAlive()
  const wrapped = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(calls).map(([name, call]) => [
          name,
          async (...args: never[]) => {
            setPending((n) => n + 1)
            try {
              return await call(...args)
            } finally {
              if (alive.current) setPending((n) => n - 1)
            }
          }
        ])
      ) as T,
    [calls, alive]
  )
  return { ...wrapped, busy: pending > 0 }
}
