/**
 * The strict `wx` refuses what WeChat refuses: one test for each rule of tests/weapp/wx/*, on the
 * fake itself (no build needed), so a rule that stops holding is found here and not on a phone.
 */
import type { PrivacyKindKey } from '../../config/wechat-privacy'
import { installDevice, enforceRules, newDevice, type Device } from './device'
import type { Caller } from './wx/canvas'
import { CALL_DATA_LIMIT } from './wx/cloud'
import { typedValue } from './wx/components'
import { markTaps } from './wx/gestures'
import { USER_FOLDER_LIMIT } from './wx/storage'

type Fn = (...args: unknown[]) => unknown
type Wx = Record<string, Fn> & { cloud: Record<string, Fn>; env: { USER_DATA_PATH: string } }
type Opts = { success(r: unknown): void }
interface Query {
  in(c: unknown): Query
  select(s: string): { fields(f: object): { exec(cb: (r: Array<{ node?: unknown } | null>) => void): void } }
}
interface CanvasLike {
  createImage(): { width: number; height: number; src: string; onload: (() => void) | null }
  getContext(type: string): { drawImage(image: unknown, x: number, y: number): void }
}
interface RecorderLike {
  start(o: object): void
  stop(): void
  onStart(cb: () => void): void
  onStop(cb: () => void): void
  onError(cb: (e: { errMsg: string }) => void): void
}
const mapOf = (wx: Wx, id: string, scope?: Caller) => wx.createMapContext(id, scope) as { getRegion: Fn }

interface Sim {
  load(def: object): string
  render(id: string): { instance: Caller; attach(el: Element): void; querySelector(s: string): { instance: Caller } }
}

/** A fresh strict wx on `device`; `page` is what getCurrentPages() has on top. */
function strictWx(
  device: Device,
  options: { guideKinds?: PrivacyKindKey[]; requiredPrivateInfos?: string[]; mocks?: (wx: Wx) => void } = {}
) {
  jest.resetModules()
  const g = globalThis as Record<string, unknown>
  delete g.wx
  const simulate = require('miniprogram-simulate') as Sim
  const wx = g.wx as Wx
  const pages: Caller[] = []
  installDevice(wx, device, {
    currentPage: () => pages[pages.length - 1],
    privacy: {
      requiredPrivateInfos: options.requiredPrivateInfos ?? ['getLocation'],
      guideKinds: options.guideKinds ?? ['Location', 'Album', 'Record']
    }
  })
  options.mocks?.(wx)
  enforceRules(wx, device)
  return { wx, simulate, pages }
}

const call = <T = Record<string, unknown>>(fn: Fn, o: Record<string, unknown> = {}) =>
  new Promise<{ ok: boolean; res: T }>((resolve) =>
    fn({ ...o, success: (res: T) => resolve({ ok: true, res }), fail: (res: T) => resolve({ ok: false, res }) })
  )
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))

/** A page with a canvas of its own and a custom component holding another canvas and a map. */
function pageWithComponent(simulate: Sim, pages: Caller[]) {
  const inner = simulate.load({ template: '<canvas id="deep" type="2d"></canvas><map id="deep-map"></map>' })
  const page = simulate.load({
    template: '<canvas id="top" type="2d"></canvas><canvas id="old" canvas-id="old"></canvas><inner id="comp"></inner>',
    usingComponents: { inner }
  })
  const rendered = simulate.render(page)
  rendered.attach(document.createElement('div'))
  pages.push(rendered.instance)
  return { page: rendered.instance, component: rendered.querySelector('#comp').instance }
}

const query = (wx: Wx, selector: string, scope?: Caller) =>
  new Promise<{ node?: unknown; width?: number } | null>((resolve) => {
    const q = wx.createSelectorQuery() as Query
    if (scope) q.in(scope)
    q.select(selector)
      .fields({ node: true, size: true })
      .exec((r: Array<{ node?: unknown } | null>) => resolve(r[0]))
  })

