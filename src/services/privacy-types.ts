// What both platform files of ./privacy offer: WeChat's privacy-authorisation requests (the
// browser has none) and its privacy contract page.
import type { Implements } from '../platform-contract'

export type PrivacyDecision = 'agree' | 'disagree'
export type PrivacyRequest = (decide: (decision: PrivacyDecision) => void) => void

export interface PrivacyPlatform {
  listenForPrivacyRequests: (onRequest: PrivacyRequest) => void
  openPrivacyContract: () => void
}

export type PrivacyPlatforms = [
  Implements<PrivacyPlatform, typeof import('./privacy.weapp')>,
  Implements<PrivacyPlatform, typeof import('./privacy.h5')>
]
