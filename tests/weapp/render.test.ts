/**
 * The WeChat build itself: each tab page of dist/weapp rendered through WeChat's WXML compiler
 * and Taro's runtime under miniprogram-simulate, with wx.* APIs mocked where a page calls them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PALETTE, PEN_SIZES } from '../../src/domain/drawing'
import { CONFIRMED_PLACES, PLACE_CATEGORIES } from '../../src/domain/places'
import type { ImportReport } from '../../src/domain/places/api'
import { staffMe, whoAmIAs } from '../fixtures/staff'
import { newDevice } from './device'
import { DIST, bootApp, childAtSayStep, renderPage, requireBuild, teardownApp, waitForText } from './harness'

jest.setTimeout(20000)

// One 示例 childcare centre next to the confirmed places, as the cloud's list answer.
const DEMO_CHILDCARE = {
  id: 'demo-childcare-01',
  name: '示例托育园（上清寺 1）',
  category: 'childcare',
  street: '500103005',
  location: { latitude: 29.565, longitude: 106.55, approximate: true },
  phones: [],
  facilities: [],
  childcare: { careTypes: ['full_day'] },
  source: '示例数据：仅供本地开发演示，并非真实机构',
  demo: true
}
const PLACES = [...CONFIRMED_PLACES, DEMO_CHILDCARE]

const IMPORT_REPORT: ImportReport = {
  total: 2,
  added: 1,
  updated: 0,
  unchanged: 0,
  rejected: [{ row: 3, name: '示例托育（代码有误）', reasons: ['统一社会信用代码校验位不符'] }],
  changes: [{ row: 2, id: 'cc-52500103TY0000001Y', name: '示例托育中心（一）', outcome: 'added' }],
  warnings: [],
  dryRun: true,
  encoding: 'gbk'
}

// New mocks for each test: a page left over from an earlier app cannot reach this test's mocks.
function wxMocks() {
  const switchTab = jest.fn()
  const navigateTo = jest.fn()
  const callFunction = jest.fn(async (options: { name: string; data: unknown }): Promise<{ result: unknown }> => ({
    result:
      options.name === 'user'
        ? { ok: true, data: { idHint: '…abcd', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'wechat' } }
        : options.name === 'places'
          ? {
              ok: true,
              data: { places: PLACES, total: PLACES.length, page: 1, pageSize: 100, hasMore: false, dataVersion: 'v1' }
            }
          : { ok: true, data: { items: [] } }
  }))
  // The simulator's <map> is an empty shell with no context; this one records what the page asks.
  const mapContext = {
    initMarkerCluster: jest.fn(),
    getRegion: jest.fn(),
    moveToLocation: jest.fn()
  }
  const getLocation = jest.fn()
  const install = (wx: Record<string, unknown>) => {
    wx.switchTab = switchTab
    wx.navigateTo = navigateTo
    wx.cloud = { init: jest.fn(), callFunction }
    wx.createMapContext = jest.fn(() => mapContext)
    wx.getLocation = getLocation
  }
  return { switchTab, navigateTo, callFunction, mapContext, getLocation, install }
}

describe('WeChat build renders', () => {
  const app = requireBuild()
  let mocks: ReturnType<typeof wxMocks>

  // Each test gets a fresh app (modules, stores, storage, document) with its own mocks, so any
  // test passes alone (-t) and in any order.
  beforeEach(() => {
    mocks = wxMocks()
    bootApp({ mockWx: mocks.install })
  })
  afterEach(teardownApp)

  it('declares the five tabs', () => {
    expect(app.tabBar.list.map((t) => t.text)).toEqual(['首页', '找地方', '提建议', '政策', '我的'])
  })

  it('home: shows its headline and switches tab on a tap', async () => {
    const page = renderPage('pages/home/index')
    await waitForText(page, '从一米高度看城市')
    expect(page.dom.textContent).toContain('最近的托育')
    const tile = page.querySelector('.entry-tile')
    expect(tile).not.toBeNull()
    tile!.dispatchEvent('tap')
    await new Promise((r) => setTimeout(r, 50))
    expect(mocks.switchTab).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/map/index' }))
  })

  it.each([
    ['pages/suggest/index', '我是小朋友'],
    ['pages/policy/index', '46 项重点任务'],
    ['pkg-policy/qa/index', '为什么要制定'],
    ['pkg-policy/full/index', '五、专家视角']
  ])('%s renders its content', async (route, text) => {
    const page = renderPage(route)
    await waitForText(page, text)
  })

  it('map: lists the cloud’s places with their 示例 badge, clusters markers, and asks for no location', async () => {
    const page = renderPage('pages/map/index')
    await waitForText(page, '示例托育园（上清寺 1）')
    expect(mocks.callFunction).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'places', data: { action: 'list', page: 1, pageSize: 100 } })
    )
    expect(page.dom.textContent).toContain('附近的儿童服务')
    // A fresh app asks for no category: every place is listed.
    await waitForText(page, '重庆医科大学附属儿童医院(渝中院区)')
    expect(page.querySelectorAll('.place-card')).toHaveLength(PLACES.length)
    expect(page.querySelectorAll('.place-badges__badge--demo')).toHaveLength(1)
    // Never a dead end: without a position the list is ordered from the district centre.
    expect(page.dom.textContent).toContain('从渝中区中心（大致）算起')
    expect(page.querySelector('.place-map')).not.toBeNull()
    expect(mocks.mapContext.initMarkerCluster).toHaveBeenCalledWith(
      expect.objectContaining({ enableDefaultStyle: true, zoomOnClick: true })
    )
    // Location is asked only from the prompt, after the user taps.
    expect(mocks.getLocation).not.toHaveBeenCalled()
    expect(page.dom.textContent).toContain('使用我的位置')
  })

  it('map: the marker icons are real PNG files in the package (<map> cannot use inlined images)', () => {
    for (const c of PLACE_CATEGORIES) {
      const file = join(DIST, 'assets/markers', `${c.icon}.png`)
      expect(existsSync(file)).toBe(true)
      expect(readFileSync(file).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    }
    // The map page's code refers to them by those paths.
    const bundle = ['pages/map/index.js', 'common.js']
      .map((f) => (existsSync(join(DIST, f)) ? readFileSync(join(DIST, f), 'utf8') : ''))
      .join('')
    expect(bundle).toContain('assets/markers/childcare.png')
    // No image is inlined as a data URI (it would travel in every setData of the map's list).
    const main = ['common.js', 'pages/map/index.js', 'pages/mine/index.js'].map((f) =>
      readFileSync(join(DIST, f), 'utf8')
    )
    for (const code of main) expect(code).not.toContain('data:image/')
  })

  it('suggest tab: 我是小朋友 opens the form (a subpackage page) in child mode', async () => {
    const page = renderPage('pages/suggest/index')
    await waitForText(page, '我是小朋友')
    page.querySelector('.mode-chooser__option--child')!.dispatchEvent('tap')
    await new Promise((r) => setTimeout(r, 50))
    expect(mocks.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pkg-suggest/write/index' }))
    // The form's code is not in the tab's bundle.
    expect(readFileSync(join(DIST, 'pages/suggest/index.js'), 'utf8')).not.toContain('child-wizard')
  })

  it('suggest: 我是小朋友 opens the big topic tiles', async () => {
    const page = renderPage('pkg-suggest/write/index')
    await waitForText(page, '我是小朋友')
    page.querySelector('.mode-chooser__option--child')!.dispatchEvent('tap')
    await waitForText(page, '你想说哪件事')
    expect(page.querySelectorAll('.topic-tiles__tile')).toHaveLength(8)
  })

  it('suggest: a child who chooses to draw gets the pad with its colours, pens, undo and clear', async () => {
    const page = renderPage('pkg-suggest/write/index')
    await childAtSayStep(page)
    page.querySelectorAll('.segment-tabs__tab')[1].dispatchEvent('tap')
    await waitForText(page, '清空')
    expect(page.querySelectorAll('.drawing-pad__swatch')).toHaveLength(PALETTE.length)
    expect(page.querySelectorAll('.drawing-pad__pen')).toHaveLength(PEN_SIZES.length)
    // Nothing to undo or clear yet.
    expect(page.querySelectorAll('.drawing-pad__action--disabled')).toHaveLength(2)
    expect(page.querySelector('.drawing-pad__canvas')).not.toBeNull()
  })

  it('suggest: a child who chooses to talk holds the big button, sees the level and countdown, listens back', async () => {
    const device = newDevice()
    bootApp({ mockWx: mocks.install, device })
    const page = renderPage('pkg-suggest/write/index')
    await childAtSayStep(page)
    page.querySelectorAll('.segment-tabs__tab')[2].dispatchEvent('tap')
    // The guardian agrees to the recording first.
    await waitForText(page, '请家长来看一下')
    page.querySelector('.voice-consent__agree')!.dispatchEvent('tap')
    await waitForText(page, '按住说话')
    expect(page.dom.textContent).toContain('最多说 60 秒')

    page.querySelector('.voice-recorder__hold')!.dispatchEvent('touchstart')
    await waitForText(page, '还剩 60 秒')
    expect(device.mic.starts).toEqual([
      { duration: 60_000, sampleRate: 16_000, numberOfChannels: 1, encodeBitRate: 48_000, format: 'mp3', frameSize: 2 }
    ])
    // The meter moved with the first frame.
    expect(page.querySelector('.voice-recorder__level')!.dom.getAttribute('style')).toMatch(/width: ?[1-9]\d*%/)
    page.querySelector('.voice-recorder__hold')!.dispatchEvent('touchend')
    await waitForText(page, '录好了（0:06）')

    page.querySelector('.voice-recorder__listen')!.dispatchEvent('tap')
    await waitForText(page, '停下')
    expect(device.mic.played).toEqual([expect.stringMatching(/^wxfile:\/\/tmp\/.*\.mp3$/)])
    expect(page.querySelector('.voice-recorder__redo')).not.toBeNull()
  })

  it('policy: tapping the childcare target switches to the map tab', async () => {
    const page = renderPage('pages/policy/index')
    await waitForText(page, '每千人口3岁以下婴幼儿托位数')
    // The two childcare targets are the ones that link to the map.
    expect(page.querySelectorAll('.target-board__row--link')).toHaveLength(2)
    page.querySelector('.target-board__row--link')!.dispatchEvent('tap')
    await new Promise((r) => setTimeout(r, 50))
    expect(mocks.switchTab).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/map/index' }))
  })

  it('policy: shows an entered value with its date and source, and 暂无数据 where nothing was entered', async () => {
    const entered = {
      targetId: 'childcareSlotsPerThousand',
      current: {
        targetId: 'childcareSlotsPerThousand',
        value: 3.9,
        unit: '个/千人',
        asOf: '2026-09-30',
        source: { document: '《托育服务统计》', office: '区卫生健康委' },
        enteredAt: '2026-10-02T02:00:00.000Z'
      },
      related: { adopted: 1, closed: 0 },
      kids: '每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。'
    }
    mocks.callFunction.mockImplementation(async (o: { name: string; data: unknown }) => ({
      result:
        o.name === 'policy' && (o.data as { action: string }).action === 'progress'
          ? { ok: true, data: { items: [entered], relatedComplete: true } }
          : { ok: true, data: { items: [] } }
    }))
    const page = renderPage('pages/policy/index')
    await waitForText(page, '现在 3.9 个/千人')
    const text = page.dom.textContent ?? ''
    for (const part of [
      '截至 2026-09-30',
      '来源：区卫生健康委 · 《托育服务统计》',
      '每 1,000 个人里，已经有 3.9 个托位啦，目标是 4.5 个。',
      '相关建议：已采纳 1 条 · 已办结 0 条'
    ])
      expect(text).toContain(part)
    expect(page.querySelectorAll('.target-board__none')).toHaveLength(7)
  })

  it('places import: picks a GBK file from a chat in the tap, sends its bytes, shows the dry run and imports', async () => {
    teardownApp()
    const calls: Array<Record<string, unknown>> = []
    let gbkFile = ''
    // WeChat answers through success or, called without callbacks (as Taro does), a promise.
    const chooseMessageFile = jest.fn((o: { success?: (r: unknown) => void }) => {
      const result = {
        errMsg: 'chooseMessageFile:ok',
        tempFiles: [{ path: gbkFile, name: '备案名录（示例）.csv', size: 9, type: 'file' }]
      }
      o.success?.(result)
      return Promise.resolve(result)
    })
    const device = newDevice()
    bootApp({
      device,
      mockWx: (wx) => {
        wx.chooseMessageFile = chooseMessageFile
        wx.cloud = {
          init: jest.fn(),
          callFunction: jest.fn(async (options: { name: string; data: Record<string, unknown> }) => {
            calls.push({ name: options.name, ...options.data })
            if (options.name === 'staff') return { result: { ok: true, data: staffMe('district_admin') } }
            // Who-am-I: the page is shown to a district admin only.
            if (options.name === 'user') return { result: { ok: true, data: whoAmIAs('district_admin') } }
            // The launch's listMine (the 我的 tab's news badge) gets an empty list, not the report.
            if (options.name === 'suggestions') return { result: { ok: true, data: { items: [] } } }
            const dryRun = options.data.dryRun === true
            return { result: { ok: true, data: { ...IMPORT_REPORT, dryRun } } }
          })
        }
      }
    })
    // "name\n示例" in GBK, as Excel on Chinese Windows saves it (bytes kept as a latin1 string).
    gbkFile = device.tempFile(Buffer.from('6e616d650acabec0fd', 'hex').toString('latin1'), 'csv')
    const page = renderPage('pkg-staff/places-import/index')
    await waitForText(page, '导入托育机构备案名录')
    expect(page.dom.textContent).toContain('从聊天中选择文件')
    page.querySelector('.places-import__pick')!.dispatchEvent('tap')
    await waitForText(page, '试运行结果（还没有写入）')
    expect(chooseMessageFile).toHaveBeenCalledWith(expect.objectContaining({ count: 1, type: 'file' }))
    expect(device.violations).toEqual([])
    expect(page.dom.textContent).toContain('文件编码：GBK')
    expect(page.dom.textContent).toContain('第 3 行 示例托育（代码有误）')
    const dry = calls.find((c) => c.name === 'places')
    expect(dry).toMatchObject({ action: 'import', base64: 'bmFtZQrKvsD9', format: 'csv', dryRun: true })
    page.querySelector('.places-import__confirm')!.dispatchEvent('tap')
    await waitForText(page, '导入完成')
    expect(calls.filter((c) => c.name === 'places').map((c) => c.dryRun)).toEqual([true, false])
  })

  it('mine: asks the cloud through wx.cloud.callFunction and shows the role', async () => {
    const page = renderPage('pages/mine/index')
    await waitForText(page, '居民')
    // A resident reads nothing technical: no backend, no account number.
    expect(page.dom.textContent).not.toContain('云开发')
    expect(page.dom.textContent).not.toContain('编号')
    expect(page.dom.textContent).not.toContain('切换身份')
    expect(mocks.callFunction).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'user', data: { action: 'whoami' } })
    )
  })
})