describe('selector queries and canvases (SelectorQuery.in, NodesRef.fields, canvasToTempFilePath)', () => {
  it('a page-level query does not see inside a custom component; .in(component) does', async () => {
    const { wx, simulate, pages } = strictWx(newDevice())
    const { component } = pageWithComponent(simulate, pages)
    expect(await query(wx, '#top')).toMatchObject({ node: expect.anything() })
    expect(await query(wx, '#deep')).toBeNull()
    expect(await query(wx, '#deep', component)).toMatchObject({ node: expect.anything() })
    expect(() => (wx.createSelectorQuery() as Query).in({})).toThrow(/not a component/)
  })

  it('only a <canvas type="2d"> answers a node', async () => {
    const { wx, simulate, pages } = strictWx(newDevice())
    pageWithComponent(simulate, pages)
    expect(await query(wx, '#old')).toMatchObject({ node: null })
  })

  it('canvasToTempFilePath exports a 2d canvas node, not an offscreen canvas', async () => {
    const device = newDevice()
    const { wx, simulate, pages } = strictWx(device)
    pageWithComponent(simulate, pages)
    const offscreen = wx.createOffscreenCanvas({ type: '2d', width: 10, height: 10 })
    const refused = await call(wx.canvasToTempFilePath, { canvas: offscreen })
    expect(refused.ok).toBe(false)
    expect(device.violations).toEqual(['canvasToTempFilePath: not a canvas component of type 2d'])
    const { node } = (await query(wx, '#top'))!
    const exported = await call<{ tempFilePath: string }>(wx.canvasToTempFilePath, { canvas: node })
    expect(exported.ok).toBe(true)
    expect(device.images.get(exported.res.tempFilePath)).toMatchObject({ exif: false, orientation: 'up' })
  })

  it('a map context finds its <map> in the page or the component it is given, and fails otherwise', async () => {
    const device = newDevice()
    const { wx, simulate, pages } = strictWx(device)
    const { component } = pageWithComponent(simulate, pages)
    const fromPage = await call(mapOf(wx, 'deep-map').getRegion)
    expect(fromPage.ok).toBe(false)
    expect(device.violations).toEqual(['createMapContext: no <map id="deep-map"> in the page'])
    expect((await call(mapOf(wx, 'deep-map', component).getRegion)).ok).toBe(true)
  })
})

describe('images (getImageInfo, canvas.createImage)', () => {
  it('getImageInfo reports the stored size and the orientation, not the turned picture', async () => {
    const device = newDevice()
    device.camera.orientation = 'right'
    const { wx } = strictWx(device)
    const picked = await call<{ tempFilePaths: string[] }>(wx.chooseImage, { count: 1 })
    const info = await call(wx.getImageInfo, { src: picked.res.tempFilePaths[0] })
    expect(info.res).toMatchObject({ width: 4032, height: 3024, orientation: 'right', type: 'jpeg' })
    expect((await call(wx.getImageInfo, { src: 'wxfile://tmp/none.jpg' })).ok).toBe(false)
  })

  it('a photo drawn as decoded is upright only if the decoder turned it', async () => {
    for (const applies of [true, false]) {
      const device = newDevice()
      device.camera.orientation = 'right'
      device.decoderAppliesOrientation = applies
      const { wx, simulate, pages } = strictWx(device)
      pageWithComponent(simulate, pages)
      const picked = await call<{ tempFilePaths: string[] }>(wx.chooseImage, { count: 1 })
      const { node } = (await query(wx, '#top')) as { node: CanvasLike }
      const image = node.createImage()
      await new Promise<void>((resolve) => {
        image.onload = resolve
        image.src = picked.res.tempFilePaths[0]
      })
      expect([image.width, image.height]).toEqual(applies ? [3024, 4032] : [4032, 3024])
      node.getContext('2d').drawImage(image, 0, 0)
      const out = await call<{ tempFilePath: string }>(wx.canvasToTempFilePath, { canvas: node })
      expect(device.images.get(out.res.tempFilePath)!.turn).toBe(applies ? 0 : 90)
    }
  })
})

describe('privacy (requiredPrivateInfos, the privacy guide, onNeedPrivacyAuthorization)', () => {
  it('a location API missing from requiredPrivateInfos fails', async () => {
    const device = newDevice()
    const { wx } = strictWx(device, {
      requiredPrivateInfos: [],
      mocks: (w) => (w.getLocation = (o) => (o as Opts).success({}))
    })
    const r = await call<{ errMsg: string }>(wx.getLocation)
    expect(r.ok).toBe(false)
    expect(r.res.errMsg).toMatch(/requiredPrivateInfos/)
  })

  it('an interface whose kind the guide does not declare fails with errno 112', async () => {
    const device = newDevice()
    const { wx } = strictWx(device, {
      guideKinds: ['Location'],
      mocks: (w) => (w.chooseMessageFile = (o) => (o as Opts).success({}))
    })
    const tap = markTaps({ methods: { eh: () => call<{ errno: number }>(wx.chooseMessageFile) } }) as {
      methods: { eh(e: object): Promise<{ ok: boolean; res: { errno: number } }> }
    }
    const r = await tap.methods.eh({ type: 'tap' })
    expect(r).toMatchObject({ ok: false, res: { errno: 112 } })
  })

  it('before consent a declared interface waits; agree counts only from the pressed agree button', async () => {
    const device = newDevice()
    device.privacy.agreed = false
    const { wx } = strictWx(device)
    const asks: Fn[] = []
    wx.onNeedPrivacyAuthorization((resolve: Fn) => asks.push(resolve))
    // Agreed from a tap handler, before WeChat's agree event: refused.
    const first = call<{ errno: number }>(wx.chooseImage, { count: 1 })
    await tick()
    expect(asks).toHaveLength(1)
    asks[0]({ event: 'agree', buttonId: 'privacy-agree' })
    expect(await first).toMatchObject({ ok: false, res: { errno: 104 } })
    expect(device.privacy.agreed).toBe(false)
    // The agree button's own event, then resolve: the waiting call goes on.
    const second = call(wx.chooseImage, { count: 1 })
    await tick()
    const button = markTaps({ methods: { eh: () => asks[1]({ event: 'agree', buttonId: 'privacy-agree' }) } }) as {
      methods: { eh(e: object): void }
    }
    button.methods.eh({ type: 'agreeprivacyauthorization', currentTarget: { id: 'privacy-agree' } })
    expect((await second).ok).toBe(true)
    expect(device.privacy.agreed).toBe(true)
  })

  it('disagree fails the waiting interface with errno 104', async () => {
    const device = newDevice()
    device.privacy.agreed = false
    const { wx } = strictWx(device)
    wx.onNeedPrivacyAuthorization((resolve: Fn) => resolve({ event: 'disagree' }))
    expect(await call(wx.chooseImage, { count: 1 })).toMatchObject({ ok: false, res: { errno: 104 } })
  })
})

