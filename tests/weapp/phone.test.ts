/**
 * The built WeChat app on a strict phone (device.ts): tap-only APIs from the tap, images that
 * outlive a restart, storage limits, and labels that reach the templates.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newDevice, USER_DATA_PATH, type Device } from './device'
import { DIST, bootApp, childAtSayStep, pause, renderPage, tap, teardownApp, until, waitForText } from './harness'

jest.setTimeout(30000)

type Call = { name: string; data: { action: string; [k: string]: unknown } }
const TEMPLATE = 'tpl-status'

/** The cloud as the app sees it; `online: false` makes every call fail as without signal. */
function cloud(options: { online?: boolean; places?: unknown[] } = {}) {
  const calls: Call[] = []
  const callFunction = jest.fn(async (c: Call) => {
    calls.push(c)
    if (options.online === false) throw new Error('cloud.callFunction:fail network error')
    const { name, data } = c
    const ok = (d: unknown) => ({ result: { ok: true, data: d } })
    if (name === 'user')
      return ok({
        idHint: '…abcd',
        role: 'citizen',
        roleLabel: '居民',
        scope: {},
        backend: 'wechat',
        subscribeTemplateId: TEMPLATE
      })
    if (name === 'suggestions' && data.action === 'uploadSlot')
      return ok({ cloudPath: `suggestions/u/${calls.length}.${data.ext}` })
    if (name === 'suggestions' && data.action === 'submit')
      return ok({ id: 'x', status: 'submitted', visibility: 'public', createdAt: '2026-11-28T02:00:00Z' })
    if (name === 'places') {
      const all = options.places ?? []
      const page = Number(data.page)
      const size = Number(data.pageSize)
      const places = all.slice((page - 1) * size, page * size)
      return ok({
        places,
        total: all.length,
        page,
        pageSize: size,
        hasMore: page * size < all.length,
        dataVersion: 'v1'
      })
    }
    return ok({ items: [] })
  })
  const submits = () => calls.filter((c) => c.name === 'suggestions' && c.data.action === 'submit')
  /** Templates the user was asked to subscribe to (only calls from a tap get through). */
  const asked: string[][] = []
  return { calls, callFunction, submits, asked }
}

function boot(device: Device, c: ReturnType<typeof cloud>, extra?: (wx: Record<string, unknown>) => void) {
  bootApp({
    device,
    mockWx: (wx) => {
      ;(wx.cloud as Record<string, unknown>).callFunction = c.callFunction
      wx.requestSubscribeMessage = (o: { tmplIds: string[]; success: (r: object) => void }) => {
        c.asked.push(o.tmplIds)
        o.success({ errMsg: 'requestSubscribeMessage:ok', [o.tmplIds[0]]: 'accept' })
      }
      wx.switchTab = jest.fn()
      wx.createMapContext = jest.fn(() => ({
        initMarkerCluster: jest.fn(),
        getRegion: jest.fn(),
        moveToLocation: jest.fn()
      }))
      extra?.(wx)
    }
  })
}

type Page = ReturnType<typeof renderPage>
// The first field matching any of the selectors (form markup moves between shared components).
const type = (page: Page, selectors: string[], value: string) => {
  const node = selectors.map((s) => page.querySelector(s)).find(Boolean)
  if (!node) throw new Error(`no ${selectors.join(' / ')}; page text: ${page.dom.textContent?.slice(0, 200)}`)
  node.dispatchEvent('input', { detail: { value } })
}

async function writeAsAdult(page: Page, withPhoto: boolean) {
  await waitForText(page, '我是小朋友')
  tap(page, '.mode-chooser__option', 1)
  await waitForText(page, '标题')
  tap(page, '.topic-tiles__tile')
  type(page, ['.adult-form__input', '.ui-field__input'], '学校门口需要护学岗')
  type(page, ['.adult-form__textarea', '.ui-field__textarea'], '上学时车很多，希望有人帮小朋友过马路。')
  if (withPhoto) {
    tap(page, '.adult-form__add')
    await until(() => page.querySelectorAll('.adult-form__thumb').length === 1, 'the photo')
  }
  await pause()
}

