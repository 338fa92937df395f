// What the app does at launch that no first screen needs: queued suggestions and 解决了吗
// answers go out, who the user is (and the template the 提交 tap asks for), and the 我的 badge.
// Started by app.tsx after the first screen (services/first-screen); in the browser build
// it is a chunk of its own (launch-work-loader.h5), kept out of the script every page waits for.
import { watchNewsBadge } from './news-badge'
import { useFollowUpOutboxStore } from './useFollowUpOutboxStore'
import { useMySuggestionsStore } from './useMySuggestionsStore'
import { useOutboxStore } from './useOutboxStore'
import { useSessionStore } from './useSessionStore'

export function startLaunchWork(): void {
  // Suggestions written offline (or cut off mid-send) go out now and whenever the network returns.
  useOutboxStore.getState().resume()
  // Likewise a child's 还没有 with a drawing (解决了吗).
  useFollowUpOutboxStore.getState().resume()
  // Who the user is, and the subscribe template the 提交 tap asks for (it cannot wait then).
  void useSessionStore.getState().load()
  // News about my suggestions (a status change, a reply) shows as a badge on the 我的 tab.
  watchNewsBadge()
  void useMySuggestionsStore.getState().load()
}
