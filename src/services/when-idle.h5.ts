// Browser: when the main thread is idle, and within IDLE_WAIT_MS whatever happens.
import type { WhenIdle } from './when-idle-types'

const IDLE_WAIT_MS = 2000

export const whenIdle: WhenIdle = (task) => {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(() => task(), { timeout: IDLE_WAIT_MS })
  else window.setTimeout(task, 50)
}
