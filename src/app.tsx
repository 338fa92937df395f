import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { listenForPrivacyRequests } from './services/privacy'
import { useOutboxStore } from './stores/useOutboxStore'
import { usePrivacyStore } from './stores/usePrivacyStore'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    listenForPrivacyRequests((decide) => usePrivacyStore.getState().request(decide))
    // Suggestions written offline (or cut off mid-send) go out now and whenever the network returns.
    useOutboxStore.getState().resume()
  })
  return children
}

export default App
