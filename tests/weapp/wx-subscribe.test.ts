/**
 * The strict wx's subscribe panel (tests/weapp/wx/subscribe.ts) refuses what WeChat refuses: no
 * template, more than 3 in one request, a request outside a tap; and answers each template.
 */
import { newDevice } from './device'
import { enforceTaps, markTaps, resetGestures } from './wx/gestures'
import { installSubscribe } from './wx/subscribe'

type Fn = (o: Record<string, unknown>) => unknown

function subscribeWx(accepts = true) {
  resetGestures()
  const device = newDevice()
  device.subscribe.accepts = accepts
  const wx: Record<string, unknown> = {}
  installSubscribe(wx, device)
  enforceTaps(wx, device)
  const ask = (tmplIds: unknown) =>
    (
      markTaps({ methods: { eh: () => call(wx.requestSubscribeMessage as Fn, tmplIds) } }) as {
        methods: { eh(e: object): Promise<{ ok: boolean; res: Record<string, unknown> }> }
      }
    ).methods.eh({ type: 'tap' })
  return { wx, device, ask }
}

const call = (fn: Fn, tmplIds: unknown) =>
  new Promise<{ ok: boolean; res: Record<string, unknown> }>((resolve) =>
    fn({
      tmplIds,
      success: (res: object) => resolve({ ok: true, res: res as never }),
      fail: (res: object) => resolve({ ok: false, res: res as never })
    })
  )

describe('subscribe messages (requestSubscribeMessage)', () => {
  it('answers each template of a request from a tap: accept, or reject as the user ticks', async () => {
    const { device, ask } = subscribeWx()
    expect(await ask(['change', 'reminder'])).toEqual({
      ok: true,
      res: { errMsg: 'requestSubscribeMessage:ok', change: 'accept', reminder: 'accept' }
    })
    expect(device.subscribe.asked).toEqual([['change', 'reminder']])
    expect((await subscribeWx(false).ask(['change'])).res).toMatchObject({ change: 'reject' })
  })

  it('refuses no template (10001) and more than 3 in one request', async () => {
    const { device, ask } = subscribeWx()
    expect(await ask([])).toMatchObject({ ok: false, res: { errCode: 10001 } })
    expect(await ask(['a', 'b', 'c', 'd'])).toMatchObject({ ok: false })
    expect(device.violations).toEqual(['requestSubscribeMessage: 4 templates in one request'])
    expect(device.subscribe.asked).toEqual([])
  })

  it('throws outside a tap', () => {
    const { wx, device } = subscribeWx()
    expect(() => (wx.requestSubscribeMessage as Fn)({ tmplIds: ['change'] })).toThrow(/TAP gesture/)
    expect(device.violations).toEqual(['requestSubscribeMessage: outside a tap'])
  })
})
