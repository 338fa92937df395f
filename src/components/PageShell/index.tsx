// Every page renders inside PageShell: one root element carries the theme and the care-mode
// class (so care mode is one mechanism for every page, not per-page special cases), and the
// privacy sheet, which WeChat needs on whichever page triggers a privacy request. Its first
// commit on any page is the app's first screen: the launch work waits for it (services/first-screen).
import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { applyCareModeToChrome } from '../../services/care-chrome'
import { firstScreenShown } from '../../services/first-screen'
import { useCareMode } from '../../stores/useSettingsStore'
import { pageRegionProps } from '../a11y'
import { PrivacySheet } from '../PrivacySheet'
import { BackBar } from './BackBar'
import './index.scss'

interface Props {
  children: ReactNode
  className?: string
}

export function PageShell({ children, className }: Props) {
  const care = useCareMode()
  useEffect(firstScreenShown, [])
  // The tab bar is drawn outside every page: care mode reaches it where the platform allows.
  useEffect(() => applyCareModeToChrome(care), [care])
  return (
    // The page's main content; in the browser the page box scrolls, and a keyboard reaches it here.
    <View
      className={['page-shell', care ? 'care-mode' : '', className].filter(Boolean).join(' ')}
      {...pageRegionProps()}
    >
      <View className='page-shell__body'>
        <BackBar />
        {children}
      </View>
      <PrivacySheet />
    </View>
  )
}
