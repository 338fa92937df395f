// Privacy as WeChat enforces it.
// - requiredPrivateInfos: the location interfaces must be declared in app.json, or calling them
//   fails ("如果未在 app.json 中声明表1中的相关接口，则小程序调用这些接口（表1）时会出现错误"):
//   https://developers.weixin.qq.com/community/develop/doc/000a02f2c5026891650e7f40351c01 (the
//   official announcement) and
//   https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#requiredPrivateInfos
// - A privacy interface whose kind the privacy guide does not declare is disabled ("若未声明，对应
//   接口或组件将直接禁用", errno 112 "api scope is not declared in the privacy agreement"):
//   https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
// - A declared one, before the user agreed, waits ("触发该事件的隐私接口或组件会处于 pending
//   状态") while the app's onNeedPrivacyAuthorization listener shows its sheet. resolve({ event:
//   'agree', buttonId }) lets it go on only when that <button open-type="agreePrivacyAuthorization">
//   was pressed ("基础库会检查对应的同意按钮是否被点击过"); 'disagree' fails it ("API:fail privacy
//   permission is not authorized", errno 104):
//   https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
// The kinds and the interfaces in each follow the privacy guide's list (config/wechat-privacy.ts
// holds WeChat's table and what this app declares):
//   https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
import {
  privacyKindOf,
  REQUIRED_PRIVATE_INFO_APIS,
  WECHAT_PRIVACY_KINDS,
  type PrivacyKindKey
} from '../../../config/wechat-privacy'
import type { Device } from './device'
import { agreeButtonsPressed } from './gestures'

type AnyFn = (...args: unknown[]) => unknown
type Options = { fail?: (e: { errMsg: string; errno?: number }) => void; [k: string]: unknown }

const kindOf = (api: string) => privacyKindOf(api)

export interface PrivacyDeclarations {
  /** app.json's requiredPrivateInfos. */
  requiredPrivateInfos: readonly string[]
  /** The kinds the privacy guide (set in the admin console) declares. */
  guideKinds: readonly PrivacyKindKey[]
}

export interface PrivacyGate {
  /** Runs `call` as WeChat would run the privacy interface `api`, or fails it through `o.fail`. */
  gate(api: string, o: Options, call: () => unknown): unknown
}

export function installPrivacy(
  wx: Record<string, unknown>,
  device: Device,
  declared: PrivacyDeclarations
): PrivacyGate {
  let listener: ((resolve: (r: { event: string; buttonId?: string }) => void) => void) | null = null
  const waiting: Array<{ run: () => void; refuse: (why: string) => void }> = []
  let asking = false

  const settle = (agree: boolean, why: string) => {
    asking = false
    const calls = waiting.splice(0)
    if (agree) device.privacy.agreed = true
    for (const c of calls) {
      if (agree) c.run()
      else c.refuse(why)
    }
  }
  const resolve = (r: { event: string; buttonId?: string }) => {
    if (r?.event === 'exposureAuthorization') return
    if (r?.event === 'agree') {
      if (r.buttonId && agreeButtonsPressed().has(r.buttonId)) return settle(true, '')
      device.violations.push('privacy: agree resolved without its agreePrivacyAuthorization button pressed')
      return settle(false, 'privacy permission is not authorized or buttonId is wrong')
    }
    settle(false, 'privacy permission is not authorized')
  }
  wx.onNeedPrivacyAuthorization = (cb: typeof listener) => void (listener = cb)
  wx.openPrivacyContract = (o: { success?: AnyFn } = {}) => o.success?.({})
  wx.getPrivacySetting = (o: { success?: AnyFn } = {}) =>
    o.success?.({ needAuthorization: !device.privacy.agreed, privacyContractName: '《隐私保护指引》' })

  const gate: PrivacyGate['gate'] = (api, o, call) => {
    const name = api.split(':')[0].replace('RecorderManager.', '')
    const fail = (errMsg: string, errno: number) => {
      o.fail?.({ errMsg: `${name}:fail ${errMsg}`, errno })
      return undefined
    }
    if (
      (REQUIRED_PRIVATE_INFO_APIS as readonly string[]).includes(api) &&
      !declared.requiredPrivateInfos.includes(api)
    ) {
      device.violations.push(`${api}: not in requiredPrivateInfos`)
      return fail('the api need to be declared in the requiredPrivateInfos field in app.json/ext.json', 112)
    }
    const kind = kindOf(api)
    if (!kind) return call()
    if (!declared.guideKinds.includes(kind)) {
      device.violations.push(`${api}: ${WECHAT_PRIVACY_KINDS[kind].name} is not declared in the privacy guide`)
      return fail('api scope is not declared in the privacy agreement', 112)
    }
    if (device.privacy.agreed) return call()
    waiting.push({ run: () => void call(), refuse: (why) => void fail(why, 104) })
    if (!asking && listener) {
      asking = true
      listener(resolve)
    }
    return undefined
  }

  // Interfaces the app calls with options; the test's own mock (or the device's) does the work.
  for (const apis of [...Object.values(WECHAT_PRIVACY_KINDS).map((k) => k.interfaces), REQUIRED_PRIVATE_INFO_APIS]) {
    for (const api of apis) {
      if (api.includes('.') || api.includes(':')) continue
      const impl = wx[api] as AnyFn | undefined
      wx[api] = (o: Options = {}) =>
        gate(api, o, () => (impl ? impl(o) : o.fail?.({ errMsg: `${api}:fail not available here` })))
    }
  }
  return { gate }
}
