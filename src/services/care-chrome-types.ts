// What both platform files of ./care-chrome offer: care mode for what the app draws outside its
// pages (the tab bar).
import type { Implements } from '../platform-contract'

export interface CareChromePlatform {
  /** Larger tab bar labels while care mode is on, where the platform lets the app size them. */
  applyCareModeToChrome: (on: boolean) => void
}

export type CareChromePlatforms = [
  Implements<CareChromePlatform, typeof import('./care-chrome.weapp')>,
  Implements<CareChromePlatform, typeof import('./care-chrome.h5')>
]
