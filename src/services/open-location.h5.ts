// Browser (development build): there is no WeChat map page to hand over to, and Taro's H5
// openLocation needs the WeChat JS-SDK. Show the destination instead, so the button is never
// a silent dead end. No coordinates: a parent acts on an address, not on numbers.
import Taro from '@tarojs/taro'
import type { Destination } from './open-location-types'

export type { Destination } from './open-location-types'

export const NAVIGATION_AVAILABLE = false

export async function openMapTo(to: Destination): Promise<boolean> {
  const where = to.address ? `${to.address}\n` : ''
  await Taro.showModal({
    title: to.name,
    content: `${where}浏览器版无法打开导航，请在微信小程序中使用“导航”。`,
    showCancel: false,
    confirmText: '知道了'
  }).catch(() => undefined)
  return false
}
