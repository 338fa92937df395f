// WeChat: getLocation answers in GCJ-02 (the datum of <map> and openLocation), so the point is
// only tagged, never shifted. Called only when the user asks for distances from where they are;
// WeChat itself shows our privacy sheet first (onNeedPrivacyAuthorization, see PrivacySheet) and
// then its permission dialog, with the purpose from app.config's permission.scope.userLocation.
import Taro from '@tarojs/taro'
import { deviceLocationToGcj02 } from '../domain/places'
import type { LocateFailure, LocateResult, SettingsOutcome } from './location-types'

export type { LocateFailure, LocateResult, SettingsOutcome } from './location-types'

/** Whether this platform has a settings page the app can open (WeChat's 设置 → 位置信息). */
export const CAN_OPEN_SETTINGS = true

export const ALLOW_AGAIN = '可在右上角“···”→“设置”里打开位置信息'

export const SETTINGS_HINT = '你已关闭本小程序的位置权限。点“去设置”，打开“位置信息”，回来即可按你的位置排序。'

/** Why a location call failed, from WeChat's errMsg and errno (also read by pick-location). */
export function failureOf(e: unknown): LocateFailure {
  const msg = String((e as { errMsg?: string })?.errMsg ?? e)
  const errno = (e as { errno?: number })?.errno
  // 104/112: the privacy agreement was not accepted (or the API is missing from the privacy guide).
  if (errno === 104 || errno === 112 || /privacy/i.test(msg)) return 'privacy'
  // "auth deny", "auth denied", "authorize no response": the app's permission, fixable in settings.
  // "system permission denied" is the phone's own switch, which our settings page cannot change.
  if (/auth (deny|denied)|authorize/i.test(msg) && !/system/i.test(msg)) return 'denied'
  return 'unavailable'
}

export async function locate(): Promise<LocateResult> {
  try {
    const r = await Taro.getLocation({ type: 'gcj02' })
    return { ok: true, point: deviceLocationToGcj02(r, 'gcj02'), accuracyM: r.accuracy }
  } catch (e) {
    return { ok: false, reason: failureOf(e) }
  }
}

/** Opens the mini-program's settings page (must run from a tap) and reports the location switch. */
export async function openLocationSettings(): Promise<SettingsOutcome> {
  try {
    const r = await Taro.openSetting()
    return r.authSetting['scope.userLocation'] ? 'granted' : 'denied'
  } catch {
    return 'denied'
  }
}
