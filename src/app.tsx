import { useLaunch } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { listenForPrivacyRequests } from './services/privacy'
import { usePrivacyStore } from './stores/usePrivacyStore'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    listenForPrivacyRequests((decide) => usePrivacyStore.getState().request(decide))
  })
  return children
}

export default App
