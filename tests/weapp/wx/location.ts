// Picking a point on WeChat's map.
// - wx.chooseLocation opens the map; the user picks a point (success: name, address, latitude,
//   longitude, "使用 gcj02 国测局坐标系") or closes the map (fail "chooseLocation:fail cancel"):
//   https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html
// - It needs scope.userLocation ("用户授权：需要 scope.userLocation", same page): the first call
//   asks; a refusal fails it, and once refused it fails without asking again ("auth deny"):
//   https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
// - It must be declared in requiredPrivateInfos and its kind (选择的位置信息) in the privacy guide,
//   and waits for the user's agreement: the privacy gate (privacy.ts).
import type { Device } from './device'
import type { PrivacyGate } from './privacy'

type Options = {
  success?: (r: unknown) => void
  fail?: (e: { errMsg: string; errno?: number }) => void
  [k: string]: unknown
}

export function installLocationPicker(wx: Record<string, unknown>, device: Device, privacy: PrivacyGate): void {
  wx.chooseLocation = (o: Options = {}) =>
    privacy.gate('chooseLocation', o, () => {
      const { location } = device
      if (location.permission === 'ask') {
        location.prompts++
        location.permission = location.willAllow ? 'granted' : 'denied'
      }
      if (location.permission === 'denied') return o.fail?.({ errMsg: 'chooseLocation:fail auth deny' })
      const next = location.next
      if (next === 'cancel') return o.fail?.({ errMsg: 'chooseLocation:fail cancel' })
      return o.success?.({ errMsg: 'chooseLocation:ok', ...next })
    })
}
