import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { afterFirstScreen } from './services/first-screen'
import { listenForPrivacyRequests } from './services/privacy'
import { loadLaunchWork } from './stores/launch-work-loader'
import { usePrivacyStore } from './stores/usePrivacyStore'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Before any page can touch a private interface.
    listenForPrivacyRequests((decide) => usePrivacyStore.getState().request(decide))
    // The rest waits until the first page has rendered (services/first-screen, stores/launch-work).
    afterFirstScreen(() => void loadLaunchWork().then((work) => work.startLaunchWork()))
  })
  return children
}

export default App