const outbox = (device: Device) =>
  JSON.parse(String(device.storage.get('suggestion-outbox') || '{"state":{"items":[]}}')).state.items as Array<{
    state: string
    payload: { photoPaths: string[] }
    missingFiles?: string[]
  }>

describe('on a phone', () => {
  afterEach(teardownApp)

  it('a child’s 发出去 asks for status updates in the tap, then sends', async () => {
    const device = newDevice()
    const c = cloud()
    boot(device, c)
    const page = renderPage('pkg-suggest/write/index')
    await until(() => c.calls.some((x) => x.name === 'user'), 'whoami')
    await childAtSayStep(page)
    type(page, ['.child-wizard__text .ui-field__textarea'], '公园里要有秋千')
    await pause()
    tap(page, '.child-wizard__next')
    await waitForText(page, '在哪个街道')
    tap(page, '.child-wizard__next')
    await waitForText(page, '你几岁了')
    tap(page, '.child-wizard__age')
    await pause()
    tap(page, '.child-wizard__next')
    await waitForText(page, '看一看，发出去吧')
    tap(page, '.child-wizard__send')
    await waitForText(page, '谢谢你')
    // The guard let the request through: it came from the tap.
    expect(c.asked).toEqual([[TEMPLATE]])
    expect(device.violations).toEqual([])
    expect(c.submits()).toHaveLength(1)
    expect(c.submits()[0].data.suggestion).toMatchObject({ mode: 'child', text: '公园里要有秋千' })
  })

  it('an adult’s 提交 subscribes in the tap, then sends', async () => {
    const device = newDevice()
    const c = cloud()
    boot(device, c)
    const page = renderPage('pkg-suggest/write/index')
    await until(() => c.calls.some((x) => x.name === 'user'), 'whoami')
    await writeAsAdult(page, false)
    tap(page, '.adult-form__submit')
    await waitForText(page, '已提交')
    expect(c.asked).toEqual([[TEMPLATE]])
    expect(device.violations).toEqual([])
    expect(c.submits()).toHaveLength(1)
  })

  it('an adult picks where it is on WeChat’s map: said back by name and address, sent with the suggestion', async () => {
    const device = newDevice()
    const c = cloud()
    boot(device, c)
    const page = renderPage('pkg-suggest/write/index')
    await until(() => c.calls.some((x) => x.name === 'user'), 'whoami')
    await writeAsAdult(page, false)
    tap(page, '.location-field__pick')
    await waitForText(page, '大井巷社区')
    expect(page.dom.textContent).toContain('重庆市渝中区解放碑街道大井巷')
    expect(device.location.prompts).toBe(1)
    tap(page, '.adult-form__submit')
    await waitForText(page, '已提交')
    expect(device.violations).toEqual([])
    expect(c.submits()[0].data.suggestion).toMatchObject({
      location: {
        latitude: 29.5585,
        longitude: 106.5775,
        source: 'map',
        placeName: '大井巷社区',
        address: '重庆市渝中区解放碑街道大井巷'
      }
    })
  })

  it.each([
    ['turns it upright itself', true],
    ['hands it over as stored', false]
  ])(
    'offline with a photo taken upright (the decoder %s): redrawn without EXIF on the page canvas, upright, kept past a restart, delivered once, then freed',
    async (_, decoderAppliesOrientation) => {
      const device = newDevice()
      // A phone held upright stores the picture landscape and tags it 'right'.
      device.camera.orientation = 'right'
      device.decoderAppliesOrientation = decoderAppliesOrientation
      boot(device, cloud({ online: false }))
      const page = renderPage('pkg-suggest/write/index')
      await writeAsAdult(page, true)
      tap(page, '.adult-form__submit')
      await waitForText(page, '已保存在手机里')
      await until(() => outbox(device).length === 1, 'the queued suggestion')
      const [queued] = outbox(device)
      expect(queued.payload.photoPaths).toHaveLength(1)
      const kept = queued.payload.photoPaths[0]
      expect(kept.startsWith(`${USER_DATA_PATH}/`)).toBe(true)

      teardownApp()
      device.restart()
      expect([...device.files.keys()].some((p) => p.startsWith('wxfile://tmp/'))).toBe(false)
      const photo = device.files.get(kept)
      expect(photo).toMatch(/^photo \d+$/)

      const online = cloud()
      boot(device, online)
      await until(() => outbox(device)[0]?.state === 'sent', 'the send after the restart')
      await pause(200)
      expect(online.submits()).toHaveLength(1)
      const [fileId] = (online.submits()[0].data.suggestion as { photoFileIds: string[] }).photoFileIds
      expect(device.uploads.get(fileId)).toBe(photo)
      expect(device.uploads.size).toBe(1)
      // What left the phone is the page canvas's export: no EXIF, upright, portrait, at most 1920.
      expect(device.uploadedImages.get(fileId)).toMatchObject({ exif: false, turn: 0, width: 1440, height: 1920 })
      expect(device.violations).toEqual([])
      // Sent: the kept copy is deleted.
      expect(device.files.has(kept)).toBe(false)
    }
  )

  it('a photo chosen for a draft and lost in a restart: the form says so, shows no empty frame', async () => {
    const device = newDevice()
    boot(device, cloud())
    let page = renderPage('pkg-suggest/write/index')
    await writeAsAdult(page, true)
    teardownApp()
    device.restart()

    boot(device, cloud())
    page = renderPage('pkg-suggest/write/index')
    await waitForText(page, '有 1 张照片在小程序重新打开后失效了，请重新添加。')
    expect(page.querySelectorAll('.adult-form__thumb')).toHaveLength(0)
    // The words written before the restart are still there.
    expect(JSON.parse(String(device.storage.get('suggestion-draft'))).state.title).toBe('学校门口需要护学岗')
    tap(page, '.adult-form__add')
    await until(() => page.querySelectorAll('.adult-form__thumb').length === 1, 'the new photo')
    await until(() => !page.dom.textContent?.includes('失效了'), 'the notice gone')
  })

  it('offline with a recording: the mp3 is kept past a restart, delivered once with its length, then freed', async () => {
    const device = newDevice()
    device.mic.nextMs = 9_000
    boot(device, cloud({ online: false }))
    const page = renderPage('pkg-suggest/write/index')
    await childAtSayStep(page)
    tap(page, '.segment-tabs__tab', 2)
    await waitForText(page, '请家长来看一下')
    tap(page, '.voice-consent__agree')
    await waitForText(page, '按住说话')
    page.querySelector('.voice-recorder__hold')!.dispatchEvent('touchstart')
    await waitForText(page, '还剩')
    page.querySelector('.voice-recorder__hold')!.dispatchEvent('touchend')
    await waitForText(page, '录好了（0:09）')
    tap(page, '.child-wizard__next')
    await waitForText(page, '在哪个街道')
    tap(page, '.child-wizard__next')
    await waitForText(page, '你几岁了')
    tap(page, '.child-wizard__age')
    await pause()
    tap(page, '.child-wizard__next')
    await waitForText(page, '我录了一段话（0:09）')
    tap(page, '.child-wizard__send')
    await until(() => outbox(device).length === 1, 'the queued suggestion')
    const kept = (outbox(device)[0].payload as { audioPath?: string }).audioPath!
    expect(kept.startsWith(`${USER_DATA_PATH}/`)).toBe(true)
    expect(kept.endsWith('.mp3')).toBe(true)

    teardownApp()
    device.restart()
    const recording = device.files.get(kept)
    expect(recording).toBe('mp3 9000 ms')

    const online = cloud()
    boot(device, online)
    await until(() => outbox(device)[0]?.state === 'sent', 'the send after the restart')
    await pause(200)
    expect(online.submits()).toHaveLength(1)
    const sent = online.submits()[0].data.suggestion as { audioFileId: string; audioDurationMs: number; text: string }
    expect(sent).toMatchObject({ audioDurationMs: 9_000, text: '' })
    expect(sent.audioFileId).toMatch(/\.mp3$/)
    expect(device.uploads.get(sent.audioFileId)).toBe(recording)
    expect(device.uploads.size).toBe(1)
    expect(online.calls.filter((c) => c.data.action === 'uploadSlot').map((c) => c.data.ext)).toEqual(['mp3'])
    expect(device.files.has(kept)).toBe(false)
  })

  it('a queued photo that is really gone: the author is told, and sends without it', async () => {
    const device = newDevice({
      'suggestion-outbox': JSON.stringify({
        state: {
          items: [
            {
              id: 'sug-lost-photo-0001',
              payload: {
                input: {
                  id: 'sug-lost-photo-0001',
                  mode: 'adult',
                  topic: 'safety',
                  title: '学校门口需要护学岗',
                  text: '上学时车很多，希望有人帮小朋友过马路。'
                },
                photoPaths: ['wxfile://tmp/gone.jpg']
              },
              uploaded: {},
              state: 'pending',
              attempts: 0,
              nextAttemptAt: 0,
              createdAt: 1
            }
          ]
        },
        version: 0
      })
    })
    const c = cloud()
    boot(device, c)
    await until(() => outbox(device)[0]?.state === 'failed', 'the missing photo to be noticed')
    expect(outbox(device)[0].missingFiles).toEqual(['wxfile://tmp/gone.jpg'])
    const mine = renderPage('pages/mine/index')
    await waitForText(mine, '1 张照片已经不在手机上了')
    // 去处理 opens the subpackage page where the author decides (it carries the validation rules).
    expect(mine.querySelector('.my-suggestions__fix')).not.toBeNull()
    const page = renderPage('pkg-suggest/missing/index', { id: 'sug-lost-photo-0001' })
    await waitForText(page, '1 张照片已经不在手机上了')
    expect(page.dom.textContent).toContain('不带它发送')
    expect(page.dom.textContent).toContain('重新添加照片')
    tap(page, '.missing-files__without')
    await until(() => outbox(device)[0]?.state === 'sent', 'the send without the photo')
    expect(c.submits()).toHaveLength(1)
    expect(c.submits()[0].data.suggestion).toMatchObject({ photoFileIds: [] })
  })

  it('10,000 places load and are cached in a file, not one storage key', async () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p-${String(i).padStart(5, '0')}`,
      name: `测试地点 ${i}`,
      category: 'park',
      street: '500103005',
      location: { latitude: 29.55 + (i % 100) / 10_000, longitude: 106.55 + Math.floor(i / 100) / 10_000 },
      phones: [],
      facilities: [],
      source: '示例数据',
      demo: true
    }))
    const device = newDevice()
    const c = cloud({ places })
    boot(device, c)
    renderPage('pages/map/index')
    const cacheFile = `${USER_DATA_PATH}/cache-places.json`
    await until(() => device.files.has(cacheFile), 'the places cache', 20000)
    expect(c.calls.filter((x) => x.name === 'places' && x.data.action === 'list')).toHaveLength(100)
    expect(JSON.parse(device.files.get(cacheFile)!).places).toHaveLength(10_000)
    // Larger than a storage key may hold: nothing of it went to storage.
    expect(device.files.get(cacheFile)!.length).toBeGreaterThan(1024 * 1024)
    expect([...device.storage.keys()].some((k) => k.includes('places-cache'))).toBe(false)

    // Next start without signal: the cached list stands in.
    teardownApp()
    device.restart()
    const offline = cloud({ online: false })
    boot(device, offline)
    const page = renderPage('pages/map/index')
    await waitForText(page, '测试地点', 25000)
  })

  it('the phone’s rules: tap-only APIs outside a tap, 1 MB per key, 10 MB in all', () => {
    const device = newDevice()
    bootApp({ device })
    const wx = (globalThis as unknown as { wx: Record<string, (...a: unknown[]) => unknown> }).wx
    // After an await, no tap is running: WeChat refuses, and the harness records it.
    expect(() => wx.requestSubscribeMessage({ tmplIds: ['t'] })).toThrow(/TAP gesture/)
    expect(() => wx.shareFileMessage({ filePath: 'x' })).toThrow(/TAP gesture/)
    expect(device.violations).toEqual(['requestSubscribeMessage: outside a tap', 'shareFileMessage: outside a tap'])
    expect(() => wx.setStorageSync('big', 'x'.repeat(1024 * 1024 + 1))).toThrow(/setStorageSync:fail/)
    for (let i = 0; i < 10; i++) wx.setStorageSync(`k${i}`, 'x'.repeat(1000 * 1000))
    expect(() => wx.setStorageSync('k10', 'x'.repeat(1000 * 1000))).toThrow(/10MB/)
  })

  describe('labels reach the WeChat templates', () => {
    const base = readFileSync(join(DIST, 'base.wxml'), 'utf8')
    // Template name → the data key its aria-label / aria-role read (Taro shortens attribute names).
    const aria = new Map<string, { label: string; role: string }>()
    for (const m of base.matchAll(/<template name="tmpl_0_(\w+)">\s*<[\w-]+([^>]*)>/g)) {
      const label = /aria-label="\{\{i\.(\w+)/.exec(m[2])?.[1]
      const role = /aria-role="\{\{i\.(\w+)/.exec(m[2])?.[1]
      if (label && role) aria.set(m[1], { label, role })
    }

    it('view, text, image and button templates carry aria-label and aria-role', () => {
      // A node with only class/style/id uses a stripped template; one with an aria prop the full one.
      for (const tag of ['view', 'text', 'image', 'button']) {
        const templates = [...base.matchAll(new RegExp(`<template name="tmpl_0_\\w+">\\s*<${tag}[ >]([^>]*)>`, 'g'))]
        const full = templates.filter(
          (t) =>
            !/^\s*(style|class|id|data-sid|bindtap)="[^"]*"(\s+(style|class|id|data-sid|bindtap)="[^"]*")*\s*$/.test(
              t[1]
            )
        )
        expect(full.length).toBeGreaterThan(0)
        for (const t of full) {
          expect(t[1]).toContain('aria-label=')
          expect(t[1]).toContain('aria-role=')
        }
      }
    })

    type Node = { nn?: string; cl?: string; cn?: Node[]; [k: string]: unknown }
    const labelled = (node: Node, out: Array<{ cl: string; label: string; role: string }> = []) => {
      const keys = node.nn ? aria.get(node.nn) : undefined
      if (keys && (node[keys.label] || node[keys.role]))
        out.push({ cl: String(node.cl ?? ''), label: String(node[keys.label]), role: String(node[keys.role] ?? '') })
      for (const child of node.cn ?? []) labelled(child, out)
      return out
    }

    it.each([
      ['pages/home/index', 'entry-tile', '最近的托育'],
      ['pages/suggest/index', 'mode-chooser__option', ''],
      ['pkg-suggest/write/index', 'topic-tiles__tile', '']
    ])('%s: its controls (.%s) reach the template with their role and label', async (route, cls, text) => {
      boot(newDevice(), cloud())
      const page = renderPage(route)
      await waitForText(page, route.includes('suggest') ? '我是小朋友' : text)
      if (route.includes('write')) {
        tap(page, '.mode-chooser__option')
        await waitForText(page, '你想说哪件事')
      }
      await pause(100)
      const found = labelled((page.instance as unknown as { data: { root: Node } }).data.root)
      const controls = found.filter((f) => f.cl.split(' ').includes(cls))
      expect(controls.length).toBeGreaterThan(0)
      for (const c of controls) expect(c.label || c.role).not.toBe('')
      if (text) expect(found.some((f) => f.label.includes(text))).toBe(true)
      // Roles reach the template too (the mode chooser's options are buttons).
      expect(found.some((f) => f.role === 'button' || f.role === 'radio')).toBe(true)
    })
  })
})
