// What both platform files of ./BackBar offer: a way back (the browser build draws one; WeChat
// has its own navigation bar and renders nothing).
import type { ReactElement } from 'react'
import type { Implements } from '../../platform-contract'

export interface BackBarPlatform {
  BackBar: () => ReactElement | null
}

export type BackBarPlatforms = [
  Implements<BackBarPlatform, typeof import('./BackBar.weapp')>,
  Implements<BackBarPlatform, typeof import('./BackBar.h5')>
]
