// What the user's finger did: tap-only APIs and the privacy agree button check it.
//
// Tap-only APIs throw unless called in the synchronous handler of a tap, as WeChat refuses them
// after an await:
// - requestSubscribeMessage: "此接口需在用户发生点击行为后调起"
//   https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
// - shareFileMessage, openSetting: 需要用户点击行为触发
//   https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html
//   https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.openSetting.html
// - addPhoneCalendar: "限制：仅在点击行为时调用"
//   https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html
// - chooseMessageFile: not stated as tap-only in its docs, but pickers are expected from a tap;
//   held to the stricter rule so the import page keeps calling it before any await.
import type { Device } from './device'

export const TAP_ONLY = [
  'requestSubscribeMessage',
  'shareFileMessage',
  'openSetting',
  'chooseMessageFile',
  'addPhoneCalendar'
] as const

type AnyFn = (...args: unknown[]) => unknown
type Options = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; [k: string]: unknown }

// Depth of tap handlers running now (a tap inside a tap handler is still a tap).
let tapDepth = 0
/** Ids of the agreePrivacyAuthorization buttons the user has pressed in this app. */
const agreePressed = new Set<string>()

export const inTap = () => tapDepth > 0
export const agreeButtonsPressed = (): ReadonlySet<string> => agreePressed
/** A new app: nothing pressed yet. */
export function resetGestures(): void {
  tapDepth = 0
  agreePressed.clear()
}

interface EventLike {
  type?: string
  currentTarget?: { id?: string }
  target?: { id?: string }
}

/**
 * Wraps a component definition so its event handler marks tap events as user gestures, and the
 * agreePrivacyAuthorization event of a button as that button pressed.
 */
export function markTaps(definition: Record<string, unknown>): Record<string, unknown> {
  const methods = definition.methods as Record<string, AnyFn> | undefined
  const eh = methods?.eh
  if (!methods || typeof eh !== 'function') return definition
  return {
    ...definition,
    methods: {
      ...methods,
      eh(this: unknown, event: EventLike) {
        const tap = event?.type === 'tap'
        // WeChat records the press before the button's event reaches the page.
        if (event?.type === 'agreeprivacyauthorization')
          agreePressed.add(event.currentTarget?.id ?? event.target?.id ?? '')
        if (tap) tapDepth++
        try {
          return eh.call(this, event)
        } finally {
          if (tap) tapDepth--
        }
      }
    }
  }
}

/** The tap-only APIs (the test's mock or a default that succeeds) refuse calls outside a tap. */
export function enforceTaps(wx: Record<string, unknown>, device: Device): void {
  for (const name of TAP_ONLY) {
    const impl = (wx[name] as AnyFn | undefined) ?? ((o: Options) => o.success?.({ errMsg: `${name}:ok` }))
    wx[name] = (o: Options) => {
      if (!inTap()) {
        device.violations.push(`${name}: outside a tap`)
        throw new Error(`${name}:fail can only be invoked by user TAP gesture.`)
      }
      return impl(o)
    }
  }
}
