// Browser: geolocation answers only in WGS-84 (Taro's getLocation refuses gcj02 on H5), so the
// point is converted here, once, with the domain's deviceLocationToGcj02; the rest of the app
// only ever sees GCJ-02. The browser shows its own permission prompt; it has no settings page
// the app could open, so a refusal is explained in words.
import Taro from '@tarojs/taro'
import { deviceLocationToGcj02 } from '../domain/places'
import type { LocateFailure, LocateResult, SettingsOutcome } from './location-types'

export type { LocateFailure, LocateResult, SettingsOutcome } from './location-types'

export const CAN_OPEN_SETTINGS = false

export const ALLOW_AGAIN = '可在地址栏左侧的网站设置里允许定位'

export const SETTINGS_HINT =
  '浏览器已拒绝定位。请点地址栏左侧的图标，在“网站设置”里允许使用位置信息，然后点“重新定位”。'

// Without a deadline a browser that never answers (no prompt shown, no fix) would leave the
// page waiting for ever; after this the list falls back to a street.
const TIMEOUT_MS = 12000

function failureOf(e: unknown): LocateFailure {
  const msg = String((e as { errMsg?: string })?.errMsg ?? e)
  return /denied|permission/i.test(msg) ? 'denied' : 'unavailable'
}

export async function locate(): Promise<LocateResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)
    })
    const r = await Promise.race([Taro.getLocation({ type: 'wgs84' }), deadline])
    return { ok: true, point: deviceLocationToGcj02(r, 'wgs84'), accuracyM: r.accuracy }
  } catch (e) {
    return { ok: false, reason: failureOf(e) }
  } finally {
    clearTimeout(timer)
  }
}

export async function openLocationSettings(): Promise<SettingsOutcome> {
  return 'unsupported'
}
