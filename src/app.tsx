import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { listenForPrivacyRequests } from './services/privacy'
import { watchNewsBadge } from './stores/news-badge'
import { useFollowUpOutboxStore } from './stores/useFollowUpOutboxStore'
import { useMySuggestionsStore } from './stores/useMySuggestionsStore'
import { useOutboxStore } from './stores/useOutboxStore'
import { usePrivacyStore } from './stores/usePrivacyStore'
import { useSessionStore } from './stores/useSessionStore'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    listenForPrivacyRequests((decide) => usePrivacyStore.getState().request(decide))
    // Suggestions written offline (or cut off mid-send) go out now and whenever the network returns.
    useOutboxStore.getState().resume()
    // Likewise a child's 还没有 with a drawing (解决了吗).
    useFollowUpOutboxStore.getState().resume()
    // Who the user is, and the subscribe template the 提交 tap asks for (it cannot wait then).
    void useSessionStore.getState().load()
    // News about my suggestions (a status change, a reply) shows as a badge on the 我的 tab.
    watchNewsBadge()
    void useMySuggestionsStore.getState().load()
  })
  return children
}

export default App
