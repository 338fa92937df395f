import { startTransition, useEffect, useState } from 'react'
import { afterFirstScreen } from '../services/first-screen'

/**
 * False until the first screen has rendered and the app is idle, then true: a page renders what
 * sits below the fold (and asks for its data) after what a parent sees first, without one long task.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let alive = true
    // A transition: React draws it in slices that leave the main thread free in between.
    afterFirstScreen(() => alive && startTransition(() => setReady(true)))
    return () => {
      alive = false
    }
  }, [])
  return ready
}
