// Navigation: WeChat's own map page with its route planning and "open in another map app".
// openLocation expects GCJ-02, which is what every place location already is.
import Taro from '@tarojs/taro'
import type { Destination } from './open-location-types'

export type { Destination } from './open-location-types'

export const NAVIGATION_AVAILABLE = true

export async function openMapTo(to: Destination): Promise<boolean> {
  try {
    await Taro.openLocation({
      latitude: to.latitude,
      longitude: to.longitude,
      name: to.name,
      address: to.address ?? '',
      scale: 17
    })
    return true
  } catch {
    return false
  }
}
