// One-time subscribe messages (wx.requestSubscribeMessage):
// - tmplIds is required and not empty (errCode 10001 "TmplIds can't be empty"), and one call asks
//   for 3 templates at most ("一次调用最多可订阅3条消息"; later versions of the page say 5, older
//   clients take 3: the app holds to 3);
// - the answer names each template: 'accept' or 'reject' (what the user ticks in the panel);
// - tap-only ("仅在点击行为时调用"): gestures.ts.
//   https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import type { Device } from './device'

export const MAX_TEMPLATES_PER_REQUEST = 3

type Options = {
  tmplIds?: unknown
  success?: (r: unknown) => void
  fail?: (e: { errMsg: string; errCode?: number }) => void
}

export function installSubscribe(wx: Record<string, unknown>, device: Device): void {
  wx.requestSubscribeMessage = (o: Options = {}) => {
    const ids = o.tmplIds
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || !id))
      return o.fail?.({ errMsg: "requestSubscribeMessage:fail TmplIds can't be empty", errCode: 10001 })
    if (ids.length > MAX_TEMPLATES_PER_REQUEST) {
      device.violations.push(`requestSubscribeMessage: ${ids.length} templates in one request`)
      return o.fail?.({
        errMsg: 'requestSubscribeMessage:fail the number of templates is out of bounds',
        errCode: 10005
      })
    }
    device.subscribe.asked.push(ids as string[])
    const answers = Object.fromEntries(
      (ids as string[]).map((id) => [id, device.subscribe.accepts ? 'accept' : 'reject'])
    )
    return o.success?.({ errMsg: 'requestSubscribeMessage:ok', ...answers })
  }
}
