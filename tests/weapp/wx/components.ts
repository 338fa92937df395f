// Built-in components as WeChat defines their attributes. The simulator registers every built-in
// as an empty shell without properties; the ones whose attributes the rules read get them here.
// - <input>/<textarea> maxlength: "最大输入长度，设置为 -1 的时候不限制最大长度", default 140:
//   https://developers.weixin.qq.com/miniprogram/dev/component/input.html
//   https://developers.weixin.qq.com/miniprogram/dev/component/textarea.html
// - <canvas type="2d"> / canvas-id: https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html
// - <button open-type="agreePrivacyAuthorization">:
//   https://developers.weixin.qq.com/miniprogram/dev/component/button.html
// - <map> fires bindupdated when it has rendered ("在地图渲染更新完成时触发"), after it is
//   attached and after a change of what it shows, and binderror when it fails (here: when the
//   device's map fails to draw, as same-layer rendering can):
//   https://developers.weixin.qq.com/miniprogram/dev/component/map.html
import type { Device } from './device'

export const DEFAULT_MAXLENGTH = 140

interface Shell {
  triggerEvent(name: string, detail: object): void
}

export function registerBuiltins(device: Device): void {
  const jComponent = require('j-component') as { register(definition: object): string }
  const shell = (id: string, properties: Record<string, { type: unknown; value: unknown }>, extra: object = {}) =>
    jComponent.register({ id, tagName: `wx-${id}`, template: '<slot/>', properties, ...extra })
  const text = { value: { type: String, value: '' }, maxlength: { type: Number, value: DEFAULT_MAXLENGTH } }
  shell('input', text)
  shell('textarea', text)
  shell('canvas', { type: { type: String, value: '' }, canvasId: { type: String, value: '' } })
  shell('button', { openType: { type: String, value: '' } })
  // The map renders a moment after it is attached or shown something new.
  function rendered(this: Shell) {
    setTimeout(() =>
      device.map.fails ? this.triggerEvent('error', { errMsg: 'map render fail' }) : this.triggerEvent('updated', {})
    )
  }
  shell(
    'map',
    {
      latitude: { type: Number, value: 0 },
      longitude: { type: Number, value: 0 },
      markers: { type: Array, value: [] },
      polyline: { type: Array, value: [] }
    },
    { attached: rendered, observers: { 'latitude, longitude, markers, polyline': rendered } }
  )
}

/** What a person can type into a field: WeChat stops taking characters at maxlength. */
export function typedValue(maxlength: unknown, value: string): string {
  const limit = typeof maxlength === 'number' ? maxlength : DEFAULT_MAXLENGTH
  if (limit < 0) return value
  return Array.from(value).slice(0, limit).join('')
}
