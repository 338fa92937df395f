// WeChat asks the app to show its own privacy sheet before the first privacy-relevant API call
// (onNeedPrivacyAuthorization). The sheet's agree button (open-type agreePrivacyAuthorization,
// id privacy-agree) resolves the pending call.
import Taro from '@tarojs/taro'
import type { PrivacyRequest } from './privacy-types'

export type { PrivacyDecision, PrivacyRequest } from './privacy-types'

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

let registered = false

export function listenForPrivacyRequests(onRequest: PrivacyRequest): void {
  if (registered || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  registered = true
  Taro.onNeedPrivacyAuthorization((resolve) => {
    // Tell the platform the sheet is on screen, as its privacy guide asks.
    resolve({ event: 'exposureAuthorization' })
    onRequest((decision) =>
      resolve(decision === 'agree' ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
    )
  })
}

export function openPrivacyContract(): void {
  void Taro.openPrivacyContract({})
}
