// Finding a canvas node: the node exists only after Taro has rendered it (on WeChat, after its
// setData has landed), so the query waits for Taro.nextTick and retries until a deadline, then
// gives up with null. Each platform file supplies how one query turns into a surface.
import Taro from '@tarojs/taro'

const RETRY_MS = 50
const OPEN_TIMEOUT_MS = 2000

/** `attempt` calls `found(value)`, or `retry()` when the node is not there yet. */
export function queryUntilFound<T>(attempt: (found: (value: T) => void, retry: () => void) => void): Promise<T | null> {
  return new Promise((resolve) => {
    let done = false
    // A query can also fail by throwing inside Taro's own nextTick (H5 without a loaded page),
    // where no callback ever comes: the deadline still settles the promise.
    const deadline = setTimeout(() => finish(null), OPEN_TIMEOUT_MS)
    const finish = (value: T | null) => {
      if (done) return
      done = true
      clearTimeout(deadline)
      resolve(value)
    }
    const tryOnce = () => {
      if (done) return
      try {
        attempt(finish, () => setTimeout(tryOnce, RETRY_MS))
      } catch {
        // A platform without the query (e.g. a test double) has no canvas to give.
        finish(null)
      }
    }
    Taro.nextTick(tryOnce)
  })
}

/**
 * Where a canvas is rendered: a ref to the CustomWrapper around it. On WeChat a page-scope query
 * does not look inside custom components (Taro renders deep nodes inside its comp component), so
 * the canvas is queried inside the wrapper's own component instance; the browser ignores it.
 */
export interface CanvasHost {
  readonly current: unknown
}

/** What a touch handler receives: WeChat gives canvas-relative x/y, the browser a native TouchEvent. */
export interface TouchLike {
  touches?: ArrayLike<unknown>
  changedTouches?: ArrayLike<unknown>
}
