/**
 * The WeChat build itself: each tab page of dist/weapp rendered through WeChat's WXML compiler
 * and Taro's runtime under miniprogram-simulate, with wx.* APIs mocked where a page calls them.
 */
import { bootApp, renderPage, requireBuild, waitForText } from './harness'

jest.setTimeout(20000)

const switchTab = jest.fn()
const callFunction = jest.fn(async (options: { name: string; data: unknown }) => ({
  result:
    options.name === 'user'
      ? { ok: true, data: { idHint: '…abcd', role: 'citizen', roleLabel: '居民', scope: {}, backend: 'wechat' } }
      : { ok: true, data: { items: [] } }
}))

describe('WeChat build renders', () => {
  const app = requireBuild()

  beforeAll(() => {
    bootApp((wx) => {
      wx.switchTab = switchTab
      wx.cloud = { init: jest.fn(), callFunction }
    })
  })

  it('declares the five tabs', () => {
    expect(app.tabBar.list.map((t) => t.text)).toEqual(['首页', '找地方', '提建议', '政策', '我的'])
  })

  it('home: shows its headline and switches tab on a tap', async () => {
    const page = renderPage('pages/home/index')
    await waitForText(page, '从一米高度看城市')
    expect(page.dom.textContent).toContain('找托育和医院')
    const tile = page.querySelector('.entry-tile')
    expect(tile).not.toBeNull()
    tile!.dispatchEvent('tap')
    await new Promise((r) => setTimeout(r, 50))
    expect(switchTab).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/map/index' }))
  })

  it.each([
    ['pages/map/index', '附近的儿童服务'],
    ['pages/suggest/index', '我是小朋友'],
    ['pages/policy/index', '46 项重点任务'],
    ['pkg-policy/qa/index', '为什么要制定'],
    ['pkg-policy/full/index', '五、专家视角']
  ])('%s renders its content', async (route, text) => {
    const page = renderPage(route)
    await waitForText(page, text)
  })

  it('suggest: 我是小朋友 opens the big topic tiles', async () => {
    const page = renderPage('pages/suggest/index')
    await waitForText(page, '我是小朋友')
    page.querySelector('.mode-chooser__option--child')!.dispatchEvent('tap')
    await waitForText(page, '你想说哪件事')
    expect(page.querySelectorAll('.topic-tiles__tile')).toHaveLength(8)
  })

  it('policy: tapping the childcare target switches to the map tab', async () => {
    switchTab.mockClear()
    const page = renderPage('pages/policy/index')
    await waitForText(page, '每千人口3岁以下婴幼儿托位数')
    // The two childcare targets are the ones that link to the map.
    expect(page.querySelectorAll('.target-board__row--link')).toHaveLength(2)
    page.querySelector('.target-board__row--link')!.dispatchEvent('tap')
    await new Promise((r) => setTimeout(r, 50))
    expect(switchTab).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/map/index' }))
  })

  it('mine: asks the cloud through wx.cloud.callFunction and shows the role', async () => {
    const page = renderPage('pages/mine/index')
    await waitForText(page, '已连接微信云开发')
    expect(page.dom.textContent).toContain('居民')
    expect(page.dom.textContent).not.toContain('切换身份')
    expect(callFunction).toHaveBeenCalledWith(expect.objectContaining({ name: 'user', data: { action: 'whoami' } }))
  })
})
