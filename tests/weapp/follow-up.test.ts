/**
 * 解决了吗 on the built WeChat app: a child answers 还没有 with a drawing while offline; the
 * drawing (a temporary canvas export) is kept in the user folder, survives a restart, is uploaded
 * once and the answer is delivered once; then the kept copy is freed.
 */
import { CLOSED_AT, closedChildSuggestion, reopenedBy } from '../fixtures/follow-up'
import { newDevice, USER_DATA_PATH, type Device } from './device'
import { bootApp, pause, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(30000)

type Call = { name: string; data: { action: string; [k: string]: unknown } }
const row = closedChildSuggestion('s9')

function cloud(online: boolean) {
  const calls: Call[] = []
  const callFunction = jest.fn(async (c: Call) => {
    calls.push(c)
    const { name, data } = c
    const ok = (d: unknown) => ({ result: { ok: true, data: d } })
    if (name === 'suggestions' && data.action === 'get') return ok(row)
    if (!online) throw new Error('cloud.callFunction:fail network error')
    if (name === 'suggestions' && data.action === 'uploadSlot')
      return ok({ cloudPath: `suggestions/u/${calls.length}.${data.ext}` })
    if (name === 'suggestions' && data.action === 'followUp')
      return ok(reopenedBy(row, { drawingFileId: String(data.drawingFileId) }))
    if (name === 'suggestions' && data.action === 'imageUrls')
      return ok({ photos: [], expiresAt: '2099-01-01T00:00:00Z' })
    return ok({ items: [] })
  })
  const followUps = () => calls.filter((c) => c.name === 'suggestions' && c.data.action === 'followUp')
  return { calls, callFunction, followUps }
}

// WeChat's canvas touches carry x/y in canvas coordinates; the simulator builds DOM touches with
// clientX/clientY only (and jsdom's TouchEvent keeps only its own Touch): touches as WeChat's.
type DomTouch = { clientX: number; clientY: number }
const asWx = (list: ArrayLike<DomTouch>) => Array.from(list, (t) => ({ ...t, x: t.clientX, y: t.clientY }))
class WxTouchEvent extends Event {
  touches: Array<DomTouch & { x: number; y: number }>
  changedTouches: Array<DomTouch & { x: number; y: number }>
  constructor(type: string, init: EventInit & { touches: DomTouch[]; changedTouches: DomTouch[] }) {
    super(type, init)
    this.touches = asWx(init.touches)
    this.changedTouches = asWx(init.changedTouches)
  }
}
const g = globalThis as Record<string, unknown>
const domTouchEvent = g.TouchEvent
beforeAll(() => Object.assign(g, { TouchEvent: WxTouchEvent }))
afterAll(() => Object.assign(g, { TouchEvent: domTouchEvent }))

function boot(device: Device, c: ReturnType<typeof cloud>) {
  bootApp({
    device,
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = c.callFunction
    }
  })
}

const outbox = (device: Device) =>
  JSON.parse(String(device.storage.get('followup-outbox') || '{"state":{"items":[]}}')).state.items as Array<{
    state: string
    payload: { drawingPath: string }
    uploaded: Record<string, string>
  }>

describe('解决了吗 with a drawing, on a phone', () => {
  afterEach(teardownApp)

  it('offline: the drawing is kept past a restart, uploaded once and the answer delivered once', async () => {
    const device = newDevice()
    boot(device, cloud(false))
    const page = renderPage('pkg-suggest/detail/index', { id: 's9' })
    await waitForText(page, '你觉得解决了吗')
    tap(page, '.follow-up__draw')
    // The simulator's DOM carries no data-ready: the pad is ready once its canvas node was found
    // (in the pad's own scope: a page-level query would not see it).
    await until(() => device.canvases.has('follow-up-drawing'), 'the pad')
    await pause(100)
    const canvas = page.querySelector('.drawing-pad__canvas')!
    const at = (x: number, y: number) => ({ touches: [{ x, y }], changedTouches: [{ x, y }] })
    canvas.dispatchEvent('touchstart', at(10, 10))
    await pause()
    canvas.dispatchEvent('touchmove', at(60, 40))
    await pause()
    canvas.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 60, y: 40 }] })
    await until(() => !page.querySelector('.follow-up__solved'), '解决了 gone (a drawing goes with 还没有)')
    tap(page, '.follow-up__not-yet')
    await waitForText(page, '连上网就会发给工作人员')
    await until(() => outbox(device).length === 1, 'the queued answer')
    const kept = outbox(device)[0].payload.drawingPath
    expect(kept.startsWith(`${USER_DATA_PATH}/`)).toBe(true)

    teardownApp()
    device.restart()
    expect([...device.files.keys()].some((p) => p.startsWith('wxfile://tmp/'))).toBe(false)
    expect(device.files.has(kept)).toBe(true)

    const online = cloud(true)
    boot(device, online)
    await until(() => outbox(device)[0]?.state === 'sent', 'the send after the restart')
    await pause(200)
    expect(online.followUps()).toHaveLength(1)
    const sent = online.followUps()[0].data
    expect(sent).toMatchObject({ id: 's9', answer: 'not_yet', closedAt: CLOSED_AT })
    expect(device.uploads.size).toBe(1)
    expect(device.uploads.has(sent.drawingFileId as string)).toBe(true)
    // Sent: the kept copy is freed.
    expect(device.files.has(kept)).toBe(false)
    expect(device.violations).toEqual([])
  })
})
