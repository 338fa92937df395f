// Every page renders inside PageShell: one root element for theme and (later) care-mode classes,
// and the privacy sheet, which WeChat needs on whichever page triggers a privacy request.
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { PrivacySheet } from '../PrivacySheet'
import './index.scss'

interface Props {
  children: ReactNode
  className?: string
}

export function PageShell({ children, className }: Props) {
  return (
    <View className={['page-shell', className].filter(Boolean).join(' ')}>
      {children}
      <PrivacySheet />
    </View>
  )
}
