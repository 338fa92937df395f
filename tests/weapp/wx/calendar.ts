// The phone's calendar.
// - wx.addPhoneCalendar writes an event (title and startTime required, unix seconds; alarmOffset
//   in seconds before the start), needs scope.addPhoneCalendar ("用户授权：需要
//   scope.addPhoneCalendar": the first call asks, a refusal fails it and later calls fail without
//   asking), and is tap-only ("仅在点击行为时调用": gestures.ts):
//   https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html
//   https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
// - Its kind (日历（仅写入）权限) must be in the privacy guide: the privacy gate (privacy.ts).
import type { Device } from './device'

type Options = {
  success?: (r: unknown) => void
  fail?: (e: { errMsg: string }) => void
  [k: string]: unknown
}

export function installCalendar(wx: Record<string, unknown>, device: Device): void {
  wx.addPhoneCalendar = (o: Options = {}) => {
    const { calendar } = device
    if (typeof o.title !== 'string' || !o.title || typeof o.startTime !== 'number')
      return o.fail?.({ errMsg: 'addPhoneCalendar:fail parameter error: title and startTime are required' })
    if (o.startTime > 1e11) {
      device.violations.push('addPhoneCalendar: startTime in milliseconds, not unix seconds')
      return o.fail?.({ errMsg: 'addPhoneCalendar:fail invalid startTime' })
    }
    if (calendar.permission === 'ask') {
      calendar.prompts++
      calendar.permission = calendar.willAllow ? 'granted' : 'denied'
    }
    if (calendar.permission === 'denied') return o.fail?.({ errMsg: 'addPhoneCalendar:fail auth deny' })
    const { success: _s, fail: _f, complete: _c, ...event } = o
    calendar.events.push(event)
    return o.success?.({ errMsg: 'addPhoneCalendar:ok' })
  }
}
