import { useEffect, useState } from 'react'
import { afterFirstScreen } from '../services/first-screen'

/**
 * False until the first screen has rendered and the app is idle, then true: a page renders what
 * sits below the fold (and asks for its data) in a task of its own, after what a parent sees first.
 */
export function useAfterFirstScreen(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let alive = true
    afterFirstScreen(() => alive && setReady(true))
    return () => {
      alive = false
    }
  }, [])
  return ready
}
