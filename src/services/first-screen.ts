// Launch work no first screen needs (sending the outbox, who the user is, the 我的 badge) waits
// until the first page has rendered, then runs when the app is idle: the first screen comes
// first. PageShell, which every page renders in, says when that is.
import { whenIdle } from './when-idle'

/** Should no page ever say so (a page without PageShell), the work starts anyway after this. */
export const FIRST_SCREEN_FALLBACK_MS = 3000

let shown = false
const waiting: Array<() => void> = []
let fallback: ReturnType<typeof setTimeout> | null = null

/** The first page has rendered (PageShell's first commit): whatever waited runs when idle. */
export function firstScreenShown(): void {
  if (shown) return
  shown = true
  if (fallback) clearTimeout(fallback)
  for (const task of waiting.splice(0)) whenIdle(task)
}

/** Runs `task` once the first screen has rendered and the app is idle. */
export function afterFirstScreen(task: () => void): void {
  if (shown) return whenIdle(task)
  waiting.push(task)
  fallback ??= setTimeout(firstScreenShown, FIRST_SCREEN_FALLBACK_MS)
}
