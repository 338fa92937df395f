import { useLayoutEffect, useRef } from 'react'

/**
 * True while the component is mounted (answers that come later are dropped). Set when the
 * component is committed, not in a passive effect: an answer that arrives before passive effects
 * run (a fast backend) would otherwise be dropped and leave a button busy for good.
 */
export function useAlive() {
  const alive = useRef(false)
  useLayoutEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])
  return alive
}