describe('the map picker (chooseLocation)', () => {
  const declared = {
    requiredPrivateInfos: ['getLocation', 'chooseLocation'],
    guideKinds: ['ChooseLocation'] as PrivacyKindKey[]
  }

  it('asks for scope.userLocation once, then answers the picked point in GCJ-02 with its name and address', async () => {
    const device = newDevice()
    const { wx } = strictWx(device, declared)
    const r = await call(wx.chooseLocation)
    expect(r).toEqual({
      ok: true,
      res: {
        errMsg: 'chooseLocation:ok',
        name: '大井巷社区',
        address: '重庆市渝中区解放碑街道大井巷',
        latitude: 29.5585,
        longitude: 106.5775
      }
    })
    await call(wx.chooseLocation)
    expect(device.location.prompts).toBe(1)
  })

  it('a closed map fails with cancel; a refused permission fails without asking again', async () => {
    const device = newDevice()
    device.location.next = 'cancel'
    const { wx } = strictWx(device, declared)
    expect(await call(wx.chooseLocation)).toEqual({ ok: false, res: { errMsg: 'chooseLocation:fail cancel' } })
    const refused = newDevice()
    refused.location.willAllow = false
    const strict = strictWx(refused, declared)
    expect(await call(strict.wx.chooseLocation)).toEqual({
      ok: false,
      res: { errMsg: 'chooseLocation:fail auth deny' }
    })
    expect(await call(strict.wx.chooseLocation)).toMatchObject({ ok: false })
    expect(refused.location.prompts).toBe(1)
  })

  it('fails when app.json or the privacy guide does not declare it', async () => {
    const undeclared = newDevice()
    const a = strictWx(undeclared, { requiredPrivateInfos: ['getLocation'], guideKinds: ['ChooseLocation'] })
    expect(await call<{ errno: number }>(a.wx.chooseLocation)).toMatchObject({ ok: false, res: { errno: 112 } })
    expect(undeclared.violations).toEqual(['chooseLocation: not in requiredPrivateInfos'])
    const noGuide = newDevice()
    const b = strictWx(noGuide, { requiredPrivateInfos: ['chooseLocation'], guideKinds: ['Location'] })
    expect(await call<{ errno: number }>(b.wx.chooseLocation)).toMatchObject({ ok: false, res: { errno: 112 } })
    expect(noGuide.location.prompts).toBe(0)
  })
})

