// WeChat: chooseLocation opens WeChat's own map with search, and answers the picked point in
// GCJ-02 (the datum of everything here) with its name and address. Declared in app.json's
// requiredPrivateInfos and the privacy guide (config/wechat-privacy.ts); it needs
// scope.userLocation, which WeChat asks for itself with our permission text; the interface must be
// switched on in the console (开发管理 → 接口设置), which only a real account can do.
import Taro from '@tarojs/taro'
import type { LatLng } from '../domain/places'
import { failureOf } from './location.weapp'
import type { PickResult } from './pick-location-types'

export type { PickedPoint, PickResult } from './pick-location-types'

export const MAP_PICKER = true

export async function pickOnMap(near?: LatLng): Promise<PickResult> {
  try {
    const r = await Taro.chooseLocation(near ? { latitude: near.latitude, longitude: near.longitude } : {})
    return {
      ok: true,
      picked: { latitude: r.latitude, longitude: r.longitude, name: r.name ?? '', address: r.address ?? '' }
    }
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? e)
    return { ok: false, reason: /cancel/i.test(msg) ? 'cancel' : failureOf(e) }
  }
}