describe('the phone’s calendar (addPhoneCalendar)', () => {
  const guide = { guideKinds: ['CalendarWriteOnly'] as PrivacyKindKey[] }
  const inTap = <T>(run: () => T): T =>
    (markTaps({ methods: { eh: run } }) as { methods: { eh(e: object): T } }).methods.eh({ type: 'tap' })
  const event = { title: '亲子阅读会', startTime: 1_765_504_800, alarmOffset: 86_400 }

  it('writes the event from a tap, asking scope.addPhoneCalendar once; outside a tap it throws', async () => {
    const device = newDevice()
    const { wx } = strictWx(device, guide)
    expect(() => wx.addPhoneCalendar({ ...event })).toThrow(/TAP gesture/)
    expect(await inTap(() => call(wx.addPhoneCalendar, event))).toMatchObject({ ok: true })
    expect(await inTap(() => call(wx.addPhoneCalendar, event))).toMatchObject({ ok: true })
    expect(device.calendar.prompts).toBe(1)
    expect(device.calendar.events).toEqual([event, event])
  })

  it('a refused permission fails without asking again; milliseconds are not unix seconds', async () => {
    const device = newDevice()
    device.calendar.willAllow = false
    const { wx } = strictWx(device, guide)
    expect(await inTap(() => call(wx.addPhoneCalendar, event))).toEqual({
      ok: false,
      res: { errMsg: 'addPhoneCalendar:fail auth deny' }
    })
    await inTap(() => call(wx.addPhoneCalendar, event))
    expect(device.calendar.prompts).toBe(1)
    const other = newDevice()
    const b = strictWx(other, guide)
    expect(
      await inTap(() => call(b.wx.addPhoneCalendar, { ...event, startTime: event.startTime * 1000 }))
    ).toMatchObject({
      ok: false
    })
    expect(other.violations).toEqual(['addPhoneCalendar: startTime in milliseconds, not unix seconds'])
  })

  it('fails with errno 112 when the privacy guide does not declare the calendar', async () => {
    const device = newDevice()
    const { wx } = strictWx(device, { guideKinds: ['Location'] })
    expect(await inTap(() => call<{ errno: number }>(wx.addPhoneCalendar, event))).toMatchObject({
      ok: false,
      res: { errno: 112 }
    })
    expect(device.calendar.events).toEqual([])
  })
})

describe('the microphone (scope.record, RecorderManager)', () => {
  it('asks once; onStart comes later; a second start fails; a stop before onStart is ignored', async () => {
    const device = newDevice()
    device.mic.permission = 'ask'
    device.mic.promptMs = 20
    const { wx } = strictWx(device)
    const rm = wx.getRecorderManager() as RecorderLike
    const events: string[] = []
    rm.onStart(() => events.push('start'))
    rm.onStop(() => events.push('stop'))
    rm.onError((e: { errMsg: string }) => events.push(e.errMsg))
    rm.start({ duration: 60_000 })
    rm.stop()
    rm.start({ duration: 60_000 })
    expect(events).toEqual([])
    const start = Date.now()
    while (!events.includes('start') && Date.now() - start < 2000) await tick(10)
    expect(device.mic.prompts).toBe(1)
    expect(events).toEqual(["operateRecorder:fail:audio is recording, don't start record again", 'start'])
    expect(device.violations).toEqual([
      'RecorderManager.stop: before the recording began (ignored)',
      'RecorderManager.start: already recording'
    ])
    rm.stop()
    await tick()
    expect(events).toContain('stop')
  })

  it('a refused microphone fails authorize and start without asking again', async () => {
    const device = newDevice()
    device.mic.permission = 'denied'
    const { wx } = strictWx(device)
    expect((await call(wx.authorize, { scope: 'scope.record' })).ok).toBe(false)
    expect(device.mic.prompts).toBe(0)
  })
})

describe('fields, cloud calls and files', () => {
  it('a field without maxlength takes 140 characters; -1 takes any', () => {
    expect(typedValue(undefined, 'a'.repeat(200))).toHaveLength(140)
    expect(typedValue(500, 'a'.repeat(200))).toHaveLength(200)
    expect(typedValue(-1, 'a'.repeat(20_000))).toHaveLength(20_000)
  })

  it('callFunction refuses data over 100 KB', async () => {
    const device = newDevice()
    const reached = jest.fn(async () => ({ result: {} }))
    const { wx } = strictWx(device, { mocks: (w) => (w.cloud.callFunction = reached) })
    await expect(
      wx.cloud.callFunction({ name: 'x', data: { blob: 'a'.repeat(CALL_DATA_LIMIT) } }) as Promise<unknown>
    ).rejects.toThrow(/data exceed max size/)
    expect(reached).not.toHaveBeenCalled()
    await wx.cloud.callFunction({ name: 'x', data: { blob: 'a'.repeat(1000) } })
    expect(reached).toHaveBeenCalledTimes(1)
  })

  it('the user folder holds 200 MB at most', () => {
    const device = newDevice()
    const { wx } = strictWx(device)
    const fs = wx.getFileSystemManager() as { writeFileSync(path: string, data: string): void }
    const big = 'a'.repeat(USER_FOLDER_LIMIT / 2)
    fs.writeFileSync(`${wx.env.USER_DATA_PATH}/one`, big)
    fs.writeFileSync(`${wx.env.USER_DATA_PATH}/two`, big)
    expect(() => fs.writeFileSync(`${wx.env.USER_DATA_PATH}/three`, 'a')).toThrow(/storage limit is exceeded/)
    expect(() => fs.writeFileSync('wxfile://tmp_photo.jpg', 'a')).toThrow(/permission denied/)
  })
})
